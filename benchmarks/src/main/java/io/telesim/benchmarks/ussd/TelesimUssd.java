package io.telesim.benchmarks.ussd;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import io.telesim.benchmarks.engine.BenchEngines;
import io.telesim.benchmarks.engine.Subscribers;
import io.telesim.engine.Engine;
import io.telesim.engine.handset.Handsets;
import io.telesim.ussd.builtin.BuiltinServices;
import io.telesim.ussd.gateway.UssdGateway;
import io.telesim.ussd.gateway.UssdSettings;
import io.telesim.ussd.route.UssdRoutes;

/**
 * The USSD gateway as the benchmark loads it: the engine on files in a fresh data directory (journal and statements
 * on, fsync none, ring of 65,536, as the SMPP benchmark opens it) with {@value #SUBSCRIBERS} subscribers, the
 * built-in services on every code they answer, and {@link UssdGateway} on a free loopback port with its defaults
 * but two limits raised: {@value #MAX_SESSIONS} sessions and {@value #DIALS_PER_MINUTE} dials per number a minute
 * (the default, 10, would refuse a handset that dials several times a second).
 */
final class TelesimUssd implements UssdTarget {

    static final int SUBSCRIBERS = 100_000;
    static final int MAX_SESSIONS = 1_000_000;
    static final int DIALS_PER_MINUTE = 1_000_000_000;

    private final Path data;
    private final Engine engine;
    private final UssdGateway gateway;

    private TelesimUssd(Path data, Engine engine, UssdGateway gateway) {
        this.data = data;
        this.engine = engine;
        this.gateway = gateway;
    }

    static TelesimUssd start() throws Exception {
        Path data = BenchEngines.newDataDirectory("ussd");
        Engine engine = BenchEngines.open(data, BenchEngines.settings(1 << 16, System.getProperty("telesim.wait", "blocking"), "NONE")
                .withMaxAccounts(SUBSCRIBERS + 1_000L));
        long started = System.nanoTime();
        AtomicLong commandIds = new AtomicLong(Subscribers.provision(engine, SUBSCRIBERS));
        System.out.printf("telesim: %,d subscribers provisioned in %.1f s%n", SUBSCRIBERS, (System.nanoTime() - started) / 1e9);
        BuiltinServices builtins = new BuiltinServices(engine, commandIds::getAndIncrement);
        UssdRoutes routes = new UssdRoutes();
        builtins.exactCodes().forEach(routes::exact);
        builtins.prefixes().forEach(routes::prefix);
        UssdSettings defaults = UssdSettings.defaults();
        UssdSettings settings = new UssdSettings("127.0.0.1", 0, defaults.screenTimeout(), defaults.sessionTimeout(), MAX_SESSIONS,
                DIALS_PER_MINUTE, defaults.appTimeout(), defaults.networkCode());
        UssdGateway gateway = UssdGateway.start(settings, routes, new Handsets());
        return new TelesimUssd(data, engine, gateway);
    }

    @Override
    public int port() {
        return gateway.port();
    }

    @Override
    public SessionScript script() {
        return SessionScript.bonusPointsAndBack();
    }

    @Override
    public String stats() {
        return "telesim: " + gateway.sessions().openSessions() + " sessions open; engine " + engine.status();
    }

    @Override
    public void close() {
        gateway.close();
        engine.close();
        BenchEngines.delete(data);
    }
}
