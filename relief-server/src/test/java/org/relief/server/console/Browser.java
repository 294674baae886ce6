package org.relief.server.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's ChromeDriver: both paths set explicitly, so that Selenium
 * Manager is never asked to find (or download) a browser or a driver; headless, no sandbox (CI runs
 * as root), no background networking, a fresh profile per run.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 800);
    static final Dimension PHONE = new Dimension(390, 844);

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path screenshots;

    /** Whether this machine has both (the test is skipped otherwise, with a message saying how to get them). */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser(Path profile, Path screenshots, Path driverLog) {
        this.screenshots = screenshots;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height, "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(driverLog.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Loads a page afresh (via about:blank, so that a change of hash alone still reloads) and waits for the console. */
    void open(String url) {
        driver.get("about:blank");
        driver.get(url);
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body && document.body.dataset.ready")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The control (input or select) of the field of a request path. */
    WebElement control(String path) {
        return driver.findElement(By.cssSelector("[data-path='" + path + "'] input, [data-path='" + path + "'] select"));
    }

    /** The wrapper of the field of a request path. */
    WebElement field(String path) {
        return driver.findElement(By.cssSelector("[data-path='" + path + "']"));
    }

    void type(String path, String text) {
        WebElement c = control(path);
        c.clear();
        c.sendKeys(text);
    }

    void size(Dimension d) {
        driver.manage().window().setSize(d);
    }

    /** Saves a screenshot of the viewport as {@code target/console-screenshots/<name>.png}. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path to = screenshots.resolve(name + ".png");
            Files.write(to, driver.getScreenshotAs(OutputType.BYTES));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
