package io.telesim.scenarios.run;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import io.telesim.billing.catalog.Catalog;
import io.telesim.scenarios.check.AuditSource;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.check.SmsTally;
import io.telesim.scenarios.remote.AdminApi;
import io.telesim.scenarios.remote.RemoteEngine;
import io.telesim.scenarios.remote.RemoteSms;
import io.telesim.scenarios.remote.RemoteStatements;
import io.telesim.scenarios.remote.RemoteSubscribers;
import io.telesim.scenarios.traffic.EnginePort;
import io.telesim.simulator.serve.CommandIds;
import io.telesim.smpp.centre.SmsCentre;

/**
 * An operator already running at the {@link Target} ({@code ./telesim serve} or another build): SMPP and USSD over their
 * ports, and the rest through its admin API with its token: the engine's commands ({@code POST /admin/commands}), the
 * subscribers' connection ({@code POST /admin/subscribers}) and the audit's accounts and statements, read from an opening
 * snapshot ({@code POST /admin/statements/bulk}) and the SMS centre's message states ({@code POST /admin/sms/bulk}). SMS
 * from handsets go through its handset gateway ESME when the target names one.
 */
public final class RemoteOperator implements OperatorUnderTest {

    private final Target target;
    private final AdminApi api;
    private final RemoteEngine engine;
    private final RemoteStatements statements;
    private RemoteSubscribers subscribers;

    private RemoteOperator(Target target, AdminApi api) {
        this.target = target;
        this.api = api;
        this.engine = new RemoteEngine(api);
        this.statements = new RemoteStatements(api);
    }

    /** Reaches the admin API of {@code target} and checks its token; an {@code AdminApiException} says why it cannot. */
    public static RemoteOperator connect(Target target) {
        return new RemoteOperator(target, AdminApi.open(target.host(), target.webPort(), target.adminToken()));
    }

    @Override
    public String host() {
        return target.host();
    }

    @Override
    public int smppPort() {
        return target.smppPort();
    }

    @Override
    public int ussdPort() {
        return target.ussdPort();
    }

    @Override
    public EnginePort enginePort() {
        return engine;
    }

    @Override
    public SubscriberConnector connector(Catalog catalog, CommandIds ids, Ledger ledger, int expected, PrintWriter progress) {
        subscribers = new RemoteSubscribers(api, catalog, expected, progress);
        return subscribers;
    }

    @Override
    public List<String> opening(long[] numbers) {
        return statements.snapshot(numbers, subscribers == null ? Map.of() : subscribers.existing());
    }

    @Override
    public SmsTally sms(long[] acceptedIds, Ledger ledger) {
        return new RemoteSms(api).settle(acceptedIds, ledger);
    }

    @Override
    public AuditSource auditSource() {
        return statements;
    }

    @Override
    public SmsCentre centre() {
        return null;
    }

    @Override
    public String[] handsetGateway() {
        return target.handsetSystemId() == null ? null : new String[] {target.handsetSystemId(), target.handsetPassword()};
    }

    @Override
    public String describe() {
        return "the operator at " + target.host() + " (SMPP " + target.smppPort() + ", USSD " + target.ussdPort() + ", admin API "
                + target.webPort() + ")";
    }

    /** Lets go of the connections; the operator itself is not ours to stop. */
    @Override
    public void close() {
        engine.close();
        api.close();
    }
}
