package org.voipgw.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.io.IOException;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (Selenium never downloads a
 * browser here: PITFALLS.md). Waits are bounded conditions, never sleeps.
 */
final class Browser implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    final WebDriver driver;
    private final Path profile;

    Browser() throws IOException {
        Path chromium = Peers.require("/usr/bin/chromium", "chromium");
        Path chromedriver = Peers.require("/usr/bin/chromedriver", "chromium-driver");
        profile = Files.createTempDirectory("voipgw-chromium-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--user-data-dir=" + profile, "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    <T> T waitFor(Function<WebDriver, T> condition) {
        try {
            return new WebDriverWait(driver, WAIT).until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out on " + driver.getCurrentUrl() + "; the page says:\n"
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    /** Waits until {@code css} carries {@code data-state="state"} (the page refreshes itself). */
    void waitForState(String css, String state) {
        waitFor(d -> {
            try {
                var els = d.findElements(By.cssSelector(css));
                return !els.isEmpty() && state.equals(els.get(0).getDomAttribute("data-state")) ? Boolean.TRUE : null;
            } catch (org.openqa.selenium.StaleElementReferenceException swapped) {
                return null; // the page's live refresh replaced it: look again
            }
        });
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    void submit(String css) {
        WebElement button = find(css);
        button.click();
        waitFor(d -> {
            try {
                button.isEnabled();
                return null; // still the old page
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return Boolean.TRUE;
            } catch (org.openqa.selenium.WebDriverException e) {
                // chromedriver's words for a node of a page that was just replaced
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return Boolean.TRUE;
                }
                throw e;
            }
        });
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(file, png);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
