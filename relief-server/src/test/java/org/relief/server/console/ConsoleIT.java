package org.relief.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.relief.server.process.ServerProcess;

/**
 * Issue 22, first phase, in a real browser: the shaded server jar started as a process with its
 * demo data, the console at {@code /console/} driven in Debian's headless Chromium. The 聊城
 * calculation (371502 on 2024-06-01, two persons, wage 1000: 2 × 931 − 1000 = 862.00) read from the
 * page with a line of its trace; a missing income and a wrong input shown on the fields they name;
 * the standards of 371502 with provenance and history; sign-in, where the role decides what is
 * shown; a phone width; labels on every control; the script budget; first paint measured once
 * (written to {@code target/console-timing.txt}, never asserted). Second phase: the queue by next
 * deadline with an overdue case in red; a case taken from acceptance to decision through its buttons,
 * refused steps shown beside the fields they name; a roster draft with the API's totals, submitted after
 * a confirmation, its CSV, and back-pay highlighted — each made through the API by the test itself
 * ({@link CaseApi}); the roster in a county the demo data does not use. Screenshots of each page under
 * {@code target/console-screenshots/}. Skipped, saying so, where Chromium is not installed.
 */
class ConsoleIT {
    static final Path TARGET = Path.of(System.getProperty("relief.server.jar", "target/relief-server.jar")).toAbsolutePath()
            .getParent();
    @TempDir
    static Path dir;
    static ServerProcess server;
    static Browser browser;
    static String base;
    static Map<String, String> tokens;
    static CaseApi api;

    @BeforeAll
    static void start() throws Exception {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(Browser.available(), "CI installs chromium and chromium-driver (.ci/run): the browser tests must run");
        }
        assumeTrue(Browser.available(), "no Chromium here: the console's browser tests are skipped. Install Debian's "
                + "chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does) to run them");
        Path data = dir.resolve("data");
        server = ServerProcess.start(Map.of("RELIEF_PORT", "0", "RELIEF_DATA_DIR", data.toString()), dir.resolve("server.txt"));
        base = server.awaitReady(Duration.ofSeconds(120));
        tokens = new java.util.HashMap<>();
        for (String line : Files.readAllLines(data.resolve("demo-tokens.txt"), StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            if (!line.startsWith("#") && f.length == 4) {
                tokens.put(f[0], f[3]);
            }
        }
        api = new CaseApi(base);
        browser = new Browser(dir.resolve("profile"), TARGET.resolve("console-screenshots"), TARGET.resolve("chromedriver.log"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A page of the console, fresh: storage cleared (Chinese, signed out), at the desktop size. */
    static void open(String page) {
        browser.size(Browser.DESKTOP);
        browser.open(base + "/console/");
        browser.js("sessionStorage.clear(); localStorage.clear();");
        browser.open(base + "/console/#/" + page);
    }

    /** The 聊城 household of the brief: p1 born 1980 with a wage of 1000.00, p2 born 2012 with no income. */
    static void fillLiaochengHousehold(String program) {
        browser.type("region", "371502");
        browser.type("date", "2024-06-01");
        new Select(browser.control("program")).selectByValue(program);
        new Select(browser.control("household.residence")).selectByValue("urban");
        browser.type("members[p1].birthDate", "1980-01-01");
        WebElement incomes = browser.field("members[p1].incomes");
        incomes.findElement(By.xpath(".//button[@data-i18n='addIncome']")).click();
        new Select(browser.control("members[p1].incomes[0].kind")).selectByValue("wage");
        browser.type("members[p1].incomes[0].monthly", "1000.00");
        browser.driver.findElement(By.cssSelector("button.add-member")).click();
        browser.type("members[p2].birthDate", "2012-01-01");
        browser.field("members[p2].incomes").findElement(By.cssSelector("input.declared")).click();
    }

    static void calculate() {
        browser.driver.findElement(By.cssSelector("form.calc button[type=submit]")).click();
    }

    static WebElement awaitResult() {
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".result .determination, "
                + ".result .screening")));
    }

