// The console's two languages: zh-CN by default, English by the switch in the header.
// Text is never translated by replacing nodes: every translatable element carries its key
// (data-i18n) or both texts (data-zh / data-en), and switching rewrites them in place, so a
// filled form and a shown answer survive a switch.

const STORE = 'relief.lang';

const TEXT = {
  appName: ['社会救助工作台', 'Social assistance console'],
  switchLang: ['English', '中文'],
  switchLangLabel: ['Switch to English', '切换到中文'],
  navCalculator: ['救助计算器', 'Calculator'],
  navStandards: ['救助标准', 'Standards'],
  navLogin: ['登录', 'Log in'],
  logout: ['退出', 'Log out'],
  loggedInAs: ['当前用户', 'Signed in as'],
  // login
  loginTitle: ['登录', 'Log in'],
  token: ['访问令牌', 'Access token'],
  tokenHint: ['令牌只保存在本浏览器标签页的会话存储中，关闭标签页即清除；不会出现在地址中。演示令牌见服务器首次启动时的输出或数据目录中的 demo-tokens.txt。',
    'The token is kept only in this tab\'s session storage and is gone when the tab closes; it never appears in the address. Demo tokens: the server\'s first start-up output, or demo-tokens.txt in its data directory.'],
  loginSubmit: ['登录', 'Log in'],
  // calculator
  calcTitle: ['救助计算器', 'Assistance calculator'],
  calcIntro: ['按申报的家庭情况、区划和日期计算；不保存任何数据。未填写的收入、出生日期等视为“未知”而不是零，结果会列出缺少的项目。',
    'Computed from the declared household, region and date; nothing is stored. An income or birth date left empty is unknown, not zero: the answer lists what is missing.'],
  request: ['申请', 'Request'],
  region: ['行政区划代码（县级，6 位）', 'Administrative code (county, 6 digits)'],
  date: ['认定日期', 'Date of determination'],
  isoHint: ['格式 YYYY-MM-DD', 'format YYYY-MM-DD'],
  program: ['救助项目', 'Programme'],
  screenAll: ['全部项目（一门受理筛查）', 'All programmes (one-stop screening)'],
  household: ['家庭', 'Household'],
  residence: ['户籍类别', 'Residence'],
  notDeclared: ['未申报', 'not declared'],
  unknown: ['未知', 'unknown'],
  incomeStable: ['收入稳定', 'Income stable'],
  receiving: ['已享受的救助', 'Already receiving'],
  assets: ['家庭财产', 'Assets'],
  financial: ['金融资产（元，空=未知）', 'Financial assets (yuan, empty = unknown)'],
  vehicles: ['机动车（辆）', 'Vehicles'],
  extraDwellings: ['其他住房（套）', 'Other dwellings'],
  currentDibao: ['现享低保（渐退期）', 'Current dibao (gradual exit)'],
  currentMonthly: ['现领低保金（元/月）', 'Current dibao (yuan a month)'],
  exitStartedOn: ['渐退期开始日期', 'Gradual exit started on'],
  members: ['家庭成员', 'Members'],
  member: ['成员', 'Member'],
  addMember: ['添加成员', 'Add a member'],
  removeMember: ['删除此成员', 'Remove this member'],
  relation: ['与户主关系', 'Relation'],
  birthDate: ['出生日期', 'Birth date'],
  idNumber: ['公民身份号码（18 位，可选）', 'ID number (18 characters, optional)'],
  sex: ['性别', 'Sex'],
  laborCapacity: ['劳动能力', 'Labour capacity'],
  employment: ['就业状况', 'Employment'],
  supporter: ['法定赡养抚养扶养人', 'Legal supporter'],
  selfCare: ['生活自理能力：不能自理的项目数（0–6）', 'Self-care: items failed (0–6)'],
  disabilityGrade: ['残疾等级', 'Disability grade'],
  disabilityKind: ['残疾类别', 'Disability kind'],
  noDisability: ['无残疾', 'no disability'],
  seriouslyIll: ['患重病', 'Seriously ill'],
  incomes: ['收入', 'Incomes'],
  incomesDeclared: ['已申报收入（不勾选=收入未知；勾选而不填=无收入）', 'Incomes declared (unticked = unknown; ticked and empty = no income)'],
  incomeKind: ['收入类别', 'Kind of income'],
  incomeMonthly: ['月收入（元）', 'Monthly (yuan)'],
  addIncome: ['添加一项收入', 'Add an income'],
  remove: ['删除', 'Remove'],
  moreAboutMember: ['更多（就业、教育、特殊身份等）', 'More (employment, education, statuses…)'],
  unemployedSince: ['失业日期', 'Unemployed since'],
  businessRegisteredOn: ['创业登记日期', 'Business registered on'],
  education: ['在学阶段', 'Education'],
  careSetting: ['供养方式', 'Care setting'],
  statuses: ['特殊身份', 'Statuses'],
  singlePerson: ['单人户申请', 'Single-person application'],
  application: ['申请情况', 'Application'],
  channel: ['申请渠道', 'Channel'],
  disputed: ['有争议', 'Disputed'],
  townshipDelegated: ['乡镇已获审批授权', 'Approval delegated to the township'],
  onResidencePermit: ['持居住证申请', 'On a residence permit'],
  event: ['急难事件（临时救助等一次性项目）', 'Event (temporary assistance and other one-off programmes)'],
  eventKind: ['事件类别', 'Kind of event'],
  eventType: ['救助类型', 'Type'],
  expense: ['支出（元）', 'Expense (yuan)'],
  requested: ['申请金额（元）', 'Requested (yuan)'],
  inPolicySelfPaid: ['政策范围内自付（元）', 'In-policy self-paid (yuan)'],
  eventMember: ['涉及成员', 'Member concerned'],
  none: ['（无）', '(none)'],
  history: ['既往救助', 'Earlier grants'],
  addGrant: ['添加一笔', 'Add a grant'],
  amount: ['金额（元）', 'Amount (yuan)'],
  standardsOverride: ['标准覆盖（仅用于试算）', 'Standard overrides (for trial calculations)'],
  standardKey: ['标准名称', 'Standard key'],
  standardValue: ['数值', 'Value'],
  addOverride: ['添加一项', 'Add an override'],
  calculate: ['计算', 'Calculate'],
  calculating: ['正在计算…', 'Calculating…'],
  resultHint: ['填写家庭情况后点击“计算”，结果和逐条依据显示在这里。', 'Fill in the household and press Calculate: the answer and its rule-by-rule trace appear here.'],
  resultAfterError: ['请先更正标出的字段。', 'Correct the marked fields first.'],
  fixFields: ['请更正以下标出的字段：', 'Please correct the fields marked below:'],
  missingHere: ['缺少此项：结果待定', 'Missing: the outcome is undetermined'],
  // result
  result: ['计算结果', 'Result'],
  outcome: ['结论', 'Outcome'],
  eligible: ['符合条件', 'eligible'],
  ineligible: ['不符合条件', 'ineligible'],
  undetermined: ['待定（缺少信息）', 'undetermined (inputs missing)'],
  refused: ['无法认定', 'refused'],
  monthlyAmount: ['每月金额', 'Monthly amount'],
  oneOffAmount: ['一次性金额', 'One-off amount'],
  amountRange: ['允许范围', 'Permitted range'],
  lines: ['金额构成', 'Amount lines'],
  lineCode: ['项目', 'Line'],
  reasons: ['理由', 'Reasons'],
  missing: ['缺少的信息', 'Missing inputs'],
  measures: ['救助措施', 'Measures'],
  procedure: ['办理程序', 'Procedure'],
  democraticAppraisal: ['民主评议', 'Democratic appraisal'],
  approvalLevel: ['审批层级', 'Approval level'],
  publicNoticeDays: ['公示天数', 'Public notice (days)'],
  reviewIntervalMonths: ['复核周期（月）', 'Review every (months)'],
  township: ['乡镇（街道）', 'township'],
  county: ['县级民政部门', 'county'],
  yes: ['是', 'yes'],
  no: ['否', 'no'],
  trace: ['计算依据（逐条规则）', 'Trace (rule by rule)'],
  rule: ['规则', 'Rule'],
  document: ['文号', 'Document'],
  clause: ['条款', 'Clause'],
  inputs: ['输入', 'Inputs'],
  ruleResult: ['结果', 'Result'],
  overrides: ['取代', 'Overrides'],
  versions: ['版本与所用标准', 'Versions and standards used'],
  engine: ['引擎', 'Engine'],
  module: ['规则模块', 'Rule module'],
  screening: ['筛查结果', 'Screening'],
  eligiblePrograms: ['符合条件的项目', 'Eligible programmes'],
  noneEligible: ['无', 'none'],
  // standards
  stdTitle: ['救助标准', 'Assistance standards'],
  stdIntro: ['查询某县（市、区）在某日现行的救助标准及其出处；历史为经本服务器发布的各次记录。',
    'What is in force for a county on a date, and where each value comes from; the history lists every publication through this server.'],
  stdCode: ['行政区划代码（6 位）', 'Administrative code (6 digits)'],
  stdQuery: ['查询', 'Look up'],
  stdKey: ['标准', 'Standard'],
  stdValue: ['数值', 'Value'],
  stdArea: ['适用区划', 'Area'],
  stdPeriod: ['有效期', 'In force'],
  stdSource: ['出处', 'Provenance'],
  stdHistory: ['历史', 'History'],
  stdNoHistory: ['无经本服务器发布的记录：现行值来自规则模块随附的标准。', 'No publication through this server: the value in force is the one the rule module ships.'],
  stdNone: ['该日无现行标准', 'Nothing in force on that date'],
  published: ['发布日期', 'Published'],
  issuer: ['发布机关', 'Issuer'],
  documentNumber: ['文号', 'Document'],
  source: ['来源', 'Source'],
  openEnded: ['至今', 'open-ended'],
  levelNational: ['全国', 'national'],
  levelProvince: ['省级', 'province'],
  levelCity: ['市级', 'city'],
  levelCounty: ['县级', 'county'],
  unitMonthly: ['元/月', 'yuan a month'],
  unitYearly: ['元/年', 'yuan a year'],
  unitNumber: ['系数/数量', 'ratio or count'],
  publishTitle: ['发布新标准（县级审批人员、管理员）', 'Publish a standard (county approvers, administrators)'],
  publishKey: ['标准名称（如 dibao.urban.monthly）', 'Key (e.g. dibao.urban.monthly)'],
  publishArea: ['区划代码', 'Area code'],
  effectiveFrom: ['生效日期', 'Effective from'],
  untilDate: ['终止日期（可选）', 'Until (optional)'],
  unit: ['单位', 'Unit'],
  publishSubmit: ['发布', 'Publish'],
  publishDone: ['已发布', 'Published'],
  navQueue: ['待办案件', 'Case queue'],
  navRoster: ['发放花名册', 'Roster'],
  // queue
  queueTitle: ['待办案件（按下一期限排序）', 'Cases by next deadline'],
  queueIntro: ['本人管辖范围内的低保、特困案件，按下一期限先后排列；期限早于对照日期的为逾期，以红色标出。',
    'The dibao and tekun cases of your jurisdiction, by next deadline; a deadline before the as-of date is overdue, in red.'],
  countyOptional: ['县（市、区）代码（可选）', 'County code (optional)'],
  state: ['状态', 'State'],
  allStates: ['全部状态', 'all states'],
  allPrograms: ['全部项目', 'all programmes'],
  dueBefore: ['期限早于（可选）', 'Due before (optional)'],
  asOf: ['对照日期（判断逾期）', 'As of (for overdue)'],
  filter: ['筛选', 'Filter'],
  reference: ['案件编号', 'Reference'],
  nextDue: ['下一期限', 'Next deadline'],
  stepsCount: ['步骤数', 'Steps'],
  updatedAt: ['最近办理（记录时间）', 'Last recorded'],
  overdue: ['逾期', 'overdue'],
  noCases: ['没有符合条件的案件', 'No case matches'],
  morePages: ['下一页', 'Next page'],
  prevPage: ['上一页', 'Previous page'],
  pageN: ['第 {n} 页', 'page {n}'],
  signInFirst: ['请先登录：本页只对办理或查看案件的工作人员开放。', 'Log in first: this page is for the officials who handle or read cases.'],
  // application
  navApply: ['新申请', 'New application'],
  newApplication: ['新申请', 'New application'],
  applyTitle: ['新申请（低保、特困）', 'New application (dibao, tekun)'],
  applyIntro: ['按申请人申报的家庭情况受理一件申请：提交后即立案，进入案件页面办理后续步骤。申请须有申请人授权核对家庭经济状况；未填写的收入视为“未知”而不是零。',
    'Opens a case from the household the applicant declares; once submitted, the case page takes the next steps. The applicant must consent to the check of the household\'s means; an income left empty is unknown, not zero.'],
  referenceHint: ['本县的案件编号，如 C-2026-001', 'the county\'s case number, e.g. C-2026-001'],
  applicationDate: ['申请日期', 'Date of application'],
  consent: ['申请人已签署授权核对家庭经济状况的书面授权', 'The applicant has signed the consent to the check of the household\'s means'],
  honestyCommitment: ['申请人已签署诚信承诺书', 'The applicant has signed the honesty commitment'],
  submitApplication: ['提交申请', 'Submit the application'],
  // case
  caseTitle: ['案件', 'Case'],
  backToQueue: ['返回待办案件', 'Back to the queue'],
  summary: ['概况', 'Summary'],
  deadlines: ['期限', 'Deadlines'],
  noticeEnds: ['公示截止', 'Notice ends'],
  paymentFrom: ['起始发放月份', 'Paid from'],
  paymentUntil: ['停发月份（含）', 'Paid until'],
  nextReviewBy: ['下次复核', 'Next review by'],
  keptMonthly: ['渐退期保留金额', 'Kept in gradual exit'],
  records: ['诚信记录', 'Integrity records'],
  timeline: ['办理经过', 'Timeline'],
  effectiveDate: ['生效日期', 'Effective'],
  recordedAt: ['记录时间（UTC）', 'Recorded (UTC)'],
  recordedBy: ['记录人', 'By'],
  stepTrace: ['本步骤依据', 'Trace of the step'],
  stepDetermination: ['本步骤认定', 'Determination of the step'],
  verifiedHousehold: ['核实的家庭', 'Verified household'],
  versionFrom: ['自 {m} 起', 'from {m}'],
  versionBase: ['基础版本', 'base version'],
  entitlement: ['按月待遇', 'Entitlement by month'],
  entitlementNone: ['尚无待遇（未确认同意）', 'No entitlement yet (not approved)'],
  months: ['月份', 'Months'],
  openEndedMonth: ['至今', 'onwards'],
  takeStep: ['办理', 'Take a step'],
  noSteps: ['本人角色在本案当前状态下没有可办理的步骤。', 'Your role has no step to take in the case\'s present state.'],
  stepDate: ['生效日期', 'Effective date'],
  surveyors: ['调查人员人数', 'Surveyors'],
  opinion: ['审核意见', 'Opinion'],
  decision: ['确认决定', 'Decision'],
  appraisalResult: ['评议结果', 'Appraisal result'],
  appraisalSupport: ['支持', 'support'],
  appraisalOppose: ['反对', 'oppose'],
  extendReason: ['延长理由', 'Reason for the extension'],
  terminateReason: ['终止原因', 'Reason'],
  deadMember: ['死亡成员', 'Member who died'],
  fraudFrom: ['自哪一月起不符合（YYYY-MM）', 'Ineligible from (YYYY-MM)'],
  householdJson: ['核实的家庭（JSON，已按现有家庭预填）', 'Verified household (JSON, prefilled with the present one)'],
  householdJsonHint: ['成员、收入等键与申请时相同；收入留空（无 incomes 键）为未知。', 'Same keys as the application; a member without incomes has an unknown income.'],
  badJson: ['不是有效的 JSON', 'is not valid JSON'],
  submitStep: ['确认办理', 'Take the step'],
  stepDone: ['已办理', 'Done'],
  memberId: ['成员', 'Member'],
  idNumberShort: ['公民身份号码', 'ID number'],
  incomes: ['收入（元/月）', 'Incomes (yuan a month)'],
  noIncome: ['无收入', 'no income'],
  incomeUnknown: ['未知', 'unknown'],
  // roster
  rosterTitle: ['发放花名册', 'Monthly roster'],
  rosterIntro: ['某县某月的发放名单：先编制草稿核对，再由县级审批人员报送；报送后冻结，不可更改。暂停发放的案件和补发以颜色标出。',
    'A county\'s payments for a month: compute a draft to check, then the county approver submits it; a submitted roster is frozen. Held cases and back-pay are highlighted.'],
  rosterCounty: ['县（市、区）代码', 'County code'],
  rosterMonth: ['发放月份（YYYY-MM）', 'Month (YYYY-MM)'],
  rosterDate: ['编制日期', 'Computed on'],
  draft: ['编制草稿', 'Compute a draft'],
  readSubmitted: ['查看已报送', 'Open the submitted roster'],
  submitRoster: ['报送花名册', 'Submit the roster'],
  confirmSubmit: ['确认报送', 'Submit'],
  cancel: ['取消', 'Cancel'],
  confirmTitle: ['确认报送花名册', 'Submit the roster?'],
  confirmText: ['报送后花名册即冻结，不能修改，每户每月只发放一次。', 'Once submitted the roster is frozen: it cannot change, and every case-month is paid once.'],
  rosterDraft: ['草稿（未报送）', 'Draft (not submitted)'],
  rosterSubmitted: ['已报送', 'Submitted'],
  rosterAlready: ['此前已报送（未作更改）', 'Submitted earlier (nothing changed)'],
  cases: ['户数', 'Cases'],
  total: ['合计', 'Total'],
  totalsByLine: ['分项合计', 'Totals by line'],
  case: ['案件', 'Case'],
  cash: ['现金', 'Cash'],
  inKind: ['实物', 'in kind'],
  held: ['暂停发放', 'held'],
  arrears: ['补发', 'Back-pay'],
  heldCases: ['暂停发放的案件', 'Held cases'],
  overpaid: ['多发（不扣减）', 'Overpaid (not deducted)'],
  rosterDates: ['发放日程', 'Payment calendar'],
  rosterDueBy: ['花名册报送截止', 'Roster due by'],
  fundsDueBy: ['资金拨付截止', 'Funds due by'],
  paymentDueBy: ['发放截止', 'Payment due by'],
  csvDownload: ['下载 CSV（银行代发文件）', 'Download the CSV (bank file)'],
  csvRows: ['{n} 行', '{n} rows'],
  noLines: ['本月没有发放行', 'No line this month'],
};

