package org.relief.rules.anhui;

import java.time.LocalDate;
import java.util.Set;
import org.relief.core.model.AdminCode;
import org.relief.core.rules.national.Na04CountedIncome;
import org.relief.core.rules.national.Na05GradualExit;
import org.relief.core.rules.national.Na06SinglePerson;
import org.relief.core.rules.national.Na11ApprovalLevel;
import org.relief.core.rules.national.Na14PriceSubsidy;
import org.relief.core.spi.Citation;
import org.relief.core.spi.RuleModule;
import org.relief.core.spi.RuleRegistrar;
import org.relief.core.spi.Slots;
import org.relief.core.spi.Validity;
import org.relief.core.standards.StandardDefinition;
import org.relief.core.standards.StandardsCsv;

/**
 * 安徽省 — 《关于进一步加强社会救助重点工作的若干措施》皖民社救字〔2022〕46号, catalogue ids AH-01 … AH-12.
 * Serves every code 34xxxx; valid from 2022-06-01 (the date of issue) for
 * five years, i.e. to 2027-05-31 inclusive (AH-10, clause 末): the engine refuses any other date
 * with {@code DATE_OUT_OF_RANGE}.
 *
 * <p>What the module changes in determinations:
 * <ul>
 *   <li>AH-02 (clause 二) restates the national counted-income, gradual-exit and 单人户 rules; the
 *   national classes are registered under AH-02 so that the trace cites the Anhui clause;</li>
 *   <li>AH-05 (clause 八) speaks of 审核确认 delegated to the township: approval is at the township
 *   where {@code application.townshipDelegated}, else at the county;</li>
 *   <li>AH-11 (clause 六) links special assistance to temporary assistance
 *   ({@link Ah11SpecialAssistanceLinkage}).</li>
 * </ul>
 * Everything else comes from the national baseline. The organisational rules with a computable part
 * are calculators: {@link SamplingCalculator} (AH-05), {@link PaymentCalendar} (AH-07),
 * {@link AssistantStaffing} (AH-08), {@link ServiceStations} (AH-09).
 *
 * <p>Standards are set by the cities (clause 十: 设区的市人民政府 sets the dibao and tekun standards),
 * so the shipped defaults ({@code standards.csv}) are city values looked up county → city → province;
 * see the module README for what is shipped and why some published figures are not.
 */
public final class AnhuiModule implements RuleModule {
    /** 文号 of the document. */
    public static final String DOCUMENT = "皖民社救字〔2022〕46号";
    /** Date of issue, first day in force (AH-10). */
    public static final LocalDate FROM = LocalDate.of(2022, 6, 1);
    /** Last day in force: five years from 2022-06-01 (AH-10). */
    public static final LocalDate UNTIL = LocalDate.of(2027, 5, 31);
    /** The validity of the document (AH-10). */
    public static final Validity VALIDITY = Validity.between(FROM, UNTIL);

    @Override
    public String id() {
        return "anhui";
    }

    @Override
    public String version() {
        return "0.1.0";
    }

    @Override
    public String name() {
        return "安徽省";
    }

    @Override
    public Set<AdminCode> adminCodes() {
        return Set.of(AdminCode.of("340000"));
    }

    @Override
    public Validity validity() {
        return VALIDITY;
    }

    @Override
    public void register(RuleRegistrar r) {
        Citation ah05 = Citation.determination("AH-05", DOCUMENT, "八", "审核确认下放乡镇；县级抽查不低于30%");
        Citation ah07 = Citation.procedure("AH-07", DOCUMENT, "十", "救助资金发放时限（5日、10日、15日，节假日提前）");
        Citation ah08 = Citation.calculator("AH-08", DOCUMENT, "十一", "社会救助协理员配备（每3000人1名，最多3名）");
        Citation ah09 = Citation.calculator("AH-09", DOCUMENT, "十二", "村（社区）社会救助服务站（点）设置条件");
        r.cite(Citation.notComputable("AH-01", DOCUMENT, "一", "未实现共享对接前每月至少进行1次信息比对"))
                .cite(Citation.determination("AH-02", DOCUMENT, "二", "低保：收入豁免、就业成本扣减、渐退期、单人户"))
                .cite(Citation.notComputable("AH-03", DOCUMENT, "四", "特困人员照料服务协议与集中供养引导"))
                .cite(Citation.notComputable("AH-04", DOCUMENT, "六", "临时救助：急难发生地救助、小金额先行、申请期间先行救助"))
                .cite(ah05)
                .cite(Citation.procedure("AH-06", DOCUMENT, "九", "价格临时补贴联动机制"))
                .cite(ah07)
                .cite(ah08)
                .cite(ah09)
                .cite(Citation.determination("AH-10", DOCUMENT, "末", "有效期自印发之日起5年"))
                .cite(Citation.determination("AH-11", DOCUMENT, "六", "申请专项救助后符合条件的纳入临时救助"))
                .cite(Citation.notComputable("AH-12", DOCUMENT, "十一", "协理员每年培训不少于1次"));

        // AH-02 (二): "落实低保对象收入豁免、就业成本扣减政策 … 给予一定的渐退期" and "单人户". The clause
        // restates the national rules without figures of its own: the national classes, registered
        // under AH-02; the employment cost and the number of gradual-exit months are published
        // standards (none is known for Anhui's cities, so they come from the integrator).
        r.rule(Slots.INCOME, "AH-02", new Na04CountedIncome())
                .rule(Slots.DIBAO_GRADUAL_EXIT, "AH-02", new Na05GradualExit())
                .rule(Slots.DIBAO_SINGLE_PERSON, "AH-02", new Na06SinglePerson())
                // AH-05 (八): "社会救助审核确认权限下放至乡镇（街道）的" — the township approves where the
                // county has delegated; otherwise the county.
                .rule(Slots.PROCEDURE_APPROVAL, "AH-05", Na11ApprovalLevel.townshipWhenDelegated())
                // AH-11 (六): special assistance → temporary assistance (a measure; no amount).
                .rule(Slots.TEMPORARY_RANGE, "AH-11", new Ah11SpecialAssistanceLinkage());

        // AH-06 restates the national price linkage (NA-14); AH-07 puts the payment calendar on every roster.
        r.rosterRule(Slots.ROSTER_PRICE_SUBSIDY, "AH-06", new Na14PriceSubsidy())
                .rosterRule(Slots.ROSTER_PAYMENT_DATES, "AH-07", new Ah07PaymentDates())
                // AH-05: the county re-checks at least 30% of the township decisions (refusals included).
                .rosterRule(Slots.COUNTY_SAMPLE, "AH-05", new Ah05CountySample());

        // The calculators (over HTTP at /api/v1/calculators): AH-05's sample size, AH-07's calendar, AH-08, AH-09.
        r.calculator(new Ah05SampleSize(ah05)).calculator(new Ah07PaymentCalendarCalculator(ah07))
                .calculator(new Ah08Assistants(ah08)).calculator(new Ah09ServiceStation(ah09));

        r.standards(StandardsCsv.resource(getClass(), "standards.csv"));
        // 安徽 publishes its minimum wage in tiers (一档 … 四档); which tier a city is in is not known here,
        // so no rule reads them yet: declared so that they are documented and accepted as overrides.
        for (int tier = 1; tier <= 4; tier++) {
            r.standardKey(StandardDefinition.of("minimumWage.tier" + tier + ".monthly", StandardDefinition.Measure.YUAN_PER_MONTH,
                    "安徽省最低工资标准第" + "一二三四".charAt(tier - 1) + "档（月）", "Anhui monthly minimum wage, tier " + tier));
        }
    }
}
