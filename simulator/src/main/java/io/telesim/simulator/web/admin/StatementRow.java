package io.telesim.simulator.web.admin;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.result.MovementKind;
import io.telesim.billing.result.OperationResult;
import io.telesim.engine.statement.StatementRecord;

/**
 * One line of a number's statement as the admin API gives it.
 *
 * @param position    where the line lies in the statement log
 * @param kind        a usage ({@code voice}, {@code sms}, {@code data}, {@code ussd}) or a money movement ({@code top_up},
 *                    {@code usage_charge}, {@code tariff_fee}, ...)
 * @param label       the kind as people read it
 * @param party       the other number, or null
 * @param destination where the usage went ({@code on_net}, {@code off_net}, ...), or null
 * @param money       signed kopecks: negative for charges, positive for credits
 * @param item        the catalog id of the tariff, service or add-on concerned, or null
 * @param commandId   the engine command id that made the line
 * @param eventId     the caller's event id when the admin API injected the usage ({@code EventIds}), else null
 */
public record StatementRow(long position, long time, String kind, String label, String party, String destination, long usedUnits,
                           long chargedUnits, long bundleUnits, long money, String moneyText, long balanceAfter, String item, long commandId,
                           Long eventId) {

    static StatementRow of(StatementRecord record, Catalog catalog) {
        MovementKind movement = record.movementKind();
        String kind = movement == null ? record.usageKind().name() : movement.name();
        String label = movement == null ? record.usageKind().label() : movement.label();
        return new StatementRow(record.position(), record.timeMillis(), AccountDetails.lower(kind), label,
                record.party() == 0 ? null : PartyNumber.toString(record.party()),
                record.destination() == null ? null : AccountDetails.lower(record.destination().name()), record.usedUnits(),
                record.chargedUnits(), record.bundleUnits(), record.money(), Money.format(record.money()), record.balanceAfter(),
                item(movement, record.item(), catalog), record.eventId(),
                EventIds.isAdmin(record.eventId()) ? EventIds.eventId(record.eventId()) : null);
    }

    private static String item(MovementKind movement, int index, Catalog catalog) {
        if (movement == null || index == OperationResult.NO_ITEM) {
            return null;
        }
        return switch (movement.item()) {
            case TARIFF -> catalog.tariff(index).id();
            case SERVICE -> catalog.service(index).id();
            case ADD_ON -> catalog.addOn(index).id();
            case NONE -> null;
        };
    }
}
