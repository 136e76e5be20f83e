package io.telesim.ussd.gateway;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One phone of the web handset page, as a user works it: keys pressed, screens and inbox read. */
final class BrowserPhone {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final WebDriver browser;
    private final String msisdn;
    private final WebDriverWait wait;

    BrowserPhone(WebDriver browser, long msisdn) {
        this.browser = browser;
        this.msisdn = Long.toString(msisdn);
        this.wait = new WebDriverWait(browser, PATIENCE);
    }

    /** Waits until the phone is on the page with its socket open and its inbox loaded. */
    BrowserPhone awaitReady() {
        wait.until(ExpectedConditions.attributeToBe(phone(), "data-link", "open"));
        wait.until(ExpectedConditions.attributeToBe(phone(), "data-inbox", "loaded"));
        return this;
    }

    /** Presses each key of {@code keys} on the keypad, then the call key. */
    BrowserPhone dial(String keys) {
        for (char key : keys.toCharArray()) {
            part("[data-key='" + key + "']").click();
        }
        part(".call").click();
        return this;
    }

    void pressBalanceButton() {
        part(".ask-balance").click();
    }

    /** Waits until the screen shows exactly {@code text}. */
    BrowserPhone awaitScreen(String text) {
        wait.until(ExpectedConditions.textToBe(inside(".screen"), text));
        return this;
    }

    /** Waits until the screen begins with {@code text}, and returns the whole screen. */
    String awaitScreenStartingWith(String text) {
        wait.until(driver -> part(".screen").getText().startsWith(text));
        return part(".screen").getText();
    }

    String number() {
        return part(".number").getText();
    }

    String balance() {
        return part(".balance").getText();
    }

    boolean sessionOpen() {
        return "open".equals(browser.findElement(phone()).getDomAttribute("data-session"));
    }

    /** Waits until the inbox lists {@code count} messages, and returns their texts, newest first. */
    List<String> awaitInbox(int count) {
        wait.until(ExpectedConditions.numberOfElementsToBe(inside(".inbox li"), count));
        return browser.findElements(inside(".inbox li .text")).stream().map(WebElement::getText).toList();
    }

    List<String> inboxSenders() {
        return browser.findElements(inside(".inbox li .from")).stream().map(WebElement::getText).toList();
    }

    private WebElement part(String selector) {
        return browser.findElement(inside(selector));
    }

    private By inside(String selector) {
        return By.cssSelector(".phone[data-msisdn='" + msisdn + "'] " + selector);
    }

    private By phone() {
        return By.cssSelector(".phone[data-msisdn='" + msisdn + "']");
    }
}
