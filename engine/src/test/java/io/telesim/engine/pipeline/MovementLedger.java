package io.telesim.engine.pipeline;

import java.util.HashMap;
import java.util.Map;

import io.telesim.billing.result.OperationResult;

/** A statement sink that only sums every money movement per account, to check money is conserved. */
final class MovementLedger implements StatementSink {

    final Map<Long, Long> net = new HashMap<>();
    long movements;

    @Override
    public void write(CommandSlot slot) {
        add(slot.cycle);
        add(slot.result);
    }

    private void add(OperationResult result) {
        for (int i = 0; i < result.movementCount(); i++) {
            net.merge(result.movementAccount(i), result.movementKind(i).signed(result.movementAmount(i)), Long::sum);
            movements++;
        }
    }

    @Override
    public void endOfBatch() {
    }
}
