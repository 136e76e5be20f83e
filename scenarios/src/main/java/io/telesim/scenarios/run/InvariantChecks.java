package io.telesim.scenarios.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import io.telesim.scenarios.check.InvariantResult;
import io.telesim.scenarios.check.Ledger;
import io.telesim.scenarios.check.SmsCheck;
import io.telesim.scenarios.check.StatementAudit;
import io.telesim.scenarios.model.A2pTraffic;
import io.telesim.scenarios.model.Invariant;
import io.telesim.scenarios.model.Scenario;
import io.telesim.scenarios.model.Traffic;
import io.telesim.scenarios.traffic.SmppTraffic;

/**
 * The invariants a scenario asks for, checked after the run: against the embedded operator's engine and SMS centre;
 * against a remote one, only what its protocols show (the SMS receipts).
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
        if (operator.engine() != null && (wanted.contains(Invariant.EXACTLY_ONCE) || wanted.contains(Invariant.MONEY)
                || wanted.contains(Invariant.BUNDLES))) {
            for (InvariantResult result : new StatementAudit(operator.engine(), ledger).audit(auditedNumbers())) {
                if (wanted.contains(result.invariant())) {
                    results.add(result);
                }
            }
        } else {
            for (Invariant invariant : List.of(Invariant.EXACTLY_ONCE, Invariant.MONEY, Invariant.BUNDLES)) {
                if (wanted.contains(invariant)) {
                    results.add(InvariantResult.notChecked(invariant, "a remote operator's statement store and accounts cannot be read"));
                }
            }
        }
        if (wanted.contains(Invariant.SMS)) {
            results.add(sms());
        }
        return results;
    }

    private InvariantResult sms() {
        long expected = smpp.stream().mapToLong(SmppTraffic::receiptsExpected).sum();
        long received = smpp.stream().mapToLong(SmppTraffic::receiptsReceived).sum();
        if (operator.centre() == null) {
            boolean held = received >= expected;
            return new InvariantResult(Invariant.SMS, true, held, String.format("receipts %,d of %,d asked for (a remote SMS centre's message "
                    + "states are not visible; a receipt is a final state)", received, expected), List.of());
        }
        long[] ids = smpp.stream().flatMapToLong(s -> Arrays.stream(s.acceptedIds())).toArray();
        return SmsCheck.check(operator.centre(), ids, expected, received);
    }

    /** The population and the ESMEs' billing accounts. */
    private long[] auditedNumbers() {
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