    @Test
    void calculator_liaochengDibao_showsTheAmountEachLineAndTheTraceWithDocumentAndClause() {
        open("calculator");
        fillLiaochengHousehold("dibao");
        calculate();
        WebElement result = awaitResult();
        assertEquals("eligible", result.findElement(By.cssSelector(".outcome .badge")).getAttribute("data-outcome"));
        assertEquals("符合条件", result.findElement(By.cssSelector(".outcome .badge")).getText());
        assertEquals("¥862.00", result.findElement(By.cssSelector(".amount-value")).getText());
        assertEquals("¥862.00", result.findElement(By.cssSelector("tr[data-line='base'] td")).getText());
        WebElement na03 = result.findElement(By.cssSelector("li.step[data-rule='NA-03']"));
        assertEquals("国务院令第649号", na03.findElement(By.cssSelector(".doc")).getText());
        assertEquals("第十二条", na03.findElement(By.cssSelector(".clause")).getText());
        assertEquals("931.00 × 2 − 1000.00 = 862.00", na03.findElement(By.cssSelector(".step-result .value")).getText());
        assertTrue(na03.getText().contains("standard") && na03.getText().contains("931"), na03.getText());
        WebElement lc13 = result.findElement(By.cssSelector("li.step[data-rule='LC-13']"));
        assertEquals("聊政字〔2020〕28号", lc13.findElement(By.cssSelector(".doc")).getText());
        WebElement procedure = result.findElement(By.cssSelector(".procedure"));
        assertTrue(procedure.getText().contains("乡镇（街道）") && procedure.getText().contains("7"), procedure.getText());
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("calculator");

        browser.driver.findElement(By.id("lang")).click();
        assertEquals("en", browser.js("return document.documentElement.lang"));
        assertEquals("eligible", result.findElement(By.cssSelector(".outcome .badge")).getText());
        assertEquals("Result", browser.driver.findElement(By.id("result-title")).getText());
        assertEquals("¥862.00", result.findElement(By.cssSelector(".amount-value")).getText(), "the answer survives the switch");
        assertEquals("1000.00", browser.control("members[p1].incomes[0].monthly").getAttribute("value"), "so does the form");
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("calculator-en");
    }

    @Test
    void screening_ofAllProgrammes_listsEachWithItsOutcome() {
        open("calculator");
        fillLiaochengHousehold("");
        calculate();
        WebElement result = awaitResult();
        WebElement dibao = result.findElement(By.cssSelector("table.programs tr[data-program='dibao']"));
        assertTrue(dibao.getText().contains("¥862.00") && dibao.getText().contains("符合条件"), dibao.getText());
        assertTrue(result.findElements(By.cssSelector("table.programs tbody tr")).size() >= 9);
        WebElement tekun = result.findElement(By.cssSelector("table.programs tr[data-program='tekun']"));
        assertTrue(tekun.getText().contains("不符合条件"), tekun.getText());
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("screening");
    }

    @Test
    void anUndeclaredIncome_isUndetermined_andTheFieldItNamesIsHighlighted() {
        open("calculator");
        fillLiaochengHousehold("dibao");
        browser.field("members[p2].incomes").findElement(By.cssSelector("input.declared")).click(); // unticked: unknown
        calculate();
        WebElement result = awaitResult();
        assertEquals("undetermined", result.findElement(By.cssSelector(".outcome .badge")).getAttribute("data-outcome"));
        assertTrue(result.findElement(By.cssSelector(".missing-list")).getText().contains("members[p2].incomes"));
        WebElement field = browser.field("members[p2].incomes");
        assertTrue(field.getAttribute("class").contains("missing"), field.getAttribute("class"));
        assertTrue(field.findElement(By.cssSelector(".missing-note")).getText().contains("缺少此项"));
        assertFalse(browser.field("members[p1].incomes").getAttribute("class").contains("missing"));
    }

    @Test
    void aWrongInput_showsTheServersMessageBesideTheFieldItNames_andFocusesIt() {
        open("calculator");
        fillLiaochengHousehold("dibao");
        browser.type("members[p1].incomes[0].monthly", "10.001");
        calculate();
        WebElement field = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-path='members[p1].incomes[0].monthly'] .field-error"))).findElement(By.xpath(".."));
        assertTrue(field.getAttribute("class").contains("invalid"));
        String message = field.findElement(By.cssSelector(".field-error")).getText();
        assertTrue(message.contains("金额须为非负数") && message.contains("10.001"), message);
        WebElement control = browser.control("members[p1].incomes[0].monthly");
        assertEquals("true", control.getAttribute("aria-invalid"));
        assertTrue(control.getAttribute("aria-describedby").contains(field.findElement(By.cssSelector(".field-error"))
                .getAttribute("id")), "the message describes the control");
        assertEquals(control, browser.driver.switchTo().activeElement(), "the field is focused");
        assertTrue(browser.driver.findElements(By.cssSelector(".result .determination")).isEmpty()
                || !browser.driver.findElement(By.cssSelector(".result")).isDisplayed());
        browser.screenshot("calculator-error");

