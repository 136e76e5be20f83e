package io.telesim.ussd.gateway;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestTimes;
import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.clock.ManualClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.ussd.builtin.BuiltinServices;
import io.telesim.ussd.route.UssdRoutes;

/** The web handset in a real headless browser, against the gateway, the built-in services and an in-memory engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebHandsetTest {

    private static final long STARTING_BALANCE = 50_000;
    private static final String FAVOURITES = "*111*42#";

    private final Catalog catalog = TestCatalogs.standard();
    private final AtomicLong commandIds = new AtomicLong(1);
    private ChromeDriver browser;
    private Engine engine;
    private Handsets handsets;
    private UssdGateway gateway;

    @BeforeAll
    void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void startOperator() {
        engine = Engine.inMemory(catalog, new ManualClock(TestTimes.MID_MARCH),
                EngineSettings.defaults().withMaxAccounts(1000).withRingSize(1024), NotificationSink.NONE);
        BuiltinServices services = new BuiltinServices(engine, commandIds::getAndIncrement);
        UssdRoutes routes = new UssdRoutes();
        services.exactCodes().forEach(routes::exact);
        services.prefixes().forEach(routes::prefix);
        handsets = new Handsets();
        gateway = UssdGateway.start(UssdSettings.defaults().withPort(0), routes, handsets);
        provision(ANNA);
        provision(BORIS);
    }

    @AfterEach
    void stopOperator() {
        gateway.close();
        engine.close();
    }

    @Test
    void shouldShowTheBalanceOnTheScreenAndAboveIt() {
        BrowserPhone anna = open(ANNA).get(0);
        assertEquals("+7 916 000-00-01", anna.number());

        anna.dial("*100#").awaitScreen("Balance 500.00 ₽\nLeft: 0 min, 0 SMS, 0 MB\nTariff Go (per second)");

        assertEquals("Balance: 500.00 ₽", anna.balance());
        assertFalse(anna.sessionOpen(), "*100# answers with one last screen");
    }

    @Test
    void shouldConnectAServiceThroughTheMenuAndShowTheBalanceItLeft() {
        BrowserPhone anna = open(ANNA).get(0);
        int favourites = catalog.serviceByUssdCode(FAVOURITES);

        anna.dial("*111#").awaitScreenStartingWith("Telesim\n1 Tariff\n2 Services\n");
        assertTrue(anna.sessionOpen());
        String services = anna.dial("2").awaitScreenStartingWith("Services:\n");
        assertTrue(services.contains("\n" + (favourites + 1) + " Favourite numbers: off\n"), services);
        anna.dial(Integer.toString(favourites + 1)).awaitScreen("Connect Favourite numbers (50.00 ₽/month, 30.00 ₽ to connect)?\n1 Yes\n2 No");
        String connected = anna.dial("1").awaitScreenStartingWith("Favourite numbers is connected.\nBalance ");

        long balance = await(engine.read(ANNA)).balance();
        assertTrue(balance < STARTING_BALANCE, "the connection was charged: " + Money.format(balance));
        assertEquals("Favourite numbers is connected.\nBalance " + Money.format(balance), connected);
        assertEquals("Balance: " + Money.format(balance), anna.balance());
        assertTrue(account(ANNA).hasService(favourites));
        assertFalse(anna.sessionOpen());

        anna.pressBalanceButton();
        anna.awaitScreenStartingWith("Balance " + Money.format(balance) + "\n");
    }

    @Test
    void shouldShowEachSmsInTheInboxOfItsPhoneAsItArrivesNewestFirst() {
        List<BrowserPhone> phones = open(ANNA, BORIS);
        BrowserPhone anna = phones.get(0);
        BrowserPhone boris = phones.get(1);
        awaitSocketAttached(ANNA);
        ((JavascriptExecutor) browser).executeScript("window.sameLoad = true");

        handsets.deliver(ANNA, "79160000002", "Lunch at one?", TestTimes.MID_MARCH);
        assertEquals(List.of("Lunch at one?"), anna.awaitInbox(1));
        handsets.deliver(ANNA, "Telesim", "Your bonus points are in", TestTimes.MID_MARCH + 60_000);
        assertEquals(List.of("Your bonus points are in", "Lunch at one?"), anna.awaitInbox(2));

        assertEquals(List.of("Telesim", "79160000002"), anna.inboxSenders());
        assertEquals(List.of(), boris.awaitInbox(0));
        assertEquals(Boolean.TRUE, ((JavascriptExecutor) browser).executeScript("return window.sameLoad"), "the page was not reloaded");
    }

    @Test
    void shouldServeThePageAndItsOwnFilesOnly() {
        HandsetClient client = new HandsetClient(gateway.port());

        HttpResponse<String> page = client.send("GET", "/handset?numbers=79160000001", null).join();
        assertEquals(200, page.statusCode());
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(page.body().contains("<script src=\"/handset/handset.js\""));
        assertEquals("text/javascript; charset=utf-8",
                client.send("GET", "/handset/handset.js", null).join().headers().firstValue("Content-Type").orElseThrow());
        assertEquals(200, client.send("GET", "/handset/handset.css", null).join().statusCode());

        assertEquals(404, client.send("GET", "/handset/pom.xml", null).join().statusCode());
        assertEquals(404, client.send("GET", "/handset/../handset/handset.js", null).join().statusCode());
        assertEquals(405, client.send("POST", "/handset", "{}").join().statusCode());
    }

    /** Opens the handset page with a phone for each of {@code numbers}. */
    private List<BrowserPhone> open(long... numbers) {
        StringBuilder query = new StringBuilder();
        for (long number : numbers) {
            query.append(query.length() == 0 ? "" : ",").append(number);
        }
        browser.get("http://127.0.0.1:" + gateway.port() + "/handset?numbers=" + query);
        List<BrowserPhone> phones = new ArrayList<>();
        for (long number : numbers) {
            phones.add(new BrowserPhone(browser, number).awaitReady());
        }
        return phones;
    }

    /**
     * The gateway attaches a socket just after the browser sees it open; the network screen this pushes
     * is shown once it has.
     */
    private void awaitSocketAttached(long msisdn) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> gateway.push(msisdn, "Welcome to Telesim") > 0);
        new BrowserPhone(browser, msisdn).awaitScreen("Welcome to Telesim");
    }

    private void provision(long msisdn) {
        Command command = new Command().set(CommandType.PROVISION, commandIds.getAndIncrement(), msisdn)
                .item(catalog.tariffIndex("go")).amount(STARTING_BALANCE);
        assertEquals(Outcome.OK, await(engine.call(command)).outcome(), () -> "provisioning " + msisdn);
    }

    private AccountRecord account(long msisdn) {
        AccountRecord copy = AccountRecord.onHeap();
        assertEquals(Boolean.TRUE, await(engine.query(view -> view.account(msisdn, copy))), () -> "no account " + msisdn);
        return copy;
    }

    private static <T> T await(CompletableFuture<T> answer) {
        try {
            return answer.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the engine did not answer", e);
        }
    }
}
