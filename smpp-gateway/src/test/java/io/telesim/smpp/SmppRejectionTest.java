package io.telesim.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;

class SmppRejectionTest {

    @Test
    void shouldCarryTheStatusAndTheReasonAsItsMessage() {
        SmppRejection rejection = new SmppRejection(SMPPConstant.STAT_ESME_RINVDSTADR, "destination_addr is empty");

        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, rejection.commandStatus());
        assertEquals("destination_addr is empty", rejection.getMessage());
    }

    @Test
    void shouldAnswerAnUnsupportedDataCodingWithTheSmpp50Status() {
        assertEquals(0x104, SmppRejection.ESME_RINVDCS);
        assertEquals(SMPPConstant.STAT_ESME_RINVDCS, SmppRejection.ESME_RINVDCS);
    }

    @Test
    void shouldRefuseToRejectWithOk() {
        assertThrows(IllegalArgumentException.class, () -> new SmppRejection(SMPPConstant.STAT_ESME_ROK, "fine"));
    }
}