/** Labels of codes the API uses (programmes, enumerations, lines); an unknown code shows as itself. */
const CODES = {
  dibao: ['最低生活保障', 'dibao (minimum living allowance)'],
  tekun: ['特困人员救助供养', 'tekun (destitute persons)'],
  'low-income': ['低收入家庭认定', 'low-income household'],
  temporary: ['临时救助', 'temporary assistance'],
  medical: ['医疗救助', 'medical assistance'],
  education: ['教育救助', 'education assistance'],
  housing: ['住房救助', 'housing assistance'],
  employment: ['就业救助', 'employment assistance'],
  disaster: ['受灾人员救助', 'disaster relief'],
  urban: ['城镇', 'urban'], rural: ['农村', 'rural'],
  head: ['户主', 'head'], spouse: ['配偶', 'spouse'], child: ['子女', 'child'], parent: ['父母', 'parent'],
  grandparent: ['祖父母、外祖父母', 'grandparent'], grandchild: ['孙子女、外孙子女', 'grandchild'],
  sibling: ['兄弟姐妹', 'sibling'], other: ['其他', 'other'],
  male: ['男', 'male'], female: ['女', 'female'],
  full: ['完全劳动能力', 'full'], partial: ['部分劳动能力', 'partial'],
  employed: ['受雇就业', 'employed'], selfEmployed: ['自主经营', 'self-employed'], unemployed: ['失业', 'unemployed'],
  student: ['在校学生', 'student'], retired: ['退休', 'retired'],
  unable: ['无赡养抚养扶养能力', 'unable'], able: ['有赡养抚养扶养能力', 'able'],
  physical: ['肢体', 'physical'], visual: ['视力', 'visual'], hearing: ['听力', 'hearing'], speech: ['言语', 'speech'],
  intellectual: ['智力', 'intellectual'], mental: ['精神', 'mental'], multiple: ['多重', 'multiple'],
  wage: ['工资性收入', 'wage'], business: ['经营净收入', 'business'], property: ['财产净收入', 'property'],
  pension: ['养老金（职工/缴费型）', 'pension (employment, contributory)'], basicPension: ['城乡居民基础养老金', 'basic resident pension'],
  oldAgeAllowance: ['高龄津贴', 'old-age allowance'], support: ['赡养抚养扶养费', 'support payments'],
  agriculture: ['农业收入', 'agriculture'], award: ['奖励', 'award'],
  preferentialCare: ['优抚金', 'preferential care'], assistance: ['救助金', 'assistance received'],
  familyPlanning: ['计划生育奖励扶助', 'family-planning support'],
  preschool: ['学前教育', 'preschool'], compulsory: ['义务教育', 'compulsory'], highSchool: ['普通高中', 'high school'],
  vocational: ['中等职业教育', 'vocational'], higher: ['高等教育', 'higher'],
  centralised: ['集中供养', 'centralised'], dispersed: ['分散供养', 'dispersed'],
  orphan: ['孤儿', 'orphan'], deFactoUnsupported: ['事实无人抚养儿童', 'de facto unsupported child'],
  martyrChild: ['烈士子女', 'martyr\'s child'], braveDeedWard: ['见义勇为人员家属', 'brave-deed ward'],
  formerlyRegisteredPoor: ['原建档立卡贫困人口', 'formerly registered poor'],
  urbanNeedyWorkerChild: ['城市困难职工子女', 'child of a needy urban worker'],
  disabledParentChild: ['父母重度残疾的子女', 'child of a severely disabled parent'],
  window: ['窗口申请', 'at the window'], online: ['网上申请', 'online'], proxy: ['代为申请', 'by proxy'],
  discovered: ['主动发现', 'discovered'],
  seriousIllness: ['重病', 'serious illness'], accident: ['意外事故', 'accident'], fire: ['火灾', 'fire'],
  death: ['死亡', 'death'],
  emergency: ['急难型', 'emergency'], expenditure: ['支出型', 'expenditure'],
  base: ['差额低保金', 'base (gap to the standard)'], basic: ['基本生活费', 'basic living'],
  care: ['照料护理费', 'care'], supplement: ['分类施保增发', 'supplement'], gradualExit: ['渐退期低保金', 'gradual exit'],
  grant: ['救助金', 'grant'], firstBusiness: ['首次创业补贴', 'first business'], charityVoucher: ['慈善券（实物）', 'charity voucher (in kind)'],
  // case states, steps, deadlines
  applied: ['已申请', 'applied'], accepted: ['已受理', 'accepted'], surveyed: ['已调查', 'surveyed'],
  proposed: ['已审核（公示或待确认）', 'proposed'], active: ['在保', 'active'], refused: ['不予确认', 'refused'],
  withdrawn: ['已撤回', 'withdrawn'], exiting: ['渐退期', 'exiting'], terminated: ['已终止', 'terminated'],
  apply: ['申请', 'apply'], accept: ['受理', 'accept'], survey: ['入户调查', 'survey'], propose: ['乡镇审核', 'propose'],
  object: ['公示异议', 'objection'], appraise: ['民主评议', 'appraise'], extend: ['延长期限', 'extend'],
  withdraw: ['撤回申请', 'withdraw'], decide: ['确认决定', 'decide'], review: ['复核', 'review'],
  terminate: ['终止', 'terminate'], fraud: ['虚报冒领', 'fraud'],
  surveyStartBy: ['入户调查开始期限', 'survey start by'], decisionBy: ['确认期限', 'decision by'],
  proposalBy: ['审核期限', 'proposal by'], refusalNoticeBy: ['不予确认通知期限', 'refusal notice by'],
  explanationBy: ['情况说明期限', 'explanation by'], paymentBy: ['发放期限', 'payment by'],
  nextReviewBy: ['下次复核', 'next review'],
  approve: ['同意', 'approve'], refuse: ['不同意', 'refuse'],
  INELIGIBLE: ['不再符合条件', 'no longer eligible'], MOVED_AWAY: ['迁出本地', 'moved away'],
  RECIPIENT_REQUEST: ['本人申请退出', 'at the recipient\'s request'], RECIPIENT_DIED: ['救助对象死亡', 'recipient died'],
  FRAUD: ['虚报、隐瞒、欺骗', 'fraud'], OTHER: ['其他原因', 'other'],
  arrears: ['补发', 'back-pay'], priceSubsidy: ['价格临时补贴', 'price subsidy'],
  // standard keys
  'dibao.urban.monthly': ['城市低保标准', 'urban dibao standard'],
  'dibao.rural.monthly': ['农村低保标准', 'rural dibao standard'],
  'tekun.basic.monthly': ['特困人员基本生活标准', 'tekun basic living standard'],
  'tekun.basic.urban.monthly': ['城市特困人员基本生活标准', 'urban tekun basic living standard'],
  'tekun.basic.rural.monthly': ['农村特困人员基本生活标准', 'rural tekun basic living standard'],
  'tekun.care.full.centralised.monthly': ['全护理照料标准（集中供养）', 'full care (centralised)'],
  'tekun.care.full.dispersed.monthly': ['全护理照料标准（分散供养）', 'full care (dispersed)'],
  'tekun.care.semi.centralised.monthly': ['半护理照料标准（集中供养）', 'partial care (centralised)'],
  'tekun.care.semi.dispersed.monthly': ['半护理照料标准（分散供养）', 'partial care (dispersed)'],
  'tekun.care.selfcare.centralised.monthly': ['全自理照料标准（集中供养）', 'self-care (centralised)'],
  'tekun.care.selfcare.dispersed.monthly': ['全自理照料标准（分散供养）', 'self-care (dispersed)'],
  'lowIncome.multiplier': ['低收入认定倍数（低保标准的倍数）', 'low-income multiplier (of the dibao standard)'],
  'minimumWage.monthly': ['最低工资标准（月）', 'minimum wage (monthly)'],
  'employmentCost.monthly': ['就业成本扣减（月）', 'employment cost deduction (monthly)'],
  'gradualExit.months': ['渐退期（月数）', 'gradual exit (months)'],
  'dibao.charityVoucher.monthly': ['慈善券（每月）', 'charity voucher (monthly)'],
};

