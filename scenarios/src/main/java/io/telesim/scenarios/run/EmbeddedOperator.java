package io.telesim.scenarios.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsmpp.bean.BindType;

import io.telesim.billing.catalog.Catalog;
import io.telesim.engine.EngineSettings;
import io.telesim.scenarios.check.AuditSource;
import io.telesim.scenarios.check.EngineAuditSource;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.check.SmsCheck;
import io.telesim.scenarios.check.SmsTally;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.EsmeLogin;
import io.telesim.scenarios.model.Traffic;
import io.telesim.scenarios.parse.LoadedScenario;
import io.telesim.scenarios.traffic.EnginePort;
import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.serve.CommandIds;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.OperatorConfig;
import io.telesim.simulator.serve.OperatorConfigLoader;
import io.telesim.simulator.serve.UssdConfig;
import io.telesim.simulator.serve.WebConfig;
import io.telesim.simulator.serve.SmscConfig;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.server.EsmeAccount;

/**
 * The whole operator in the runner's process, as {@code ./telesim serve} starts it ({@link Operator}): the engine on files
 * in a fresh data directory, the SMS centre with an SMPP server and the USSD gateway on free loopback ports. Its SMS
 * centre knows the scenario's ESMEs and a handset gateway for SMS from handsets.
 */
public final class EmbeddedOperator implements OperatorUnderTest {

    static final String HANDSET_GATEWAY = "handsets";
    private static final String HANDSET_GATEWAY_PASSWORD = "radio123";
    private static final List<Duration> RETRIES = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5));

    private final Operator operator;
    private final Path dataDirectory;
    private final Path liveState;

    private EmbeddedOperator(Operator operator, Path dataDirectory, Path liveState) {
        this.operator = operator;
        this.dataDirectory = dataDirectory;
        this.liveState = liveState;
    }

    /**
     * Starts the operator for {@code loaded} with its data in {@code dataDirectory}; the live account map and statement
     * heads go to {@code liveState} when it is not null (a memory-backed directory: see {@link EngineSettings#liveState()}).
     */
    public static EmbeddedOperator start(LoadedScenario loaded, Path dataDirectory, Path liveState) throws IOException {
        int subscribers = loaded.scenario().population().count();
        EngineSettings engine = EngineSettings.defaults().withMaxAccounts(Math.max(10_000, subscribers * 2L));
        if (liveState != null) {
            engine = engine.withLiveState(liveState);
        }
        SmscConfig smsc = new SmscConfig("127.0.0.1", 0, esmes(loaded.scenario().traffic()), null, Duration.ofHours(24), Duration.ofDays(7),
                RETRIES);
        OperatorConfig config = OperatorConfigLoader.defaults(null).withCatalog(loaded.catalog()).withDataDirectory(dataDirectory)
                .withSubscribers(List.of(), 0).withSmsc(smsc).withUssd(new UssdConfig(0, Map.of())).withWeb(WebConfig.onPort(0))
                .withEngine(engine);
        Operator operator = Operator.start(config);
        return new EmbeddedOperator(operator, dataDirectory, liveState);
    }

    /** The A2P traffic's ESMEs, each charged to its billing account, and the handset gateway. */
    private static List<EsmeAccount> esmes(List<Traffic> traffic) {
        Map<String, EsmeLogin> bySystemId = new LinkedHashMap<>();
        for (Traffic t : traffic) {
            if (t instanceof A2pTraffic a2p) {
                EsmeLogin esme = a2p.esme();
                EsmeLogin first = bySystemId.putIfAbsent(esme.systemId(), esme);
                if (first != null && !first.equals(esme)) {
                    throw new BadInputException("traffic '" + t.name() + "' describes ESME '" + esme.systemId()
                            + "' differently from an earlier traffic; describe it the same way in both");
                }
            }
        }
        List<EsmeAccount> accounts = new ArrayList<>();
        int binds = traffic.stream().filter(t -> t instanceof A2pTraffic).mapToInt(t -> ((A2pTraffic) t).binds()).sum();
        for (EsmeLogin esme : bySystemId.values()) {
            accounts.add(EsmeAccount.open(esme.systemId(), esme.password()).withBinds(Set.of(BindType.BIND_TRX), Math.max(8, binds))
                    .withBillingAccount(esme.billingAccount()).withAllowedSources(List.of(esme.source())).withMaxPerSecond(esme.maxPerSecond()));
        }
        accounts.add(EsmeAccount.open(HANDSET_GATEWAY, HANDSET_GATEWAY_PASSWORD).withBinds(Set.of(BindType.BIND_TRX), 16).asHandsetGateway());
        return accounts;
    }

    public Operator operator() {
        return operator;
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int smppPort() {
        return operator.smppPort();
    }

    @Override
    public int ussdPort() {
        return operator.ussdPort();
    }

    @Override
    public EnginePort enginePort() {
        return operator.engine()::submit;
    }

    @Override
    public SubscriberConnector connector(Catalog catalog, CommandIds ids, Ledger ledger, int expected, PrintWriter progress) {
        return new EngineConnector(enginePort(), ids, ledger);
    }

    /** The run's engine is fresh: its statements start with the opening balances the ledger holds. */
    @Override
    public List<String> opening(long[] numbers) {
        return List.of();
    }

    /** The ledger is right already: the runner asked this centre who pays for each message as it was accepted. */
    @Override
    public SmsTally sms(long[] acceptedIds, Ledger ledger) {
        return SmsCheck.tally(operator.centre(), acceptedIds);
    }

    @Override
    public AuditSource auditSource() {
        return new EngineAuditSource(operator.engine());
    }

    @Override
    public SmsCentre centre() {
        return operator.centre();
    }

    @Override
    public String[] handsetGateway() {
        return new String[] {HANDSET_GATEWAY, HANDSET_GATEWAY_PASSWORD};
    }

    @Override
    public String describe() {
        return "an embedded operator (data in " + dataDirectory + (liveState == null ? "" : ", live state in " + liveState)
                + "; SMPP 127.0.0.1:" + smppPort() + ", USSD 127.0.0.1:" + ussdPort() + ")";
    }

    @Override
    public void close() {
        operator.close();
    }

    /** Deletes a directory tree the runner made. */
    static void delete(Path directory) {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the run for
        }
    }
}