        browser.type("members[p1].incomes[0].monthly", "1000.00");
        browser.type("region", "999999");
        browser.control("region").sendKeys(Keys.ENTER); // the form submits from the keyboard
        WebElement region = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-path='region'] .field-error")));
        assertTrue(region.getText().contains("999999"), region.getText());
        assertTrue(browser.driver.findElements(By.cssSelector("[data-path='members[p1].incomes[0].monthly'] .field-error"))
                .isEmpty(), "the earlier error is cleared");
        browser.driver.findElement(By.id("lang")).click();
        assertTrue(region.getText().contains("no rule module serves region 999999"), "English beside: " + region.getText());
    }

    @Test
    void standards_of371502_inForceWithProvenance_andTheirHistory() {
        open("standards");
        browser.type("code", "371502");
        browser.type("date", "2024-06-01");
        browser.driver.findElement(By.cssSelector("form.lookup button[type=submit]")).click();
        WebElement row = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("table.standards tr[data-key='dibao.urban.monthly']")));
        assertEquals("¥931.00", row.findElement(By.cssSelector(".value")).getText());
        assertTrue(row.getText().contains("371500") && row.getText().contains("市级"), row.getText());
        assertTrue(row.getText().contains("聊城晚报"), "provenance: " + row.getText());
        assertTrue(row.getText().contains("2024-01-01") && row.getText().contains("2025-12-31"), row.getText());
        assertTrue(row.findElement(By.cssSelector(".no-history")).getText().contains("规则模块随附"), row.getText());
        WebElement ratio = browser.driver.findElement(By.cssSelector("tr[data-key='lowIncome.multiplier'] .value"));
        assertEquals("1.5", ratio.getText(), "a ratio is no money");
        browser.screenshot("standards");

        browser.type("code", "411082");
        browser.driver.findElement(By.cssSelector("form.lookup button[type=submit]")).click();
        WebElement changge = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("table.standards tr[data-key='dibao.urban.monthly'] details.history")));
        changge.click();
        assertTrue(changge.getText().contains("¥680.00") && changge.getText().contains("示例数据"), changge.getText());
    }

    @Test
    void signIn_theRoleDecidesWhatIsShown_andTheTokenNeverReachesTheAddress() {
        open("login");
        WebElement token = browser.control("token");
        assertEquals(token, browser.driver.switchTo().activeElement(), "the token field has the focus");
        token.sendKeys("rlf_not-a-token", Keys.ENTER);
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-path='token'] .field-error")));
        assertTrue(error.getText().contains("令牌无效"), error.getText());
        assertEquals(null, browser.js("return sessionStorage.getItem('relief.token')"));
        browser.screenshot("login");

        String approver = tokens.get("approver-liaocheng");
        browser.type("token", approver);
        browser.control("token").sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account-name")));
        assertEquals("approver-liaocheng", browser.driver.findElement(By.cssSelector(".account-name")).getText());
        assertEquals("countyApprover", browser.driver.findElement(By.cssSelector(".account-role")).getAttribute("data-role"));
        assertEquals(approver, browser.js("return sessionStorage.getItem('relief.token')"));
        assertEquals(null, browser.js("return localStorage.getItem('relief.token')"));
        assertFalse(browser.driver.getCurrentUrl().contains(approver), browser.driver.getCurrentUrl());
        assertEquals("371500", browser.control("region").getAttribute("value"), "the calculator starts in the caller's area");

        browser.driver.findElement(By.cssSelector("#nav a[href='#/standards']")).click();
        WebElement publish = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.publish")));
        browser.type("key", "dibao.urban.monthly");
        browser.type("area", "371522"); // 莘县: another county than the one the standards test reads
        browser.type("effectiveFrom", "2030-01-01");
        browser.type("value", "999");
        browser.type("issuer", "测试发布机关");
        browser.type("published", "2029-12-01");
        publish.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement missingDoc = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.publish [data-path='documentNumber'] .field-error")));
        assertFalse(missingDoc.getText().isBlank());
        browser.type("documentNumber", "测试〔2029〕9号");
        publish.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("form.publish .done"), "¥999.00"));
        browser.type("code", "371522");
        browser.type("date", "2030-01-01");
        browser.driver.findElement(By.cssSelector("form.lookup button[type=submit]")).click();
        WebElement history = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("table.standards tr[data-key='dibao.urban.monthly'] details.history")));
        history.click();
        assertTrue(history.getText().contains("测试〔2029〕9号") && history.getText().contains("¥999.00"), history.getText());
        browser.screenshot("standards-approver");
        assertFalse(browser.driver.getCurrentUrl().contains(approver));

        browser.driver.findElement(By.cssSelector(".account button")).click();
        assertEquals(null, browser.js("return sessionStorage.getItem('relief.token')"));
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form.publish")));
        assertTrue(browser.driver.findElements(By.cssSelector("form.publish")).isEmpty(), "signed out: no publishing");

        browser.open(base + "/console/#/login");
        browser.type("token", tokens.get("auditor-xuchang"));
        browser.control("token").sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".account-name")));
        browser.open(base + "/console/#/standards");
        assertTrue(browser.driver.findElements(By.cssSelector("form.publish")).isEmpty(), "an auditor publishes nothing");
        assertEquals(List.of("#/calculator", "#/queue", "#/roster", "#/standards"), browser.driver.findElements(By.cssSelector("#nav a"))
                .stream().map(a -> a.getAttribute("href").replaceAll("^.*(#/.*)$", "$1")).toList(),
                "an auditor reads cases and rosters (the server's route table): no link to a page the role cannot use");
        browser.open(base + "/console/#/apply");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.calc")));
        assertTrue(browser.driver.findElements(By.cssSelector("form.apply-form")).isEmpty(), "an auditor opens no case: the calculator instead");
        browser.open(base + "/console/#/queue");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.filters")));
        assertTrue(browser.driver.findElements(By.cssSelector("a.new-application")).isEmpty(), "nor a button to apply");
    }

    /** Signs in as a demo user through the login page (storage cleared first) and waits for the header to say so. */
    static void signIn(String user) {
        open("login");
        browser.type("token", tokens.get(user));
        browser.control("token").sendKeys(Keys.ENTER);
        browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".account-name"), user));
    }

    /** The case page of {@code id}, freshly loaded. */
    static WebElement openCase(String id) {
        browser.open(base + "/console/#/case/" + id);
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".case-page[data-case='" + id + "']")));
    }

    static List<String> stepButtons() {
        return browser.driver.findElements(By.cssSelector(".step-button")).stream().map(b -> b.getAttribute("data-step")).toList();
    }

    static int timelineLength() {
        return browser.driver.findElements(By.cssSelector(".timeline li.case-step")).size();
    }

    /** Opens the form of a step from its button and fills its date (and the given fields: path → value). */
    static WebElement stepForm(String step, String date, Map<String, String> fields) {
        browser.driver.findElement(By.cssSelector(".step-button[data-step='" + step + "']")).click();
        WebElement form = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.step-form[data-step='" + step + "']")));
        browser.type("date", date);
        fields.forEach((path, value) -> {
            WebElement c = browser.control(path);
            if ("select".equals(c.getTagName())) {
                new Select(c).selectByValue(value);
            } else {
                c.clear();
                c.sendKeys(value);
            }
        });
        return form;
    }

    /** Takes a step from the page and waits for the case to be read again with one more step. */
    static void takeStep(String step, String date, Map<String, String> fields) {
        int before = timelineLength();
        stepForm(step, date, fields).findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(d -> timelineLength() == before + 1);
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".case-page .done"), "已办理"));
    }

    @Test
    void queue_showsTheCountysCasesByNextDeadline_andAnOverdueOneInRed() {
        String reviewer = tokens.get("reviewer-changge");
        // accept Tue 2026-01-06 → surveyStartBy = 3 working days later, Fri 2026-01-09; accept Tue 2026-03-03 → Fri 2026-03-06.
        String late = api.apply(reviewer, "411082", "Q-LATE", "2026-03-02");
        api.step(reviewer, late, "{\"do\":\"accept\",\"date\":\"2026-03-03\"}");
        String early = api.apply(reviewer, "411082", "Q-EARLY", "2026-01-05");
        api.step(reviewer, early, "{\"do\":\"accept\",\"date\":\"2026-01-06\"}");
        String applied = api.apply(reviewer, "411082", "Q-APPLIED", "2026-01-05");

        signIn("reviewer-changge");
        browser.driver.findElement(By.cssSelector("#nav a[href='#/queue']")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.filters")));
        browser.type("county", "411082");
        new Select(browser.control("state")).selectByValue("accepted");
        browser.type("asOf", "2026-02-01");
        browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        WebElement earlyRow = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".queue-result[data-query*='state=accepted'] table.queue tr[data-case='" + early + "']")));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.queue tbody tr"));
        List<String> ids = rows.stream().map(r -> r.getAttribute("data-case")).toList();
        List<String> dues = rows.stream().map(r -> r.getAttribute("data-due")).filter(d -> !d.isEmpty()).toList();
        assertEquals(dues.stream().sorted().toList(), dues, "by next deadline");
        assertTrue(ids.indexOf(early) < ids.indexOf(late), ids.toString());
        assertFalse(ids.contains(applied), "filtered by state: " + ids);
        assertTrue(earlyRow.getText().contains("2026-01-09") && earlyRow.getText().contains("入户调查开始期限")
                && earlyRow.getText().contains("逾期") && earlyRow.getText().contains("Q-EARLY"), earlyRow.getText());
        assertTrue(earlyRow.getAttribute("class").contains("overdue"));
        assertEquals("rgba(207, 34, 46, 1)", earlyRow.findElement(By.cssSelector(".due-date")).getCssValue("color"), "overdue in red");
        WebElement lateRow = browser.driver.findElement(By.cssSelector("table.queue tr[data-case='" + late + "']"));
        assertFalse(lateRow.getAttribute("class").contains("overdue"), "2026-03-06 is not before 2026-02-01");
        assertFalse(lateRow.getText().contains("逾期"));
        browser.screenshot("queue");

        new Select(browser.control("state")).selectByValue("applied");
        browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".queue-result[data-query*='state=applied'] table.queue tr[data-case='" + applied + "']")));
        assertTrue(browser.driver.findElements(By.cssSelector("table.queue tr[data-case='" + early + "']")).isEmpty());
        browser.type("dueBefore", "2026-13-01");
        browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-path='dueBefore'] .field-error")));
        assertFalse(error.getText().isBlank(), "the server's message beside the filter it names");

        browser.type("dueBefore", "");
        browser.driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".queue-result[data-query] table.queue tr[data-case='" + applied + "'] a"))).click();
        openCaseFromLink(applied);
    }

    static void openCaseFromLink(String id) {
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".case-page[data-case='" + id + "']")));
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/case/" + id), browser.driver.getCurrentUrl());
    }

    @Test
    void aCase_fromApplicationToDecisionThroughTheButtons_withItsTimeline_andRefusedStepsBesideTheirFields() {
        signIn("reviewer-changge");
        String id = applyThroughThePage();
        WebElement page = browser.driver.findElement(By.cssSelector(".case-page[data-case='" + id + "']"));
        assertEquals("C-PAGE", page.findElement(By.cssSelector(".case-reference")).getText());
        WebElement apply = page.findElement(By.cssSelector("li.case-step[data-step='apply']"));
        assertEquals("2026-01-05", apply.findElement(By.cssSelector(".effective")).getText());
        assertEquals("reviewer-changge", apply.findElement(By.cssSelector(".by")).getText());
        assertTrue(apply.findElement(By.cssSelector(".recorded")).getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
        WebElement p1 = page.findElement(By.cssSelector(".households tr[data-member='p1']"));
        assertTrue(p1.getText().contains("¥300.00") && p1.getText().contains("411081197504120012"), p1.getText());
        assertTrue(page.findElement(By.cssSelector(".households tr[data-member='p2']")).getText().contains("无收入"));
        assertEquals(List.of("accept", "death", "withdraw"), stepButtons(), "the reviewer's steps an applied case allows");

        takeStep("accept", "2026-01-06", Map.of());
        assertEquals("accepted", browser.driver.findElement(By.cssSelector(".case-summary [data-state]")).getAttribute("data-state"));
        assertTrue(browser.driver.findElement(By.cssSelector("[data-deadline='surveyStartBy']")).getText().contains("2026-01-09"));

        WebElement survey = stepForm("survey", "2026-01-08", Map.of("surveyors", "1"));
        survey.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.step-form [data-path='surveyors'] .field-error")));
        assertTrue(error.getText().contains("至少 2 名"), error.getText());
        assertEquals("true", browser.control("surveyors").getAttribute("aria-invalid"));
        assertEquals(browser.control("surveyors"), browser.driver.switchTo().activeElement(), "the field it names is focused");
        assertEquals(2, timelineLength(), "a refused step stores nothing");
        browser.screenshot("case-refused-step");
        browser.type("surveyors", "2");
        survey.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(d -> timelineLength() == 3);

        takeStep("propose", "2026-01-12", Map.of("opinion", "approve"));
        WebElement propose = browser.driver.findElement(By.cssSelector("li.case-step[data-step='propose']"));
        assertEquals("¥1060.00", propose.findElement(By.cssSelector(".step-amount")).getText(), "680.00 × 2 − 300.00");
        assertFalse(stepButtons().contains("decide"), "长葛's dibao is approved by the county: no decide for the township");
        assertTrue(stepButtons().containsAll(List.of("appraise", "object", "withdraw")), stepButtons().toString());
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("case");

        signIn("approver-xuchang");
        openCase(id);
        assertTrue(stepButtons().contains("decide"), stepButtons().toString());
        WebElement decide = stepForm("decide", "2026-01-13", Map.of("decision", "approve"));
        decide.findElement(By.cssSelector("button[type=submit]")).click();
        WebElement notice = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form.step-form [data-path='date'] .field-error")));
        assertTrue(notice.getText().contains("2026-01-18"), "the notice runs 01-12…01-18: " + notice.getText());
        browser.driver.findElement(By.id("lang")).click();
        assertTrue(notice.getText().contains("no decision before it has ended"), "English beside: " + notice.getText());
        browser.driver.findElement(By.id("lang")).click();
        browser.type("date", "2026-01-19");
        decide.findElement(By.cssSelector("button[type=submit]")).click();
        browser.wait.until(d -> timelineLength() == 5);
        assertEquals("active", browser.driver.findElement(By.cssSelector(".case-summary [data-state]")).getAttribute("data-state"));
        WebElement period = browser.driver.findElement(By.cssSelector(".entitlement tr[data-from='2026-02']"));
        assertTrue(period.getText().contains("¥1060.00") && period.getText().contains("至今"), period.getText());
        assertTrue(period.getText().contains("¥58.00"), "the voucher line: " + period.getText());
        assertEquals("approver-xuchang", browser.driver.findElement(By.cssSelector("li.case-step[data-step='decide'] .by")).getText());
        assertEquals(List.of("death", "fraud", "review", "terminate"), stepButtons(), "an active case's steps");
    }

    /**
     * The township's caseworker applies for {@link CaseApi#household()} (长葛 411082, dibao, 2026-01-05) from the queue's
     * button: a wrong ID number, then a missing consent, each refused beside its field with nothing stored, then the case
     * opened and its page shown; the case's id.
     */
    static String applyThroughThePage() {
        assertEquals(1, browser.driver.findElements(By.cssSelector("#nav a[href='#/apply']")).size(), "the page is in the caseworker's nav");
        browser.driver.findElement(By.cssSelector("#nav a[href='#/queue']")).click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.new-application"))).click();
        WebElement form = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.apply-form")));
        assertEquals(browser.control("reference"), browser.driver.switchTo().activeElement(), "the page starts at its first field");
        assertEquals("411082", browser.control("region").getAttribute("value"), "the caseworker's county to start with");
        assertEquals(List.of("dibao", "tekun"), new Select(browser.control("program")).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList(), "the programmes that have cases, no screening");
        assertTrue(form.findElements(By.cssSelector("[data-path='event'], [data-path='history'], [data-path='standards']")).isEmpty(),
                "an application takes no event, grants or overrides");
        browser.type("reference", "C-PAGE");
        browser.type("date", "2026-01-05");
        new Select(browser.control("program")).selectByValue("dibao");
        new Select(browser.control("household.residence")).selectByValue("urban");
        new Select(browser.control("members[p1].relation")).selectByValue("head");
        browser.type("members[p1].idNumber", "411081197504120013"); // the check digit of …12001 is 2
        browser.field("members[p1].incomes").findElement(By.xpath(".//button[@data-i18n='addIncome']")).click();
        new Select(browser.control("members[p1].incomes[0].kind")).selectByValue("wage");
        browser.type("members[p1].incomes[0].monthly", "300.00");
        browser.driver.findElement(By.cssSelector("button.add-member")).click();
        new Select(browser.control("members[p2].relation")).selectByValue("child");
        browser.type("members[p2].birthDate", "2012-09-03");
        browser.field("members[p2].incomes").findElement(By.cssSelector("input.declared")).click();
        WebElement submit = form.findElement(By.cssSelector("button[type=submit]"));
        assertEquals("提交申请", submit.getText());
        browser.driver.findElement(By.id("lang")).click();
        assertEquals("Submit the application", submit.getText());
        assertTrue(browser.field("application.consent").getText().contains("consent"), browser.field("application.consent").getText());
        assertEquals("411081197504120013", browser.control("members[p1].idNumber").getAttribute("value"), "the switch keeps the form");
        browser.driver.findElement(By.id("lang")).click();

        submit.click();
        WebElement idError = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-path='members[p1].idNumber'] .field-error")));
        assertTrue(idError.getText().contains("身份证号码"), idError.getText());
        assertEquals(browser.control("members[p1].idNumber"), browser.driver.switchTo().activeElement(), "the field it names is focused");
        browser.type("members[p1].idNumber", "411081197504120012");

        submit.click();
        WebElement consentError = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-path='application.consent'] .field-error")));
        assertTrue(consentError.getText().contains("授权"), consentError.getText());
        assertEquals("true", browser.control("application.consent").getAttribute("aria-invalid"));
        assertTrue(browser.driver.findElements(By.cssSelector("[data-path='members[p1].idNumber'] .field-error")).isEmpty(),
                "the corrected field's message is gone");
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/apply"), "a refused application stays on its form");
        JsonNode listed = api.send(tokens.get("reviewer-changge"), "GET", "/api/v1/cases?county=411082", null, 200);
        listed.get("items").forEach(c -> assertNotEquals("C-PAGE", c.get("reference").asText(), "a refused application stores nothing"));
        browser.screenshot("apply-refused");

        browser.control("application.consent").sendKeys(Keys.SPACE); // the box from the keyboard
        browser.control("application.honestyCommitment").click();
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("apply");
        submit.click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".case-page[data-case]")));
        String id = browser.driver.findElement(By.cssSelector(".case-page[data-case]")).getAttribute("data-case");
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/case/" + id), browser.driver.getCurrentUrl());
        return id;
    }

    @Test
    void aRosterDraft_totalsAsTheApis_submittedAfterConfirmation_withItsCsv_andBackPayHighlighted() {
        String approver = tokens.get("approver-xuchang");
        // 襄城县 411025, a county no demo data uses: 650 from 2026-01-01; a case approved 2026-01-19 is paid from 2026-02:
        // 650 × 2 − 300 = 1000.00 and the voucher 29 × 2 = 58.00 (XC-14).
        api.publish(approver, "411025", "dibao.urban.monthly", "650", "2026-01-01", "2025-12-20");
        String id = approvedCase(approver, "411025", "R-PAGE");
        signIn("approver-xuchang");
        browser.driver.findElement(By.cssSelector("#nav a[href='#/roster']")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.roster-form")));
        browser.type("region", "411025");
        browser.type("month", "2026-02");
        browser.type("date", "2026-03-02");
        browser.driver.findElement(By.cssSelector("form.roster-form button.draft")).click();
        WebElement table = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.roster-lines")));
        assertTrue(table.getText().contains("R-PAGE"), (String) browser.js("return document.querySelector('.roster-result').outerHTML"));
        assertEquals("¥1000.00", table.findElement(By.cssSelector("tr[data-case='" + id + "'][data-line='dibao'] .num")).getText());
        assertEquals("¥58.00", table.findElement(By.cssSelector("tr[data-case='" + id + "'][data-line='charityVoucher'] .num")).getText());
        JsonNode draft = api.draft(approver, "411025", "2026-02", "2026-03-02");
        assertEquals(ConsoleIT.yuan(draft.get("total").asText()), table.findElement(By.cssSelector(".grand-total .roster-total")).getText());
        for (String code : List.of("dibao", "charityVoucher")) {
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode e : draft.get("entries")) {
                sum = e.get("code").asText().equals(code) ? sum.add(new BigDecimal(e.get("amount").asText())) : sum;
            }
            assertEquals(ConsoleIT.yuan(sum.toPlainString()), table.findElement(By.cssSelector("tr.code-total[data-line='" + code + "'] .num"))
                    .getText(), code);
        }
        assertEquals(String.valueOf(draft.get("cases").asLong()), browser.driver.findElement(By.cssSelector("[data-fact='cases']")).getText());
        assertEquals("false", browser.driver.findElement(By.cssSelector(".roster-result .badge")).getAttribute("data-submitted"));
        assertTrue(browser.driver.findElements(By.cssSelector("a.csv-link")).isEmpty(), "a draft has no bank file");
        browser.screenshot("roster-draft");

        browser.driver.findElement(By.cssSelector("button.submit-roster")).click();
        WebElement dialog = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm")));
        assertTrue(dialog.getText().contains(ConsoleIT.yuan(draft.get("total").asText())), "the total to submit: " + dialog.getText());
        browser.screenshot("roster-confirm");
        dialog.findElement(By.cssSelector("button[data-i18n='cancel']")).click();
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("dialog.confirm")));
        api.send(approver, "GET", "/api/v1/rosters/411025/2026-02", null, 404); // cancelled: nothing submitted
        browser.driver.findElement(By.cssSelector("button.submit-roster")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog.confirm button[data-i18n='confirmSubmit']")))
                .click();
        WebElement link = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.csv-link")));
        assertEquals("true", browser.driver.findElement(By.cssSelector(".roster-result .badge")).getAttribute("data-submitted"));
        assertEquals("roster-411025-2026-02.csv", link.getAttribute("download"));
        assertTrue(link.getAttribute("href").startsWith("blob:"), link.getAttribute("href"));
        String csv = api.csv(approver, "411025", "2026-02");
        assertEquals(String.valueOf(csv.getBytes(StandardCharsets.UTF_8).length), link.getAttribute("data-bytes"), "the bank file, whole");
        assertTrue(csv.contains("\n" + id + ",411025,") && csv.contains(",dibao,1000.00,"), csv);
        browser.screenshot("roster-submitted");

        // 700 published on 2026-03-10 for 2026-01-01: March pays 700 × 2 − 300 = 1100.00 and back-pays February 1100 − 1000 = 100.00.
        api.publish(approver, "411025", "dibao.urban.monthly", "700", "2026-01-01", "2026-03-10");
        browser.type("month", "2026-03");
        browser.type("date", "2026-04-01");
        WebElement arrears = draftRow("tr.arrears[data-case='" + id + "']");
        assertTrue(arrears.getText().contains("¥100.00") && arrears.getText().contains("2026-02"), arrears.getText());
        assertEquals("rgba(221, 244, 255, 1)", arrears.getCssValue("background-color"), "back-pay highlighted");
        assertEquals("¥1100.00", browser.driver.findElement(By.cssSelector("tr[data-case='" + id + "'][data-line='dibao'] .num")).getText());

        // 鄢陵县 411024: a standard in force until 2026-02-28 only, so March has none: the case is held, not paid.
        api.publish(approver, "411024", "dibao.urban.monthly", "650", "2026-01-01", "2026-02-28", "2025-12-20");
        String held = approvedCase(approver, "411024", "R-HELD");
        browser.type("region", "411024");
        WebElement heldRow = draftRow("tr.held[data-case='" + held + "']");
        assertTrue(heldRow.getText().contains("暂停发放") && heldRow.getText().contains("¥0.00"), heldRow.getText());
        assertEquals("rgba(255, 248, 197, 1)", heldRow.getCssValue("background-color"), "held highlighted");
        assertEquals("R-HELD", browser.driver.findElement(By.cssSelector("[data-fact='heldCases']")).getText(), "by its reference");
        browser.screenshot("roster-held");
    }

    /** Computes the draft of the roster form's county and month and waits for a line of it. */
    static WebElement draftRow(String row) {
        browser.driver.findElement(By.cssSelector("form.roster-form button.draft")).click();
        return browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.roster-lines " + row)));
    }

    /** A dibao case of {@link CaseApi#household()} approved on 2026-01-19 (paid from 2026-02), through the API; its id. */
    static String approvedCase(String token, String region, String reference) {
        String id = api.apply(token, region, reference, "2026-01-05");
        for (String step : List.of("{\"do\":\"accept\",\"date\":\"2026-01-06\"}", "{\"do\":\"survey\",\"date\":\"2026-01-08\",\"surveyors\":2}",
                "{\"do\":\"propose\",\"date\":\"2026-01-12\",\"opinion\":\"approve\"}",
                "{\"do\":\"decide\",\"date\":\"2026-01-19\",\"decision\":\"approve\"}")) {
            api.step(token, id, step);
        }
        return id;
    }

    /** "1058" or "1058.5" as the console shows money: ¥ and 2 decimals. */
    static String yuan(String amount) {
        return "¥" + new BigDecimal(amount).setScale(2).toPlainString();
    }

    @Test
    void atAPhoneWidth_nothingScrollsSideways() {
        for (String page : List.of("calculator", "standards", "login", "queue", "roster")) {
            if (page.equals("queue") || page.equals("roster")) {
                signIn("approver-liaocheng");
                browser.open(base + "/console/#/" + page);
            } else {
                open(page);
            }
            browser.size(Browser.PHONE);
            if (page.equals("calculator")) {
                fillLiaochengHousehold("dibao");
                calculate();
                awaitResult();
            }
            long scroll = (Long) browser.js("return document.documentElement.scrollWidth");
            long width = (Long) browser.js("return window.innerWidth");
            assertTrue(scroll <= width, page + ": " + scroll + " > " + width);
            if (page.equals("calculator")) {
                browser.js("window.scrollTo(0, 0)");
                browser.screenshot("calculator-phone");
            }
        }
        browser.size(Browser.DESKTOP);
        browser.open(base + "/console/#/calculator");
        long width = (Long) browser.js("return window.innerWidth");
        assertEquals(1280, width, "the desktop viewport is 1280 wide");
        assertTrue((Long) browser.js("return document.documentElement.scrollWidth") <= width);
    }

    @Test
    void everyControl_hasALabel_andNothingIsOutOfTheTabOrder() {
        String unlabelled = "return [...document.querySelectorAll('input, select, textarea')].filter(e => e.type !== 'hidden'"
                + " && e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.outerHTML)";
        String badTab = "return [...document.querySelectorAll('[tabindex]')].filter(e => e.tabIndex > 0).map(e => e.outerHTML)";
        open("calculator");
        browser.js("document.querySelectorAll('details').forEach(d => d.open = true)");
        for (String add : List.of("addIncome", "addGrant", "addOverride", "addMember")) {
            browser.driver.findElements(By.cssSelector("button[data-i18n='" + add + "']")).get(0).sendKeys(Keys.ENTER);
        }
        browser.js("document.querySelectorAll('details').forEach(d => d.open = true)");
        assertEquals(List.of(), browser.js(unlabelled));
        assertEquals(List.of(), browser.js(badTab));
        assertEquals(2L, browser.js("return document.querySelectorAll('.member').length"), "a button works from the keyboard");
        for (String page : List.of("standards", "login")) {
            open(page);
            assertEquals(List.of(), browser.js(unlabelled), page);
        }
        String id = api.apply(tokens.get("approver-liaocheng"), "371502", "L-LABELS", "2026-01-05");
        signIn("approver-liaocheng");
        for (String page : List.of("queue", "apply", "roster", "case/" + id)) {
            browser.open(base + "/console/#/" + page);
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main form, .case-page")));
            if (page.startsWith("case/")) {
                for (String step : stepButtons()) { // every step form, each opened from the keyboard
                    browser.driver.findElement(By.cssSelector(".step-button[data-step='" + step + "']")).sendKeys(Keys.ENTER);
                    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.step-form[data-step='" + step + "']")));
                    assertEquals(List.of(), browser.js(unlabelled), page + " " + step);
                    assertEquals(browser.control("date"), browser.driver.switchTo().activeElement(), "the form takes the focus");
                }
            }
            assertEquals(List.of(), browser.js(unlabelled), page);
            assertEquals(List.of(), browser.js(badTab), page);
        }
    }

    @Test
    void firstPaint_measuredOnceByNavigationTiming_andThePageLoadsUnder200KBOfScript() throws Exception {
        StringBuilder out = new StringBuilder("# the console's first paint on the loopback, Navigation and Paint Timing"
                + " of headless Chromium (ms since navigation start); not asserted\n");
        for (String load : List.of("calculator first", "calculator second", "queue first", "queue second")) {
            String page = load.split(" ")[0];
            if (load.equals("queue first")) {
                signIn("approver-liaocheng"); // the queue is the signed-in caseworker's page
            }
            browser.size(Browser.DESKTOP);
            browser.open(base + "/console/#/" + page);
            browser.wait.until(d -> browser.js("return performance.getEntriesByName('relief-ready').length") instanceof Long l && l > 0);
            if (page.equals("queue")) { // and the county's cases shown: the queue's own mark
                browser.wait.until(d -> browser.js("return performance.getEntriesByName('relief-queue-shown').length") instanceof Long l
                        && l > 0);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) browser.js("const n = performance.getEntriesByType('navigation')[0];"
                    + "const p = Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, e.startTime]));"
                    + "const s = performance.getEntriesByType('resource').filter(r => r.initiatorType === 'script'"
                    + " || r.name.endsWith('.js'));"
                    + "return {responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,"
                    + " firstPaint: p['first-paint'], firstContentfulPaint: p['first-contentful-paint'],"
                    + " ready: performance.getEntriesByName('relief-ready')[0].startTime,"
                    + " queueShown: (performance.getEntriesByName('relief-queue-shown')[0] || {}).startTime,"
                    + " scripts: s.length, scriptBytes: s.reduce((a, r) => a + r.decodedBodySize, 0)};");
            out.append(load).append(" load: ").append(t).append('\n');
            long bytes = ((Number) t.get("scriptBytes")).longValue();
            assertTrue(bytes > 10_000 && bytes < 200 * 1024, "script loaded by the page: " + bytes + " bytes");
        }
        Files.writeString(TARGET.resolve("console-timing.txt"), out.toString(), StandardCharsets.UTF_8);
        System.out.print(out);
    }
}
