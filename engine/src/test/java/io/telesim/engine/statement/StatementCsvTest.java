package io.telesim.engine.statement;

import static io.telesim.engine.statement.Records.ALICE;
import static io.telesim.engine.statement.Records.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.number.PartyNumber;
import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCsvTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @TempDir
    Path directory;

    @Test
    void shouldExportAHeaderAndOneLinePerRecordNewestFirstInTheReadersZone() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            store.append(new StatementRecord().msisdn(ALICE).timeMillis(at("2026-03-01T06:00:00Z"))
                    .movement(MovementKind.TOP_UP).money(50_000).balanceAfter(52_345).eventId(7).journalPosition(1));
            store.append(new StatementRecord().msisdn(ALICE).timeMillis(at("2026-03-01T09:15:42.250Z"))
                    .usage(UsageKind.VOICE).party(PartyNumber.parse("+44 20 7123 4567"))
                    .destination(DestinationClass.INTERNATIONAL).units(75, 120, 60).money(-4_950)
                    .balanceAfter(47_395).eventId(8).journalPosition(2));
            store.append(new StatementRecord().msisdn(ALICE).timeMillis(at("2026-03-02T00:00:00Z"))
                    .movement(MovementKind.SERVICE_FEE).item(3).money(-5).balanceAfter(47_390).eventId(9).journalPosition(3));
            store.append(new StatementRecord().msisdn(ALICE).timeMillis(at("2026-03-02T10:00:00Z"))
                    .usage(UsageKind.SMS).party(PartyNumber.parse("0611")).destination(DestinationClass.SHORT)
                    .units(2, 2, 2).money(0).balanceAfter(47_390).eventId(10).journalPosition(4));
            store.append(new StatementRecord().msisdn(ALICE).timeMillis(at("2026-04-01T10:00:00Z"))
                    .usage(UsageKind.DATA).units(1_500_000, 2_097_152, 2_097_152).balanceAfter(47_390).eventId(11).journalPosition(5));

            StringBuilder csv = new StringBuilder();
            store.exportCsv(ALICE, at("2026-03-01T00:00:00Z"), at("2026-04-01T00:00:00Z"), MOSCOW, csv);

            assertEquals(""
                    + "time,number,kind,direction,other_party,destination,used_units,unit,charged_units,bundle_units,amount,balance_after,item,event_id\r\n"
                    + "2026-03-02T13:00:00+03:00,79160000001,SMS,outgoing,0611,SHORT,2,segments,2,2,0.00,473.90,,10\r\n"
                    + "2026-03-02T03:00:00+03:00,79160000001,service fee,outgoing,,,,,,,-0.05,473.90,3,9\r\n"
                    + "2026-03-01T12:15:42+03:00,79160000001,call,outgoing,+442071234567,INTERNATIONAL,75,seconds,120,60,-49.50,473.95,,8\r\n"
                    + "2026-03-01T09:00:00+03:00,79160000001,top-up,incoming,,,,,,,500.00,523.45,,7\r\n",
                    csv.toString());
        }
    }

    @Test
    void shouldExportOnlyTheHeaderForAnEmptyPeriod() throws Exception {
        try (StatementStore store = TestStores.open(directory)) {
            StringBuilder csv = new StringBuilder();

            store.exportCsv(ALICE, 0, Long.MAX_VALUE, MOSCOW, csv);

            assertEquals(StatementCsv.HEADER + "\r\n", csv.toString());
        }
    }
}