let lang = localStorage.getItem(STORE) === 'en' ? 'en' : 'zh';

/** The current language: 'zh' or 'en'. */
export function language() {
  return lang;
}

/** The text of a key in the current language. */
export function t(key) {
  const pair = TEXT[key];
  if (!pair) {
    throw new Error('no text ' + key);
  }
  return pair[lang === 'zh' ? 0 : 1];
}

/** The label of an API code, or the code itself. */
export function codeLabel(code) {
  const pair = CODES[code];
  return pair ? pair[lang === 'zh' ? 0 : 1] : code;
}

/** The text of a key with {@code {name}} placeholders filled (kept on the element by {@link fx}). */
export function fill(key, vars) {
  return t(key).replace(/\{(\w+)\}/g, (m, k) => String(vars[k]));
}

/** Marks an element as showing a key with placeholders (and sets its text). */
export function fx(el, key, vars) {
  el.dataset.i18nVars = JSON.stringify(vars);
  return tx(el, key);
}

/** Marks an element as showing a key (and sets its text). */
export function tx(el, key) {
  el.dataset.i18n = key;
  el.textContent = el.dataset.i18nVars ? fill(key, JSON.parse(el.dataset.i18nVars)) : t(key);
  return el;
}

/** Whether a code has a label of its own (else it is shown as the code alone). */
export function hasLabel(code) {
  return Object.prototype.hasOwnProperty.call(CODES, code);
}

