package io.telesim.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.telesim.billing.account.Iccid;
import io.telesim.billing.catalog.Catalog;
import io.telesim.simulator.offline.Subscriber;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.TestOperators;
import picocli.CommandLine;

/** The terminal handset against a running operator, typed at as a person would. */
class HandsetCommandTest {

    private static final long ANNA = 79161000001L;

    @Test
    void theHandsetShowsTheBalanceMenusAndTheInbox() throws Exception {
        try (Operator operator = Operator.start(TestOperators.inMemory())) {
            Catalog catalog = operator.catalog();
            operator.provision(List.of(new Subscriber(ANNA, catalog.tariffIndex("payg"), 12_345, 1)));
            operator.handsets().deliver(ANNA, "3339", "Telesim code: 4711", 0);
            StringWriter screen = new StringWriter();
            CommandLine handset = new CommandLine(new HandsetCommand().readingFrom(
                    new ByteArrayInputStream("*111#\n\ninbox\nquit\n".getBytes(StandardCharsets.UTF_8))));
            handset.setOut(new PrintWriter(screen, true));

            int exit = handset.execute(Long.toString(ANNA), "--gateway", "127.0.0.1:" + operator.ussdPort());

            String shown = screen.toString();
            assertEquals(0, exit, shown);
            assertTrue(shown.contains("Balance 123.45 ₽"), shown);
            assertTrue(shown.contains("1 Tariff") && shown.contains("(hung up)"), shown);
            assertTrue(shown.contains("Inbox (1):") && shown.contains("3339: Telesim code: 4711"), shown);
        }
    }

    @Test
    void aHandsetWorksWithItsNumbersSimCardAndNotWithAnother() throws Exception {
        try (Operator operator = Operator.start(TestOperators.inMemory())) {
            operator.provision(List.of(new Subscriber(ANNA, operator.catalog().tariffIndex("payg"), 12_345, 1)));
            String gateway = "127.0.0.1:" + operator.ussdPort();
            StringWriter screen = new StringWriter();
            CommandLine own = new CommandLine(new HandsetCommand().readingFrom(new ByteArrayInputStream("quit\n".getBytes(StandardCharsets.UTF_8))));
            own.setOut(new PrintWriter(screen, true));

            int exit = own.execute(Long.toString(ANNA), "--gateway", gateway, "--iccid", Long.toString(Iccid.defaultOf(ANNA, 0)));

            assertEquals(0, exit, screen.toString());
            assertTrue(screen.toString().contains("Balance 123.45 ₽"), screen.toString());

            StringWriter errors = new StringWriter();
            CommandLine other = TelesimCommand.newCommandLine();
            other.setErr(new PrintWriter(errors, true));
            assertEquals(2, other.execute("handset", Long.toString(ANNA), "--gateway", gateway, "--iccid", Long.toString(Iccid.defaultOf(ANNA, 1))));
            assertTrue(errors.toString().contains("is not registered in the network for +7 916 100-00-01"), errors.toString());
        }
    }

    @Test
    void aMistypedSimCardIsRefusedBeforeAnythingIsAsked() {
        StringWriter errors = new StringWriter();
        CommandLine handset = TelesimCommand.newCommandLine();
        handset.setErr(new PrintWriter(errors, true));
        long card = Iccid.defaultOf(ANNA, 0);

        int exit = handset.execute("handset", Long.toString(ANNA), "--gateway", "127.0.0.1:1", "--iccid", Long.toString(card / 10 * 10 + (card + 1) % 10));

        assertEquals(2, exit);
        assertTrue(errors.toString().contains("--iccid: an ICCID is 19 digits starting 89 and ending with its Luhn check digit"),
                errors.toString());
    }

    @Test
    void aHandsetWithoutAGatewaySaysHowToStartOne() {
        StringWriter errors = new StringWriter();
        CommandLine handset = TelesimCommand.newCommandLine();
        handset.setErr(new PrintWriter(errors, true));

        int exit = handset.execute("handset", "79161000001", "--gateway", "127.0.0.1:1");

        assertEquals(2, exit);
        assertTrue(errors.toString().contains("./telesim serve"), errors.toString());
    }
}
