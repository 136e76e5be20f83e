package io.telesim.benchmarks.smpp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.telesim.benchmarks.engine.BenchEngines;
import io.telesim.benchmarks.engine.Subscribers;
import io.telesim.engine.Engine;
import io.telesim.engine.clock.SimulatedClock;
import io.telesim.engine.handset.Handsets;
import io.telesim.smpp.centre.CentreSettings;
import io.telesim.smpp.centre.ChronicleMessageJournal;
import io.telesim.smpp.centre.MessageJournal;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.server.EsmeAccount;
import io.telesim.smpp.server.Smsc;
import io.telesim.smpp.server.SmscSettings;

/**
 * Telesim's SMS centre as the benchmark loads it: the engine on files in a fresh data directory (journal and
 * statements on, fsync none, as the engine benchmark's default) with 1,000,000 subscribers, the SMS centre with
 * the SMS centre's message journal on ({@code -Dtelesim.smsJournal=off} leaves it out), the ESME {@code bench} charged to the first subscriber (A2P: every message is rated and charged), and the SMPP
 * server on a free loopback port. Every message is rated, stored, delivered to a handset's inbox and, when asked,
 * receipted.
 */
final class TelesimSmsc implements BenchmarkSmsc {

    private static final int SUBSCRIBERS = 1_000_000;

    private final Path data;
    private final Engine engine;
    private final SmsCentre centre;
    private final MessageJournal journal;
    private final Smsc smsc;

    private TelesimSmsc(Path data, Engine engine, SmsCentre centre, MessageJournal journal, Smsc smsc) {
        this.data = data;
        this.journal = journal;
        this.engine = engine;
        this.centre = centre;
        this.smsc = smsc;
    }

    static TelesimSmsc start(boolean receipts) throws Exception {
        Path data = BenchEngines.newDataDirectory("smpp");
        Engine engine = BenchEngines.open(data, BenchEngines.settings(1 << 16, System.getProperty("telesim.wait", "blocking"), "NONE")
                .withMaxAccounts(SUBSCRIBERS + 1_000L));
        long started = System.nanoTime();
        Subscribers.provision(engine, SUBSCRIBERS);
        System.out.printf("telesim: %,d subscribers provisioned in %.1f s%n", SUBSCRIBERS, (System.nanoTime() - started) / 1e9);
        EsmeAccount bench = EsmeAccount.open("bench", "bench").withBillingAccount(Subscribers.msisdnOf(0));
        SmscSettings defaults = SmscSettings.defaults(List.of(bench)).withPort(0);
        SmscSettings settings = new SmscSettings(defaults.host(), 0, defaults.accounts(),
                Integer.getInteger("telesim.smpp.ioThreads", defaults.ioThreads()),
                Integer.getInteger("telesim.smpp.receiptWindow", defaults.receiptWindow()), defaults.freeBindFailures(),
                defaults.maxBindDelay(), defaults.bindTimeout(), defaults.idleTimeout());
        CentreSettings centreSettings = CentreSettings.defaults(Map.of());
        boolean journaled = !"off".equals(System.getProperty("telesim.smsJournal", "on"));
        MessageJournal journal = journaled ? ChronicleMessageJournal.open(data.resolve("sms"), centreSettings.maxValidity()) : MessageJournal.NONE;
        System.out.println("telesim: SMS message journal " + (journaled ? "on" : "off"));
        SmsCentre centre = new SmsCentre(engine, new Handsets(), new SimulatedClock(BenchEngines.START.toEpochMilli(), 1.0), centreSettings,
                journal);
        Smsc smsc = Smsc.start(settings, centre, engine.catalog().calendar().zone());
        return new TelesimSmsc(data, engine, centre, journal, smsc);
    }

    @Override
    public int port() {
        return smsc.port();
    }

    @Override
    public void close() throws IOException {
        System.out.println("telesim: " + centre.stats());
        smsc.close();
        journal.close();
        engine.close();
        BenchEngines.delete(data);
    }
}