/** Marks an element as showing an API code's label. */
export function cx(el, code) {
  el.dataset.code = code;
  el.textContent = codeLabel(code);
  return el;
}

/** Marks an element as showing one of two given texts (the server's zh message and its English). */
export function bx(el, zh, en) {
  el.dataset.zh = zh;
  el.dataset.en = en || zh;
  el.textContent = lang === 'zh' ? zh : el.dataset.en;
  return el;
}

/** Rewrites every marked element under root in the current language. */
export function apply(root) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = el.dataset.i18nVars ? fill(el.dataset.i18n, JSON.parse(el.dataset.i18nVars)) : t(el.dataset.i18n);
  });
  root.querySelectorAll('[data-code]').forEach((el) => { el.textContent = codeLabel(el.dataset.code); });
  root.querySelectorAll('[data-zh]').forEach((el) => { el.textContent = lang === 'zh' ? el.dataset.zh : el.dataset.en; });
  root.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t(el.dataset.i18nLabel)));
}

/** Switches the language and rewrites the page. */
export function toggle() {
  lang = lang === 'zh' ? 'en' : 'zh';
  localStorage.setItem(STORE, lang);
  apply(document);
}

/** Today in the browser's time zone, ISO (a form's default; the engine itself never reads a clock). */
export function isoToday() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());
}

/** Yuan as a decimal string → whole fen (BigInt), exactly; never through a float. */
export function fen(s) {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(s));
  if (!m) {
    throw new Error('not an amount: ' + s);
  }
  const v = BigInt(m[2]) * 100n + BigInt((m[3] || '').padEnd(2, '0'));
  return m[1] ? -v : v;
}

/** Whole fen → yuan with 2 decimals ("106000" → "1060.00"). */
export function yuan(f) {
  const neg = f < 0n;
  const a = neg ? -f : f;
  return (neg ? '-' : '') + (a / 100n) + '.' + String(a % 100n).padStart(2, '0');
}

/**
 * Money as the console always shows it: the ¥ sign and 2 decimals. The API's amounts are decimal
 * strings; they are padded, never rounded through a float ("931" → "¥931.00"). A string that is
 * not a plain decimal of at most 2 places is shown as given, so that nothing is silently changed.
 */
export function money(s) {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(s));
  if (!m) {
    return '¥' + s;
  }
  return m[1] + '¥' + m[2] + '.' + (m[3] || '').padEnd(2, '0');
}
