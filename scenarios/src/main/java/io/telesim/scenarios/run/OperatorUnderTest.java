package io.telesim.scenarios.run;

import java.io.PrintWriter;
import java.util.List;

import io.telesim.billing.catalog.Catalog;
import io.telesim.scenarios.check.AuditSource;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.check.SmsTally;
import io.telesim.scenarios.traffic.EnginePort;
import io.telesim.simulator.serve.CommandIds;
import io.telesim.smpp.centre.SmsCentre;

/**
 * The operator a run drives: embedded in the runner's process, or already running elsewhere ({@code --target}). The
 * SMPP and USSD interfaces are reached over their ports either way; the engine's network-element API, the subscribers'
 * connection and the state the invariants read in the process, or through the running one's admin API.
 */
public interface OperatorUnderTest extends AutoCloseable {

    String host();

    int smppPort();

    int ussdPort();

    /** The engine's network-element API. */
    EnginePort enginePort();

    /** How this run's numbers are connected; {@code expected} numbers, with progress lines on {@code progress} (may be null). */
    SubscriberConnector connector(Catalog catalog, CommandIds ids, Ledger ledger, int expected, PrintWriter progress);

    /**
     * Notes how {@code numbers} stand before the traffic, for the audit to start from; returns what is wrong with them
     * (numbers there before the run in another state than the scenario expects), empty when all is well.
     */
    List<String> opening(long[] numbers);

    /** Where the audit reads accounts and statements. */
    AuditSource auditSource();

    /**
     * What became of the SMS the run's binds had accepted; where the operator charged them otherwise than the runner
     * expected (an undeliverable message is charged to nobody), settles the ledger's events to what it did.
     */
    SmsTally sms(long[] acceptedIds, Ledger ledger);

    /** The SMS centre, or null for a remote target. */
    SmsCentre centre();

    /** The system_id and password of an SMPP handset gateway ESME, or null when the operator has none the runner knows. */
    String[] handsetGateway();

    /** One line: what it is and where. */
    String describe();

    @Override
    void close();
}
