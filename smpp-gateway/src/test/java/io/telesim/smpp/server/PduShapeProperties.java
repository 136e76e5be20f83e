package io.telesim.smpp.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultComposer;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Whatever jSMPP's composer writes has the shape; the same PDU cut inside its last field does not. */
class PduShapeProperties {

    /** sar_msg_ref_num: a 4-byte TLV header and a 2-byte value. */
    private static final int SAR_TLV = 6;

    private final DefaultComposer composer = new DefaultComposer();

    @Property
    void aSubmitSmHasTheShapeUntilItsLastFieldIsCut(
            @ForAll @AlphaChars @StringLength(max = 11) String source, @ForAll @NumericChars @StringLength(min = 1, max = 20) String destination,
            @ForAll @Size(max = 254) byte[] text, @ForAll boolean withTlvs, @ForAll @IntRange(min = 1, max = 254) int cut) throws Exception {
        OptionalParameter[] tlvs = withTlvs ? new OptionalParameter[] {new OptionalParameter.Message_payload(new byte[3]),
                new OptionalParameter.Sar_msg_ref_num((short) 7)} : new OptionalParameter[0];
        byte[] pdu = composer.submitSm(1, "", (byte) 5, (byte) 0, source, (byte) 1, (byte) 1, destination, (byte) 0, (byte) 0, (byte) 0,
                null, null, (byte) 1, (byte) 0, (byte) 0, (byte) 0, text, tlvs);
        int lastField = withTlvs ? SAR_TLV : text.length;
        Assume.that(cut < lastField || (!withTlvs && cut == lastField && lastField > 0));

        assertTrue(PduShape.isSubmitSm(pdu));
        assertFalse(PduShape.isSubmitSm(Arrays.copyOf(pdu, pdu.length - cut)), "cut short by " + cut);
    }

    @Property
    void aDataSmHasTheShapeUntilItsPayloadIsCut(
            @ForAll @NumericChars @StringLength(min = 1, max = 20) String destination, @ForAll @IntRange(min = 0, max = 1000) int payloadLength,
            @ForAll @IntRange(min = 1, max = 1003) int cut) throws Exception {
        Assume.that(cut < 4 + payloadLength);
        byte[] pdu = composer.dataSm(1, "", (byte) 5, (byte) 0, "Bank", (byte) 1, (byte) 1, destination, (byte) 0, (byte) 1, (byte) 0,
                new OptionalParameter.Message_payload(new byte[payloadLength]));

        assertTrue(PduShape.isDataSm(pdu));
        assertFalse(PduShape.isDataSm(Arrays.copyOf(pdu, pdu.length - cut)), "cut short by " + cut);
    }
}
