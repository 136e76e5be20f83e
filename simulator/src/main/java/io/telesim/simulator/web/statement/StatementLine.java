package io.telesim.simulator.web.statement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import io.telesim.engine.statement.StatementRecord;

/**
 * One line of a statement as the API and the pages show it: a call, SMS, data session or USSD request with
 * its volume and cost, or a money movement (a top-up, a fee, a transfer...).
 *
 * @param time         epoch millis
 * @param timeText     the time in the operator's zone, ISO-8601 with the offset
 * @param kind         calls | sms | data | ussd | money ({@link LineKind})
 * @param type         what exactly: voice, sms, data, ussd for usage; the money movement in lower case ({@code top_up},
 *                     {@code service_fee}, ...) otherwise
 * @param typeText     {@code type} as the operator's English labels say it
 * @param direction    outgoing (usage, and money off the balance) or incoming (money onto it)
 * @param otherNumber  the other party ({@code 79161234567}, {@code +442071234567}, {@code 0611}), or null
 * @param destination  where a call or SMS went as tariffs price it ({@code on_net}, {@code international}...), or null
 * @param units        the volume as used: seconds, SMS segments, bytes, or 1 USSD request; 0 for money
 * @param unit         seconds | segments | bytes | requests, or null for money
 * @param chargedUnits the volume after rounding
 * @param bundleUnits  of {@code chargedUnits}, how much the bundles paid
 * @param amount       signed kopecks: negative for what was charged, positive for what came in
 * @param balanceAfter kopecks on the balance after this line, or null when the engine did not know it
 * @param item         the tariff, service or add-on the money was for, or null
 */
public record StatementLine(long time, String timeText, String kind, String type, String typeText, String direction,
                            String otherNumber, String destination, long units, String unit, long chargedUnits, long bundleUnits,
                            long amount, String amountText, Long balanceAfter, String item) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** The line of {@code record}, with times in {@code zone} and item names from {@code catalog}. */
    public static StatementLine of(StatementRecord record, Catalog catalog, ZoneOffset zone) {
        UsageKind usage = record.usageKind();
        MovementKind movement = record.movementKind();
        String type = usage != null ? usage.name().toLowerCase(Locale.ROOT) : movement.name().toLowerCase(Locale.ROOT);
        boolean incoming = movement != null && movement.isCredit();
        long balance = record.balanceAfter();
        return new StatementLine(record.timeMillis(), TIME.format(Instant.ofEpochMilli(record.timeMillis()).atOffset(zone)),
                LineKind.of(record).apiName(), type, usage != null ? usage.label() : movement.label(),
                incoming ? "incoming" : "outgoing", record.party() == 0 ? null : PartyNumber.toString(record.party()),
                record.destination() == null ? null : record.destination().name().toLowerCase(Locale.ROOT),
                record.usedUnits(), LineKind.of(record).unit(), record.chargedUnits(), record.bundleUnits(),
                record.money(), Money.format(record.money()), balance == Long.MIN_VALUE ? null : balance,
                itemName(movement, record.item(), catalog));
    }

    private static String itemName(MovementKind movement, int item, Catalog catalog) {
        if (movement == null || item < 0) {
            return null;
        }
        return switch (movement.item()) {
            case TARIFF -> item < catalog.tariffs().size() ? catalog.tariff(item).name() : null;
            case SERVICE -> item < catalog.services().size() ? catalog.service(item).name() : null;
            case ADD_ON -> item < catalog.addOns().size() ? catalog.addOn(item).name() : null;
            case NONE -> null;
        };
    }
}
