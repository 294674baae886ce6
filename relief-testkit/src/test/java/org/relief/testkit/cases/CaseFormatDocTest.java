package org.relief.testkit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.relief.core.model.Coded;
import org.relief.core.model.IncomeKind;
import org.relief.testkit.json.RequestReader;

/**
 * {@code docs/case-format.md} names every key the kit's strict reader accepts (request, household,
 * member, case-only and expect keys) and every income kind, so the doc cannot fall behind the code.
 */
class CaseFormatDocTest {
    @Test
    void theDocNamesEveryKeyTheReaderAccepts() throws Exception {
        String doc = Files.readString(Path.of("../docs/case-format.md"));
        TreeSet<String> keys = new TreeSet<>();
        keys.addAll(RequestReader.REQUEST_KEYS);
        keys.addAll(RequestReader.HOUSEHOLD_KEYS);
        keys.addAll(RequestReader.MEMBER_KEYS);
        keys.addAll(CaseReader.CASE_ONLY_KEYS);
        keys.addAll(Expectation.KEYS);
        for (IncomeKind k : IncomeKind.values()) {
            keys.add(((Coded) k).code());
        }
        List<String> missing = new ArrayList<>();
        for (String k : keys) {
            if (!doc.contains("`" + k + "`")) {
                missing.add(k);
            }
        }
        assertEquals(List.of(), missing, "keys the reader accepts that docs/case-format.md does not name");
    }
}
