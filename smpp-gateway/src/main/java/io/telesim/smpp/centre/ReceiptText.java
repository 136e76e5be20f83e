package io.telesim.smpp.centre;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jsmpp.bean.MessageState;

/**
 * The text of a delivery receipt as SMPP 3.4 Appendix B has it and every ESME parses:
 * {@code id:… sub:001 dlvrd:001 submit date:YYMMDDhhmm done date:YYMMDDhhmm stat:DELIVRD err:000 text:…}.
 * The text field is the first 20 characters of the message, kept to characters that read the same in
 * ASCII and the GSM default alphabet, so the receipt is safe in either.
 */
public final class ReceiptText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMddHHmm");
    private static final int TEXT_CHARACTERS = 20;

    private ReceiptText() {
    }

    public static String of(SmsMessage message, ZoneOffset zone) {
        boolean delivered = message.state() == MessageState.DELIVERED;
        return "id:" + message.messageId()
                + " sub:001 dlvrd:" + (delivered ? "001" : "000")
                + " submit date:" + DATE.format(Instant.ofEpochMilli(message.submitTime()).atOffset(zone))
                + " done date:" + DATE.format(Instant.ofEpochMilli(message.doneTime()).atOffset(zone))
                + " stat:" + stat(message.state())
                + " err:" + String.format("%03d", Math.min(message.error(), 999))
                + " text:" + safeText(message.submission().text());
    }

    /** The seven-letter state names of the receipt's {@code stat:} field. */
    public static String stat(MessageState state) {
        return switch (state) {
            case DELIVERED -> "DELIVRD";
            case EXPIRED -> "EXPIRED";
            case DELETED -> "DELETED";
            case UNDELIVERABLE -> "UNDELIV";
            case ACCEPTED -> "ACCEPTD";
            case REJECTED -> "REJECTD";
            case ENROUTE, SCHEDULED -> "ENROUTE";
            default -> "UNKNOWN";
        };
    }

    private static String safeText(String text) {
        StringBuilder safe = new StringBuilder(TEXT_CHARACTERS);
        for (int i = 0; i < text.length() && safe.length() < TEXT_CHARACTERS; i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || " .,:;!?'\"()+-*/=%&#<>".indexOf(c) >= 0;
            safe.append(plain ? c : '.');
        }
        return safe.toString();
    }
}
