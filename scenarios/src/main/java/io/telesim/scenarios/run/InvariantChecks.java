package io.telesim.scenarios.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.telesim.scenarios.check.InvariantResult;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.check.SmsCheck;
import io.telesim.scenarios.check.SmsTally;
import io.telesim.scenarios.check.StatementAudit;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.Invariant;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.model.Traffic;
import io.telesim.scenarios.traffic.SmppTraffic;

/**
 * The invariants a scenario asks for, checked after the run: the statements and accounts against the run's ledger (the
 * embedded engine's, or a remote operator's through its admin API from the run's opening snapshot), and the SMS centre's
 * message states and receipts.
 */
final class InvariantChecks {

    private final OperatorUnderTest operator;
    private final Ledger ledger;
    private final Scenario scenario;
    private final List<SmppTraffic> smpp;

    InvariantChecks(OperatorUnderTest operator, Ledger ledger, Scenario scenario, List<SmppTraffic> smpp) {
        this.operator = operator;
        this.ledger = ledger;
        this.scenario = scenario;
        this.smpp = smpp;
    }

    List<InvariantResult> run() throws InterruptedException {
        Set<Invariant> wanted = scenario.expect().invariants();
        List<InvariantResult> results = new ArrayList<>();
        long[] accepted = smpp.stream().flatMapToLong(s -> Arrays.stream(s.acceptedIds())).toArray();
        // first: it settles who paid for each SMS, which the audit then holds the statements to
        SmsTally sms = operator.sms(accepted, ledger);
        if (wanted.contains(Invariant.EXACTLY_ONCE) || wanted.contains(Invariant.MONEY) || wanted.contains(Invariant.BUNDLES)) {
            for (InvariantResult result : new StatementAudit(operator.auditSource(), ledger).audit(auditedNumbers(scenario))) {
                if (wanted.contains(result.invariant())) {
                    results.add(result);
                }
            }
        }
        if (wanted.contains(Invariant.SMS)) {
            long expected = smpp.stream().mapToLong(SmppTraffic::receiptsExpected).sum();
            long received = smpp.stream().mapToLong(SmppTraffic::receiptsReceived).sum();
            results.add(SmsCheck.check(sms, accepted.length, expected, received));
        }
        return results;
    }

    /** The population and the ESMEs' billing accounts. */
    static long[] auditedNumbers(Scenario scenario) {
        List<Long> extra = new ArrayList<>();
        for (Traffic traffic : scenario.traffic()) {
            if (traffic instanceof A2pTraffic a2p) {
                long account = a2p.esme().billingAccount();
                long first = scenario.population().firstNumber();
                boolean inPopulation = account >= first && account < first + scenario.population().count();
                if (!inPopulation && !extra.contains(account)) {
                    extra.add(account);
                }
            }
        }
        long[] numbers = new long[scenario.population().count() + extra.size()];
        for (int i = 0; i < scenario.population().count(); i++) {
            numbers[i] = scenario.population().number(i);
        }
        for (int i = 0; i < extra.size(); i++) {
            numbers[scenario.population().count() + i] = extra.get(i);
        }
        return numbers;
    }
}
