package org.relief.testkit.scenarios;

/**
 * A scenario (or a whole file) that is not of the {@code relief-scenarios/1} shape: an unknown key or
 * step, a malformed date or amount, a step on a case the scenario never applied for, a duplicate id.
 *
 * @param path      JSON path in the file, e.g. {@code scenarios[2].steps[4].expect.noticeEnds}
 * @param messageZh what is wrong (zh-CN)
 * @param messageEn what is wrong (English)
 */
public record MalformedScenario(String file, int index, String id, String path, String messageZh, String messageEn)
        implements ScenarioEntry {
    /** "scenarios[2].steps[4].date: … （中文）". */
    public String message() {
        return (path.isEmpty() ? "" : path + ": ") + messageEn + "（" + messageZh + "）";
    }
}
