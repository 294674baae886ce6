package org.relief.server.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * (written to {@code target/console-timing.txt}, never asserted). Screenshots of each page under
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
        assertEquals(List.of("#/calculator", "#/standards"), browser.driver.findElements(By.cssSelector("#nav a")).stream()
                .map(a -> a.getAttribute("href").replaceAll("^.*(#/.*)$", "$1")).toList(), "no link to a page that does not exist");
    }

    @Test
    void atAPhoneWidth_nothingScrollsSideways() {
        for (String page : List.of("calculator", "standards", "login")) {
            open(page);
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
    }

    @Test
    void firstPaint_measuredOnceByNavigationTiming_andThePageLoadsUnder200KBOfScript() throws Exception {
        StringBuilder out = new StringBuilder("# the console's first paint on the loopback, Navigation and Paint Timing"
                + " of headless Chromium (ms since navigation start); not asserted\n");
        for (String load : List.of("first", "second")) {
            browser.size(Browser.DESKTOP);
            browser.open(base + "/console/#/calculator");
            browser.wait.until(d -> browser.js("return performance.getEntriesByName('relief-ready').length") instanceof Long l && l > 0);
            @SuppressWarnings("unchecked")
            Map<String, Object> t = (Map<String, Object>) browser.js("const n = performance.getEntriesByType('navigation')[0];"
                    + "const p = Object.fromEntries(performance.getEntriesByType('paint').map(e => [e.name, e.startTime]));"
                    + "const s = performance.getEntriesByType('resource').filter(r => r.initiatorType === 'script'"
                    + " || r.name.endsWith('.js'));"
                    + "return {responseEnd: n.responseEnd, domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd,"
                    + " firstPaint: p['first-paint'], firstContentfulPaint: p['first-contentful-paint'],"
                    + " ready: performance.getEntriesByName('relief-ready')[0].startTime,"
                    + " scripts: s.length, scriptBytes: s.reduce((a, r) => a + r.decodedBodySize, 0)};");
            out.append(load).append(" load: ").append(t).append('\n');
            long bytes = ((Number) t.get("scriptBytes")).longValue();
            assertTrue(bytes > 10_000 && bytes < 200 * 1024, "script loaded by the page: " + bytes + " bytes");
        }
        Files.writeString(TARGET.resolve("console-timing.txt"), out.toString(), StandardCharsets.UTF_8);
        System.out.print(out);
    }
}
