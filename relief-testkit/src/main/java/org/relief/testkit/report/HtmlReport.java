package org.relief.testkit.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.relief.testkit.runner.CaseResult;
import org.relief.testkit.runner.Difference;
import org.relief.testkit.runner.RunResult;

/**
 * Writes a run as one self-contained HTML page for readers who do not program (caseworkers,
 * policy officers): a summary, then the cases by region and by rule id, each passed or failed with
 * what differed (expected and actual side by side) and the case's hand computation. Labels are in
 * Chinese with English beside.
 */
public final class HtmlReport {
    private static final Map<String, String> PROGRAMS = Map.of("dibao", "最低生活保障", "tekun", "特困人员救助供养",
            "low-income", "低收入家庭认定", "temporary", "临时救助", "medical", "医疗救助", "education", "教育救助",
            "housing", "住房救助", "employment", "就业救助", "disaster", "受灾人员救助");
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("outcome", "认定结果"),
            Map.entry("eligible", "是否符合条件"), Map.entry("monthlyAmount", "月救助金额"), Map.entry("amount", "一次性救助金额"),
            Map.entry("amountMin", "救助金额下限"), Map.entry("amountMax", "救助金额上限"), Map.entry("lines", "金额明细"),
            Map.entry("rulesApplied", "适用的规则"), Map.entry("reasons", "理由"), Map.entry("missing", "缺少的信息"),
            Map.entry("measures", "救助措施"), Map.entry("procedure", "办理程序"), Map.entry("error", "拒绝受理代码"),
            Map.entry("refusal", "拒绝受理"));

    private HtmlReport() {
    }

    /**
     * Writes the report.
     *
     * @param regionName the name of a region code (e.g. {@code 411082 → 许昌市}), empty when unknown
     */
    public static void write(RunResult run, Path file, Function<String, Optional<String>> regionName) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(run, regionName), StandardCharsets.UTF_8);
    }

    /** The page as text. */
    public static String render(RunResult run, Function<String, Optional<String>> regionName) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>规则符合性测试报告 Conformance report</title>\n<style>\n")
                .append("body{font-family:system-ui,'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:2em;color:#222;max-width:72em}\n")
                .append("h1{font-size:1.6em}h2{margin-top:2em;border-bottom:2px solid #ccc}h3{margin-top:1.5em}\n")
                .append(".en{color:#666;font-weight:normal;font-size:.9em}\n")
                .append("table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}\n")
                .append("th{background:#f3f3f3}.pass{color:#106b21;font-weight:bold}.fail{color:#b00020;font-weight:bold}\n")
                .append("tr.failed{background:#fff3f3}.summary td{font-size:1.2em}.note{color:#555;font-size:.9em}\n")
                .append("table.diff{width:auto}table.diff td,table.diff th{border-color:#e0b4b4}\n</style>\n</head>\n<body>\n");
        b.append("<h1>规则符合性测试报告 <span class=\"en\">Conformance report</span></h1>\n");
        b.append("<table class=\"summary\"><tr><th>案例总数 <span class=\"en\">Cases</span></th><th>通过 <span class=\"en\">Passed</span></th>")
                .append("<th>未通过 <span class=\"en\">Failed</span></th></tr><tr><td>").append(run.results().size())
                .append("</td><td class=\"pass\">").append(run.passed()).append("</td><td class=\"fail\">").append(run.failed())
                .append("</td></tr></table>\n");
        b.append("<p>").append(esc(run.summary())).append("</p>\n");
        b.append("<p class=\"note\">术语 <span class=\"en\">Terms</span>: eligible = 符合条件; ineligible = 不符合条件;")
                .append(" undetermined = 信息不全、无法认定; refused = 拒绝受理（如 MISSING_STANDARD 缺少救助标准、")
                .append("DATE_OUT_OF_RANGE 日期超出有效期、UNKNOWN_REGION 地区无规则模块、INVALID_INPUT 输入有误、")
                .append("INVALID_ID_NUMBER 身份证号码无效）; malformed case = 案例文件格式错误。")
                .append(" 期望 Expected = 案例文件写明的结果; 实际 Actual = 系统给出的结果。</p>\n");

        b.append("<h2>按地区 <span class=\"en\">By region</span></h2>\n");
        Map<String, List<CaseResult>> byRegion = new TreeMap<>();
        for (CaseResult r : run.results()) {
            byRegion.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<CaseResult>> e : byRegion.entrySet()) {
            long failed = e.getValue().stream().filter(r -> !r.passed()).count();
            String name = "?".equals(e.getKey()) ? "格式错误的案例 (malformed cases)"
                    : e.getKey() + regionName.apply(e.getKey()).map(n -> " " + n).orElse(" （无规则模块 no rule module）");
            b.append("<h3 id=\"region-").append(esc(e.getKey())).append("\">").append(esc(name)).append(" — ")
                    .append(e.getValue().size() - failed).append(" 通过 <span class=\"en\">passed</span>, ")
                    .append(failed).append(" 未通过 <span class=\"en\">failed</span></h3>\n");
            caseTable(b, e.getValue());
        }

        b.append("<h2>按规则编号 <span class=\"en\">By rule id</span></h2>\n");
        Map<String, List<CaseResult>> byRule = new TreeMap<>();
        for (CaseResult r : run.results()) {
            List<String> rules = r.rules().isEmpty() ? List.of("（未标注 none listed）") : r.rules();
            for (String rule : rules) {
                byRule.computeIfAbsent(rule, k -> new ArrayList<>()).add(r);
            }
        }
        b.append("<table><tr><th>规则 <span class=\"en\">Rule</span></th><th>通过 <span class=\"en\">Passed</span></th>")
                .append("<th>未通过 <span class=\"en\">Failed</span></th><th>未通过的案例 <span class=\"en\">Failed cases</span></th></tr>\n");
        for (Map.Entry<String, List<CaseResult>> e : byRule.entrySet()) {
            List<CaseResult> failed = e.getValue().stream().filter(r -> !r.passed()).toList();
            b.append("<tr").append(failed.isEmpty() ? "" : " class=\"failed\"").append("><td>").append(esc(e.getKey()))
                    .append("</td><td class=\"pass\">").append(e.getValue().size() - failed.size())
                    .append("</td><td class=\"").append(failed.isEmpty() ? "pass" : "fail").append("\">").append(failed.size())
                    .append("</td><td>");
            for (CaseResult r : failed) {
                b.append("<div>").append(esc(r.id())).append(": ").append(esc(r.failure())).append("</div>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n</body>\n</html>\n");
        return b.toString();
    }

    private static void caseTable(StringBuilder b, List<CaseResult> results) {
        b.append("<table><tr><th>案例 <span class=\"en\">Case</span></th><th>救助项目 <span class=\"en\">Program</span></th>")
                .append("<th>认定日期 <span class=\"en\">Date</span></th><th>结果 <span class=\"en\">Result</span></th>")
                .append("<th>差异 <span class=\"en\">What differed</span></th></tr>\n");
        for (CaseResult r : results) {
            b.append("<tr").append(r.passed() ? "" : " class=\"failed\"").append("><td>").append(esc(r.id()))
                    .append("<div class=\"note\">").append(esc(r.file())).append("</div></td><td>")
                    .append(esc(PROGRAMS.getOrDefault(r.program(), ""))).append(" <span class=\"en\">").append(esc(r.program()))
                    .append("</span></td><td>").append(esc(r.date())).append("</td><td>")
                    .append(r.passed() ? "<span class=\"pass\">✔ 通过 <span class=\"en\">passed</span></span>"
                            : "<span class=\"fail\">✘ 未通过 <span class=\"en\">failed</span></span>")
                    .append("</td><td>");
            if (!r.passed()) {
                r.problem().ifPresent(p -> b.append("<div>").append(esc(p)).append("</div>"));
                if (!r.differences().isEmpty()) {
                    b.append("<table class=\"diff\"><tr><th>项目 <span class=\"en\">Item</span></th><th>期望 <span class=\"en\">Expected</span></th>")
                            .append("<th>实际 <span class=\"en\">Actual</span></th></tr>");
                    for (Difference d : r.differences()) {
                        String top = d.key().contains(".") ? d.key().substring(0, d.key().indexOf('.')) : d.key();
                        b.append("<tr><td>").append(esc(KEYS.getOrDefault(top, ""))).append(" <span class=\"en\">")
                                .append(esc(d.key())).append("</span></td><td>").append(esc(d.expected())).append("</td><td>")
                                .append(esc(d.actual())).append("</td></tr>");
                    }
                    b.append("</table>");
                }
                r.note().ifPresent(n -> b.append("<div class=\"note\">手工计算 <span class=\"en\">hand computation</span>: ")
                        .append(esc(n)).append("</div>"));
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
