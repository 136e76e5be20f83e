package io.telesim.simulator.web.business;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.telesim.billing.account.AccountStatus;
import io.telesim.simulator.web.BrowserLogin;
import io.telesim.simulator.web.WebFixture;
import io.telesim.ussd.gateway.HeadlessChromium;

/**
 * A company administrator in a real headless browser: logs in with the code from the SMS, opens the company page and
 * blocks a whole branch with the bulk operation form, sees each number's result, then makes a custom role from
 * permission checkboxes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserBulkOperationTest {

    private static final long ADMINISTRATOR = WebFixture.FIRST + 1;
    private BusinessFixture fixture;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        fixture = BusinessFixture.start(40);
        // A second administrator, who has not logged in yet (the fixture's own just did, and codes are rate limited).
        BusinessFixture.ok(fixture.user(BusinessFixture.ADMIN).post(fixture.api("/users"), "{\"number\":\"" + ADMINISTRATOR
                + "\",\"name\":\"Anna\",\"roleId\":\"administrator\"}"), 200);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        fixture.close();
    }

    @Test
    void anAdministratorBlocksABranchAndSeesEveryNumbersResult() throws Exception {
        long admin = ADMINISTRATOR;
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        BrowserLogin.logIn(browser, fixture.web, admin, Long.toString(admin));

        browser.get(fixture.web.baseUrl() + "/business");
        wait.until(ExpectedConditions.urlContains("/business/" + fixture.company));
        new Select(browser.findElement(By.id("bulk-operation"))).selectByValue("block");
        new Select(browser.findElement(By.id("bulk-branch"))).selectByValue(fixture.spb);
        browser.findElement(By.id("bulk-run")).click();

        long last = BusinessFixture.SPB_FIRST + BusinessFixture.PER_BRANCH - 1;
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-" + last)));
        assertEquals(BusinessFixture.PER_BRANCH + " / " + BusinessFixture.PER_BRANCH, browser.findElement(By.id("bulk-summary")).getText());
        for (long number = BusinessFixture.SPB_FIRST; number <= last; number++) {
            assertEquals("ok", browser.findElement(By.id("result-" + number)).getAttribute("class"));
            assertEquals(AccountStatus.BLOCKED_VOLUNTARY, fixture.web.operator().engine().read(number).get().status());
        }
        assertEquals(AccountStatus.ACTIVE, fixture.web.operator().engine().read(BusinessFixture.MOSCOW_FIRST).get().status());

        browser.findElement(By.linkText("Users and roles")).click();
        wait.until(ExpectedConditions.urlContains("/business/" + fixture.company + "/users"));
        browser.findElement(By.id("role-name")).sendKeys("Notifier");
        browser.findElement(By.id("permission-VIEW")).click();
        browser.findElement(By.id("permission-SMS")).click();
        browser.findElement(By.id("role-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("role-r1")));
        assertEquals("Notifier VIEW, SMS", browser.findElement(By.id("role-r1")).getText());
    }
}
