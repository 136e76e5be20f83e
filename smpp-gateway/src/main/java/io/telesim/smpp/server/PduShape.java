package io.telesim.smpp.server;

/**
 * Whether a submit_sm or data_sm body has the shape SMPP 3.4 gives it (§4.4.1, §4.7.1): each C-octet
 * string ends within its limit, short_message fits in what is left, and the TLVs that follow each fit
 * exactly. Walks the bytes without decoding them: jSMPP decodes the PDU once it is known to be whole.
 */
final class PduShape {

    private static final int HEADER = 16;

    private PduShape() {
    }

    static boolean isSubmitSm(byte[] pdu) {
        int at = HEADER;
        at = cString(pdu, at, 6);
        at = address(pdu, at);
        at = address(pdu, at);
        at = fixed(pdu, at, 3);
        at = cString(pdu, at, 17);
        at = cString(pdu, at, 17);
        at = fixed(pdu, at, 4);
        if (at < 0 || at >= pdu.length) {
            return false;
        }
        int smLength = pdu[at] & 0xFF;
        at = fixed(pdu, at + 1, smLength);
        return tlvs(pdu, at);
    }

    static boolean isDataSm(byte[] pdu) {
        int at = HEADER;
        at = cString(pdu, at, 6);
        at = address(pdu, at);
        at = address(pdu, at);
        at = fixed(pdu, at, 3);
        return tlvs(pdu, at);
    }

    /** TON, NPI and an address of at most 21 characters. */
    private static int address(byte[] pdu, int at) {
        return cString(pdu, fixed(pdu, at, 2), 21);
    }

    /** The offset after a C-octet string of at most {@code max} characters (and its NUL), or -1. */
    private static int cString(byte[] pdu, int at, int max) {
        if (at < 0) {
            return -1;
        }
        for (int i = at; i < pdu.length && i <= at + max; i++) {
            if (pdu[i] == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int fixed(byte[] pdu, int at, int length) {
        return at < 0 || at + length > pdu.length ? -1 : at + length;
    }

    private static boolean tlvs(byte[] pdu, int at) {
        if (at < 0) {
            return false;
        }
        while (at < pdu.length) {
            if (at + 4 > pdu.length) {
                return false;
            }
            int length = ((pdu[at + 2] & 0xFF) << 8) | (pdu[at + 3] & 0xFF);
            at += 4 + length;
        }
        return at == pdu.length;
    }
}
