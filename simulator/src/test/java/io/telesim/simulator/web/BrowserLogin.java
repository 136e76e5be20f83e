package io.telesim.simulator.web;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logs a browser in as a person does: the number typed on the login page, the code read from the SMS it gets. */
public final class BrowserLogin {

    private BrowserLogin() {
    }

    /** Logs in as {@code number}, typed as {@code typed}, and waits for the account's overview. */
    public static void logIn(WebDriver browser, WebFixture fixture, long number, String typed) throws InterruptedException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get(fixture.baseUrl() + "/login?lang=en");
        long lastSms = fixture.lastSmsId(number);
        browser.findElement(By.id("number")).sendKeys(typed);
        browser.findElement(By.id("get-code")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("code")));
        browser.findElement(By.id("code")).sendKeys(ApiClient.codeIn(fixture.awaitSms(number, "3339", lastSms).text()));
        browser.findElement(By.id("login")).click();
        wait.until(ExpectedConditions.urlContains("/account/" + number));
    }
}
