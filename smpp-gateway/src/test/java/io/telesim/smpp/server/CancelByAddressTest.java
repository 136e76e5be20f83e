package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancelByAddressTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;
    private final SmscFixture.Client shop;

    CancelByAddressTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
        shop = fixture.bind("shop", "shoppw", BindType.BIND_TRX);
        fixture.handsets.switchOff(ANNA);
        fixture.handsets.switchOff(BORIS);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aCancelWithSourceAndDestinationEndsOnlyThatEsmesWaitingMessagesBetweenThem() throws Exception {
        String first = waiting(bank, "Bank", BORIS);
        String second = waiting(bank, "Bank", BORIS);
        String toAnna = waiting(bank, "Bank", ANNA);
        String from900 = waiting(bank, "900", BORIS);
        String shops = waiting(shop, "Bank", BORIS);

        bank.session.cancelShortMessage("", "", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", TypeOfNumber.INTERNATIONAL,
                NumberingPlanIndicator.ISDN, Long.toString(BORIS));

        assertEquals(Map.of(first, MessageState.DELETED, second, MessageState.DELETED, toAnna, MessageState.ENROUTE,
                from900, MessageState.ENROUTE, shops, MessageState.ENROUTE), states(first, second, toAnna, from900, shops));
        assertEquals(List.of("DELETED", "DELETED"), List.of(SubmitAndDeliveryTest.receiptState(bank.next()),
                SubmitAndDeliveryTest.receiptState(bank.next())));
    }

    @Test
    void aCancelWithSourceOnlyEndsEveryWaitingMessageFromThatSourceOfThatEsme() throws Exception {
        String toBoris = waiting(bank, "Bank", BORIS);
        String toAnna = waiting(bank, "Bank", ANNA);
        String from900 = waiting(bank, "900", BORIS);
        String shops = waiting(shop, "Bank", ANNA);

        bank.session.cancelShortMessage("", "", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, "");

        assertEquals(Map.of(toBoris, MessageState.DELETED, toAnna, MessageState.DELETED, from900, MessageState.ENROUTE,
                shops, MessageState.ENROUTE), states(toBoris, toAnna, from900, shops));
        assertEquals(SMPPConstant.STAT_ESME_RCANCELFAIL, Pdus.statusOf(() -> bank.session.cancelShortMessage("", "",
                TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "")),
                "nothing is left to cancel");
    }

    private String waiting(SmscFixture.Client esme, String source, long destination) throws Exception {
        TypeOfNumber ton = Character.isDigit(source.charAt(0)) ? TypeOfNumber.ABBREVIATED : TypeOfNumber.ALPHANUMERIC;
        NumberingPlanIndicator npi = ton == TypeOfNumber.ALPHANUMERIC ? NumberingPlanIndicator.UNKNOWN : NumberingPlanIndicator.ISDN;
        String id = esme.session.submitShortMessage("", ton, npi, source, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN,
                Long.toString(destination), Pdus.PLAIN, (byte) 0, (byte) 0, null, null,
                new org.jsmpp.bean.RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                new org.jsmpp.bean.RawDataCoding(Pdus.GSM7), (byte) 0, Pdus.ascii("Waiting for you")).getMessageId();
        await("a failed attempt", () -> fixture.centre.find(id).attempts() >= 1);
        return id;
    }

    private Map<String, MessageState> states(String... ids) {
        return java.util.Arrays.stream(ids).collect(Collectors.toMap(Function.identity(), id -> fixture.centre.find(id).state()));
    }
}
