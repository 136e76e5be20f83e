package io.telesim.simulator.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.telesim.billing.money.Money;
import io.telesim.ussd.gateway.HeadlessChromium;

/**
 * The self-service account in a real headless browser: log in with the code from the SMS inbox, top up by card
 * and see the balance change, download the statement as CSV.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserAccountTest {

    private WebFixture fixture;
    private ChromeDriver browser;

    private Path data;

    @BeforeAll
    void start(@TempDir Path directory) throws Exception {
        data = directory;
        fixture = WebFixture.start(3, data);
        browser = HeadlessChromium.start();
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", data.toString()));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        fixture.close();
    }

    @Test
    void aSubscriberLogsInWithTheCodeFromTheSmsAndSeesTheBalance() throws Exception {
        long number = WebFixture.FIRST;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        BrowserLogin.logIn(browser, fixture, number, "8 916 100-00-01");

        long balance = fixture.operator().engine().read(number).get().balance();
        assertEquals(Money.format(balance), browser.findElement(By.id("balance")).getText());

        browser.findElement(By.linkText("Money")).click();
        wait.until(ExpectedConditions.urlContains("/account/" + number + "/money"));
        browser.findElement(By.id("card-number")).sendKeys("4111 1111 1111 1111");
        browser.findElement(By.id("card-expiry")).sendKeys("12/39");
        browser.findElement(By.id("card-cvc")).sendKeys("123");
        browser.findElement(By.id("top-up-amount")).sendKeys("250");
        browser.findElement(By.id("pay")).click();
        String toppedUp = Money.format(balance + 25_000);
        wait.until(ExpectedConditions.textToBe(By.id("balance"), toppedUp));
        assertEquals(balance + 25_000, fixture.operator().engine().read(number).get().balance());

        browser.findElement(By.linkText("Statement")).click();
        wait.until(ExpectedConditions.urlContains("/account/" + number + "/statement"));
        browser.findElement(By.id("csv-link")).click();
        Path csv = awaitDownload(number);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.stream().anyMatch(line -> line.contains("top-up") && line.contains("250.00")), String.join("\n", lines));
    }

    /** The statement CSV of {@code number} once the browser has finished downloading it. */
    private Path awaitDownload(long number) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(data)) {
                var done = files.filter(file -> file.getFileName().toString().matches("statement-" + number + "-.*\\.csv")).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no statement CSV was downloaded in 10 s");
    }
}
