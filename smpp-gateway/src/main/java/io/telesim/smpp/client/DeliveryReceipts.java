package io.telesim.smpp.client;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.OptionalParameter;

/**
 * Reads delivery receipts from deliver_sm: the receipted_message_id, message_state and network_error_code
 * TLVs where present, otherwise the standard receipt text
 * {@code id:IIII sub:SSS dlvrd:DDD submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DDDDDDD err:E text:...}.
 */
final class DeliveryReceipts {
    private static final Pattern ID = Pattern.compile("(?i)(?<![a-z_])id:\\s*([^\\s]+)");
    private static final Pattern STAT = Pattern.compile("(?i)(?<![a-z_])stat:\\s*([a-z_]+)");
    private static final Pattern ERR = Pattern.compile("(?i)(?<![a-z_])err:\\s*([0-9a-f]+)");
    private static final Pattern DONE = Pattern.compile("(?i)done[ _]date:\\s*(\\d{10}(?:\\d{2})?)");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyMMddHHmm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyMMddHHmmss");
    private static final int MESSAGE_TYPE_MASK = 0x3C;
    private static final int SMSC_DELIVERY_RECEIPT = 0x04;
    private static final int INTERMEDIATE_NOTIFICATION = 0x20;

    private DeliveryReceipts() {}

    /** Whether a deliver_sm of this esm_class carries a receipt (SMSC delivery receipt or intermediate notification). */
    static boolean isReceipt(byte esmClass) {
        int type = esmClass & MESSAGE_TYPE_MASK;
        return type == SMSC_DELIVERY_RECEIPT || type == INTERMEDIATE_NOTIFICATION;
    }

    /** The message's text: short_message, or the message_payload TLV when short_message is empty. */
    static byte[] content(DeliverSm deliverSm) {
        byte[] sm = deliverSm.getShortMessage();
        if (sm != null && sm.length > 0) {
            return sm;
        }
        OptionalParameter payload = deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        if (payload instanceof OptionalParameter.OctetString octets) {
            return octets.getValue();
        }
        return sm == null ? new byte[0] : sm;
    }

    /** The receipt in a deliver_sm, or null when no message id can be found in it. */
    static Receipt parse(DeliverSm deliverSm, long arrivalMillis) {
        String text = new String(content(deliverSm), StandardCharsets.ISO_8859_1);
        String id = cString(deliverSm.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID));
        if (id == null || id.isEmpty()) {
            id = group(ID, text);
        }
        if (id == null || id.isEmpty()) {
            return null;
        }
        MessageState state = null;
        if (deliverSm.getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE) instanceof OptionalParameter.Byte b) {
            state = messageState(b.getValue());
        }
        if (state == null) {
            state = stateOf(group(STAT, text));
        }
        int error;
        if (deliverSm.getOptionalParameter(OptionalParameter.Tag.NETWORK_ERROR_CODE)
                instanceof OptionalParameter.Network_error_code code) {
            error = code.getErrorCode() & 0xFFFF;
        } else {
            error = errorOf(group(ERR, text));
        }
        return new Receipt(id, state, error, doneTime(group(DONE, text), arrivalMillis));
    }

    /** Maps a receipt's stat: word to a message state; unknown words are UNKNOWN. */
    static MessageState stateOf(String stat) {
        if (stat == null) {
            return MessageState.UNKNOWN;
        }
        return switch (stat.toUpperCase(Locale.ROOT)) {
            case "DELIVRD", "DELIVERED" -> MessageState.DELIVERED;
            case "EXPIRED" -> MessageState.EXPIRED;
            case "DELETED" -> MessageState.DELETED;
            case "UNDELIV", "UNDELIVERABLE" -> MessageState.UNDELIVERABLE;
            case "ACCEPTD", "ACCEPTED" -> MessageState.ACCEPTED;
            case "REJECTD", "REJECTED" -> MessageState.REJECTED;
            case "ENROUTE" -> MessageState.ENROUTE;
            case "SCHEDULED" -> MessageState.SCHEDULED;
            case "SKIPPED" -> MessageState.SKIPPED;
            default -> MessageState.UNKNOWN;
        };
    }

    private static MessageState messageState(byte value) {
        try {
            return MessageState.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int errorOf(String err) {
        if (err == null) {
            return 0;
        }
        try {
            return Integer.parseInt(err);
        } catch (NumberFormatException notDecimal) {
            try {
                return Integer.parseInt(err, 16);
            } catch (NumberFormatException notHex) {
                return 0;
            }
        }
    }

    private static long doneTime(String done, long arrivalMillis) {
        if (done == null) {
            return arrivalMillis;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(done, done.length() == 10 ? MINUTES : SECONDS);
            return at.toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return arrivalMillis;
        }
    }

    private static String cString(OptionalParameter parameter) {
        if (parameter instanceof OptionalParameter.OctetString octets) {
            byte[] value = octets.getValue();
            int end = 0;
            while (end < value.length && value[end] != 0) {
                end++;
            }
            return new String(value, 0, end, StandardCharsets.ISO_8859_1).trim();
        }
        return null;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
