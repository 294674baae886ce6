package org.relief.testkit.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relief.core.model.Money;
import org.relief.core.model.RefusalCode;

class CaseReaderTest {
    private static final String REQUEST = "\"region\": \"000000\", \"date\": \"2022-03-10\", \"program\": \"dibao\","
            + " \"household\": { \"residence\": \"urban\", \"members\": [ { \"id\": \"p1\", \"incomes\": [] } ] }";

    private static CaseFile read(String json) throws CaseFileException {
        return CaseReader.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String file(String... cases) {
        return "{ \"format\": \"relief-cases/1\", \"cases\": [" + String.join(",", cases) + "] }";
    }

    private static String kase(String id, String extra, String expect) {
        return "{ \"id\": \"" + id + "\", " + REQUEST + extra + ", \"expect\": " + expect + " }";
    }

    private static MalformedCase malformed(CaseEntry e) {
        return assertInstanceOf(MalformedCase.class, e);
    }

    @Test
    void readsAWellFormedCase() throws Exception {
        CaseFile f = read(file(kase("A", ", \"rules\": [\"NA-02\"], \"note\": \"n\"",
                "{ \"eligible\": true, \"monthlyAmount\": \"720\", \"lines\": { \"base\": \"720.00\" },"
                        + " \"procedure\": { \"publicNoticeDays\": 7 }, \"rulesApplied\": [\"NA-03\"] }")));
        ConformanceCase c = assertInstanceOf(ConformanceCase.class, f.entries().get(0));
        assertEquals("A", c.id());
        assertEquals(List.of("NA-02"), c.rules());
        assertEquals("000000", c.region());
        assertEquals(Money.yuan("720.00"), c.expect().monthlyAmount().orElseThrow());
        assertEquals(Money.yuan("720.00"), c.expect().lines().get("base"));
        assertTrue(c.request().isPresent());
        assertTrue(!c.body().has("expect") && !c.body().has("id") && !c.body().has("rules") && !c.body().has("note"),
                "the body is the HTTP request: the case without id, rules, note and expect");
    }

    @Test
    void inputErrorsAreKeptAsTheAnswerNotAsMalformed() throws Exception {
        CaseFile f = read(file("{ \"id\": \"B\", \"region\": \"000000\", \"date\": \"2022-03-10\", \"program\": \"dibao\","
                + " \"household\": { \"members\": [ { \"id\": \"p1\", \"idNumber\": \"110105196003010071\" } ] },"
                + " \"expect\": { \"error\": \"INVALID_ID_NUMBER\" } }"));
        ConformanceCase c = assertInstanceOf(ConformanceCase.class, f.entries().get(0));
        assertEquals(RefusalCode.INVALID_ID_NUMBER, c.inputError().orElseThrow().code());
        assertEquals("members[p1].idNumber", c.inputError().orElseThrow().field());
    }

    @Test
    void everyMalformedCaseNamesFileIdAndPath() throws Exception {
        CaseFile f = read(file(
                kase("typo", ", \"standard\": {}", "{ \"eligible\": true }"),
                kase("empty-expect", "", "{}"),
                kase("bad-expect-key", "", "{ \"montlyAmount\": \"1.00\" }"),
                kase("number-amount", "", "{ \"monthlyAmount\": 720 }"),
                kase("three-decimals", "", "{ \"amount\": \"1.001\" }"),
                kase("bad-outcome", "", "{ \"outcome\": \"yes\" }"),
                kase("bad-error", "", "{ \"error\": \"NOPE\" }"),
                kase("bad-procedure", "", "{ \"procedure\": { \"approvalLevel\": \"city\" } }"),
                kase("typo", "", "{ \"eligible\": true }"),
                "{ \"id\": \"no-expect\", " + REQUEST + " }",
                "{ " + REQUEST + ", \"expect\": { \"eligible\": true } }",
                "{ \"id\": \"no-region\", \"date\": \"2022-03-10\", \"program\": \"dibao\", \"household\": "
                        + "{ \"members\": [ { \"id\": \"p1\" } ] }, \"expect\": { \"eligible\": true } }"));
        List<String[]> want = List.of(
                new String[] {"typo", "cases[0].standard", "unknown key"},
                new String[] {"empty-expect", "cases[1].expect", "at least one key"},
                new String[] {"bad-expect-key", "cases[2].expect.montlyAmount", "unknown key"},
                new String[] {"number-amount", "cases[3].expect.monthlyAmount", "must be a string"},
                new String[] {"three-decimals", "cases[4].expect.amount", "at most 2 decimals"},
                new String[] {"bad-outcome", "cases[5].expect.outcome", "eligible, ineligible or undetermined"},
                new String[] {"bad-error", "cases[6].expect.error", "unknown refusal code"},
                new String[] {"bad-procedure", "cases[7].expect.procedure.approvalLevel", "wrong value"},
                new String[] {"typo", "cases[8].id", "duplicate case id"},
                new String[] {"no-expect", "cases[9].expect", "required"},
                new String[] {"cases[10]", "cases[10].id", "required"},
                new String[] {"no-region", "cases[11].region", "required"});
        assertEquals(want.size(), f.entries().size());
        for (int i = 0; i < want.size(); i++) {
            MalformedCase m = malformed(f.entries().get(i));
            assertEquals("t.json", m.file());
            assertEquals(want.get(i)[0], m.id(), m.message());
            assertEquals(want.get(i)[1], m.path(), m.message());
            assertTrue(m.messageEn().contains(want.get(i)[2]), m.message());
        }
    }

    @Test
    void aFileNotOfTheFormatIsOneMalformedEntry() throws Exception {
        MalformedCase wrongFormat = malformed(read("{ \"format\": \"relief-cases/2\", \"cases\": [] }").entries().get(0));
        assertEquals("format", wrongFormat.path());
        MalformedCase noCases = malformed(read("{ \"format\": \"relief-cases/1\", \"cases\": [] }").entries().get(0));
        assertEquals("cases", noCases.path());
        MalformedCase extra = malformed(read("{ \"format\": \"relief-cases/1\", \"title\": \"x\", \"cases\": [] }").entries().get(0));
        assertEquals("title", extra.path());
        MalformedCase duplicate = malformed(read("{ \"format\": \"relief-cases/1\", \"format\": \"relief-cases/1\" }")
                .entries().get(0));
        assertTrue(duplicate.messageEn().contains("Duplicate field"), duplicate.message());
    }

    @Test
    void notJsonOrUnreadableIsACaseFileException(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"format\": ");
        CaseFileException e = assertThrows(CaseFileException.class, () -> CaseReader.read(bad));
        assertTrue(e.getMessage().contains("not JSON"), e.getMessage());
        assertThrows(CaseFileException.class, () -> CaseReader.readAll(List.of(dir.resolve("missing.json"))));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThrows(CaseFileException.class, () -> CaseReader.readAll(List.of(empty)));
    }

    @Test
    void aFolderContributesEveryJsonFileUnderItInNameOrder(@TempDir Path dir) throws Exception {
        String one = file(kase("A", "", "{ \"eligible\": true }"));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.json"), one);
        Files.writeString(dir.resolve("sub/a.json"), one);
        Files.writeString(dir.resolve("readme.txt"), "not a case");
        List<CaseFile> files = CaseReader.readAll(List.of(dir));
        assertEquals(2, files.size());
        assertTrue(files.get(0).file().endsWith("b.json"));
        assertTrue(files.get(1).file().endsWith("a.json"));
    }
}
