package io.telesim.smpp.crash;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.telesim.billing.TestCatalogs;
import io.telesim.billing.TestNumbers;
import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineSettings;
import io.telesim.engine.NotificationSink;
import io.telesim.engine.clock.SystemClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.smpp.centre.CentreSettings;
import io.telesim.smpp.centre.ChronicleMessageJournal;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.server.EsmeAccount;
import io.telesim.smpp.server.Smsc;
import io.telesim.smpp.server.SmscSettings;

/**
 * The SMS centre as a process to be killed: the engine and the message journal on files in {@code DATA},
 * the ESME {@code bank} charged to Vera, Anna's handset switched off when asked. Prints {@code ready PORT}.
 *
 * <pre>SmscUnderKill DATA on|off</pre>
 */
public final class SmscUnderKill {

    static final long OPENING_BALANCE = 1_000_000;

    private SmscUnderKill() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        boolean annaOn = args[1].equals("on");
        Catalog catalog = TestCatalogs.standard();
        SystemClock clock = new SystemClock();
        Engine engine = Engine.open(data.resolve("engine"), catalog, clock, settings(), NotificationSink.NONE);
        for (long msisdn : new long[] {TestNumbers.ANNA, TestNumbers.VERA}) {
            engine.call(new Command().set(CommandType.PROVISION, 0, msisdn).item(catalog.tariffIndex("go")).amount(OPENING_BALANCE))
                    .get(30, TimeUnit.SECONDS);
        }
        Handsets handsets = new Handsets();
        if (!annaOn) {
            handsets.switchOff(TestNumbers.ANNA);
        }
        CentreSettings centreSettings = CentreSettings.defaults(Map.of());
        ChronicleMessageJournal journal = ChronicleMessageJournal.open(data.resolve("sms"), centreSettings.maxValidity());
        SmsCentre centre = new SmsCentre(engine, handsets, clock, centreSettings, journal);
        Smsc smsc = Smsc.start(SmscSettings.defaults(List.of(EsmeAccount.open("bank", "secret").withBillingAccount(TestNumbers.VERA)))
                .withPort(0), centre, catalog.calendar().zone());
        System.out.println("ready " + smsc.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    static EngineSettings settings() {
        return EngineSettings.defaults().withMaxAccounts(1_000).withRingSize(1024).withIdempotencyWindow(1 << 16)
                .withCheckpointInterval(Duration.ofHours(1));
    }
}
