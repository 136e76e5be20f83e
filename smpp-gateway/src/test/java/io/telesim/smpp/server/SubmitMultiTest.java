package io.telesim.smpp.server;

import static io.telesim.smpp.server.SmscFixture.ANNA;
import static io.telesim.smpp.server.SmscFixture.BORIS;
import static io.telesim.smpp.server.SmscFixture.SMS_PRICE;
import static io.telesim.smpp.server.SmscFixture.VERA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsmpp.DefaultPDUReader;
import org.jsmpp.DefaultPDUSender;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Address;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.Command;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceIfPresentFlag;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.SubmitMultiResp;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.bean.UnsuccessDelivery;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.util.DefaultDecomposer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.TestNumbers;

class SubmitMultiTest {

    private final SmscFixture fixture = new SmscFixture();
    private final SmscFixture.Client bank;

    SubmitMultiTest() throws Exception {
        bank = fixture.bind("bank", "secret", BindType.BIND_TRX);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theRespListsTheRefusedDestinationsTheOthersAreDeliveredChargedOnceEachAndReceiptedUnderOneId() throws Exception {
        Address[] destinations = {international(Long.toString(ANNA)), international("79l6ab"),
                international(Long.toString(TestNumbers.EGOR)), international(Long.toString(BORIS))};

        SubmitMultiResult result = bank.session.submitMultiple("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Bank",
                destinations, Pdus.PLAIN, (byte) 0, (byte) 0, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                ReplaceIfPresentFlag.DEFAULT, new RawDataCoding(Pdus.GSM7), (byte) 0, Pdus.ascii("Branch closed today"));

        Map<String, Integer> refused = new HashMap<>();
        for (UnsuccessDelivery failure : result.getUnsuccessDeliveries()) {
            refused.put(failure.getDestinationAddress().getAddress(), failure.getErrorStatusCode());
        }
        assertEquals(Map.of("79l6ab", SMPPConstant.STAT_ESME_RINVDSTADR, Long.toString(TestNumbers.EGOR), SMPPConstant.STAT_ESME_RINVDSTADR),
                refused);
        List<String> receipted = List.of(Pdus.receiptedId(bank.next()), Pdus.receiptedId(bank.next()));
        assertEquals(List.of(result.getMessageId(), result.getMessageId()), receipted);
        assertEquals("Branch closed today", fixture.handsets.inbox(ANNA).get(0).text());
        assertEquals("Branch closed today", fixture.handsets.inbox(BORIS).get(0).text());
        assertEquals(100_000 - 2 * SMS_PRICE, fixture.balance(VERA));
        assertEquals(2, fixture.centre.stats().accepted());
    }

    @Test
    void aDistributionListIsRefusedWithInvalidListNameAndTheNumbersStillGo() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.smsc.port())) {
            socket.setSoTimeout(10_000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            DefaultPDUSender sender = new DefaultPDUSender();
            DefaultPDUReader reader = new DefaultPDUReader();
            sender.sendBind(out, BindType.BIND_TX, 1, "bank", "secret", "", InterfaceVersion.IF_34, TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null);
            Command bindResp = reader.readPDUHeader(in);
            reader.readPDU(in, bindResp);
            assertEquals(SMPPConstant.STAT_ESME_ROK, bindResp.getCommandStatus());

            // Written by hand: jSMPP 3.0.2's composer leaves a distribution list's name out of the PDU.
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(new byte[] {0, 5, 0});
            body.writeBytes(Pdus.ascii("Bank\0"));
            body.writeBytes(new byte[] {2, 1, 1, 1});
            body.writeBytes(Pdus.ascii(ANNA + "\0"));
            body.write(2);
            body.writeBytes(Pdus.ascii("staff\0"));
            body.writeBytes(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 13});
            body.writeBytes(Pdus.ascii("Staff meeting"));
            out.writeInt(16 + body.size());
            out.writeInt(SMPPConstant.CID_SUBMIT_MULTI);
            out.writeInt(0);
            out.writeInt(2);
            out.write(body.toByteArray());
            out.flush();
            SubmitMultiResp resp = readSubmitMultiResp(reader, in);

            assertEquals(SMPPConstant.STAT_ESME_ROK, resp.getCommandStatus());
            assertEquals(1, resp.getUnsuccessSmes().length, Arrays.toString(resp.getUnsuccessSmes()));
            assertEquals(SMPPConstant.STAT_ESME_RINVDLNAME, resp.getUnsuccessSmes()[0].getErrorStatusCode());
        }
        SmscFixture.await("the number's copy delivered", () -> !fixture.handsets.inbox(ANNA).isEmpty());
        assertEquals(100_000 - SMS_PRICE, fixture.balance(VERA));
    }

    private static SubmitMultiResp readSubmitMultiResp(DefaultPDUReader reader, DataInputStream in) throws Exception {
        while (true) {
            Command header = reader.readPDUHeader(in);
            byte[] pdu = reader.readPDU(in, header);
            if (header.getCommandId() == SMPPConstant.CID_SUBMIT_MULTI_RESP) {
                return DefaultDecomposer.getInstance().submitMultiResp(pdu);
            }
            assertTrue(header.getCommandId() == SMPPConstant.CID_ENQUIRE_LINK,
                    "unexpected command 0x" + Integer.toHexString(header.getCommandId()));
        }
    }

    private static Address international(String number) {
        return new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, number);
    }
}
