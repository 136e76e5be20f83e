package io.telesim.simulator.offline;

import io.telesim.billing.result.MovementKind;

/**
 * Money that moved other than for usage: the opening balance, tariff and service fees, and the like.
 *
 * @param item  the tariff, service or add-on concerned (its id), or null
 * @param money kopecks: positive for credits, negative for charges
 */
public record MovementLine(long time, long msisdn, MovementKind kind, String item, long money, long balanceAfter)
        implements StatementLine {
}
