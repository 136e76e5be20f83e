package io.telesim.simulator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.simulator.catalog.CatalogLoader;
import io.telesim.simulator.offline.Subscriber;

class DemoSubscribersTest {

    /** The first day of a billing month in the operator's zone (+03:00): the month's fee is then the whole fee. */
    private static final Instant FIRST_OF_MARCH = Instant.parse("2026-02-28T21:00:00Z");

    @TempDir
    Path dir;

    @Test
    void numbersTariffsAndBalancesFollowASimpleRule() {
        Catalog catalog = CatalogLoader.loadDefault();

        List<Subscriber> demo = DemoSubscribers.of(12, catalog);

        assertEquals(List.of(79161000001L, 79161000002L, 79161000003L, 79161000004L, 79161000005L, 79161000006L),
                demo.subList(0, 6).stream().map(Subscriber::msisdn).toList());
        assertEquals(79161000012L, demo.get(11).msisdn());
        assertEquals(List.of("smart", "family", "home", "daily", "payg", "smart", "family"),
                demo.subList(0, 7).stream().map(s -> catalog.tariff(s.tariff()).id()).toList());
        // 100 ₽ times the last digit, plus the first fee: a month of smart (550 ₽), of family (890 ₽), a day of daily (16 ₽)
        assertEquals(10_000 + 55_000, demo.get(0).openingBalance());
        assertEquals(20_000 + 89_000, demo.get(1).openingBalance());
        assertEquals(40_000 + 1_600, demo.get(3).openingBalance());
        assertEquals(50_000, demo.get(4).openingBalance(), "payg has no fee");
        assertEquals(100_000, demo.get(9).openingBalance(), "number 10 ends in 0, which counts as 10; payg again");
        assertEquals(10_000 + 55_000, demo.get(10).openingBalance(), "number 11 starts the digits again: smart");
        assertEquals(79161001000L, DemoSubscribers.number(1_000));
        assertThrows(IllegalArgumentException.class, () -> DemoSubscribers.of(DemoSubscribers.MAX_COUNT + 1, catalog));
    }

    @Test
    void demoSubscribersAreConnectedOnceAndTheirBalancesSurviveARestart() throws Exception {
        OperatorConfig config = TestOperators.inMemory().withDataDirectory(dir.resolve("data"))
                .withSubscribers(List.of(), 1_000).withClock(new ClockConfig(true, FIRST_OF_MARCH, 1));
        try (Operator operator = Operator.start(config)) {
            assertEquals(new ProvisionedSubscribers(0, 0, 1_000, 1_000), operator.provisioned());
            Engine engine = operator.engine();
            assertEquals(1_000L, engine.query(view -> view.subscriberCount()).get(10, TimeUnit.SECONDS));
            for (int n : new int[] {1, 2, 3, 4, 5, 9, 10, 11, 999, 1_000}) {
                assertEquals(DemoSubscribers.balanceAfterFirstFee(n), balance(engine, DemoSubscribers.number(n)), "demo subscriber " + n);
            }
            assertEquals(Outcome.OK, engine.call(new Command().set(CommandType.TOP_UP, 1, DemoSubscribers.number(7)).amount(5_000))
                    .get(10, TimeUnit.SECONDS).outcome());
        }

        try (Operator operator = Operator.start(config)) {
            assertEquals(new ProvisionedSubscribers(0, 0, 1_000, 0), operator.provisioned(), "none connected twice");
            Engine engine = operator.engine();
            assertEquals(1_000L, engine.query(view -> view.subscriberCount()).get(10, TimeUnit.SECONDS));
            assertEquals(70_000 + 5_000, balance(engine, DemoSubscribers.number(7)), "the top-up of the first run is kept");
            assertEquals(DemoSubscribers.balanceAfterFirstFee(8), balance(engine, DemoSubscribers.number(8)), "no balance reset");
        }
    }

    private static long balance(Engine engine, long msisdn) throws Exception {
        return engine.read(msisdn).get(10, TimeUnit.SECONDS).balance();
    }
}
