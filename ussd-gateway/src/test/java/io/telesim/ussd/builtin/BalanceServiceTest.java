package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.engine.CommandType;
import io.telesim.engine.EngineBusyException;
import io.telesim.engine.ReplySnapshot;
import io.telesim.ussd.app.UssdCode;
import io.telesim.ussd.app.UssdRequest;

class BalanceServiceTest {

    private final BuiltinFixture fixture = new BuiltinFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldShowBalanceBundlesAndTariffOnOneLastScreen() {
        fixture.provision(ANNA, "smart", 100_000);
        ReplySnapshot account = fixture.read(ANNA);

        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*100#");

        assertTrue(handset.ended());
        assertEquals("Balance " + Wording.money(account.balance()) + "\nLeft: " + account.voiceLeft() / 60 + " min, "
                + account.smsLeft() + " SMS, " + account.dataLeft() / (1 << 20) + " MB\nTariff Smart", handset.text());
    }

    @Test
    void shouldShowExactFiguresOnPayAsYouGo() {
        fixture.provision(ANNA, "go", 12_345);

        assertEquals("Balance 123.45 ₽\nLeft: 0 min, 0 SMS, 0 MB\nTariff Go (per second)", fixture.dial(ANNA, "*100#").text());
    }

    @Test
    void shouldSayWhenTheNumberIsBlocked() {
        fixture.provision(ANNA, "go", 5_000);
        fixture.call(CommandType.BLOCK, ANNA, command -> command);

        assertTrue(fixture.dial(ANNA, "*100#").text().endsWith("\nNumber blocked at the subscriber's request"));
    }

    @Test
    void shouldTellANumberThatIsNotOursSo() {
        BuiltinFixture.Handset handset = fixture.dial(BORIS, "*100#");

        assertTrue(handset.ended());
        assertEquals("The number is not a subscriber of this network.", handset.text());
    }

    @Test
    void shouldLetTheEnginesBusyRefusalReachTheGateway() {
        fixture.provision(ANNA, "go", 5_000);
        fixture.close();

        var start = fixture.services.find(UssdCode.parse("*100#")).orElseThrow()
                .open(new UssdRequest("s1", ANNA, UssdCode.parse("*100#"))).start().toCompletableFuture();

        ExecutionException failure = assertThrows(ExecutionException.class, start::get);
        assertInstanceOf(EngineBusyException.class, failure.getCause());
    }
}
