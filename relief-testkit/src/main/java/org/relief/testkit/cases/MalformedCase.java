package org.relief.testkit.cases;

/**
 * A case (or a whole file) that is not of the {@code relief-cases/1} shape: an unknown key, a
 * missing required key, a malformed expectation, a duplicate id, an empty {@code expect}. It fails,
 * with a message naming the file, the case id and the JSON path.
 *
 * @param path      JSON path in the file, e.g. {@code cases[3].household.members[p1].incom}
 * @param messageZh what is wrong (zh-CN)
 * @param messageEn what is wrong (English)
 */
public record MalformedCase(String file, int index, String id, String path, String messageZh, String messageEn)
        implements CaseEntry {

    /** "cases[3].expect.monthlyAmount: must be … (中文)". */
    public String message() {
        return (path.isEmpty() ? "" : path + ": ") + messageEn + "（" + messageZh + "）";
    }
}
