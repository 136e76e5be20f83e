package io.telesim.engine;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.result.Outcome;

/** An immutable copy of a {@link Reply}: see there for what each field means. */
public record ReplySnapshot(long commandId, CommandType type, Outcome outcome, boolean duplicate, long time, long msisdn,
                            long balance, AccountStatus status, long voiceLeft, long smsLeft, long dataLeft, long bonusPoints,
                            long grantedUnits, long usedUnits, long chargedUnits, long bundleUnits, long usageMoney,
                            long bonusEarned, long giftCode, int notices, DestinationClass destinationClass) {
}
