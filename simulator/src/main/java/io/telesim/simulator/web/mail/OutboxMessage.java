package io.telesim.simulator.web.mail;

/**
 * An e-mail in the local outbox, as it would have been sent: one text body and one attachment.
 *
 * @param id             the outbox's id of the message
 * @param time           epoch millis when it was put into the outbox
 * @param attachmentName the attachment's file name, e.g. {@code statement-79161000001-2026-05-01-2026-05-31.csv}
 * @param attachmentType its media type, e.g. {@code text/csv; charset=utf-8}
 * @param attachment     its content as text
 */
public record OutboxMessage(String id, long time, String to, String subject, String body, String attachmentName,
                            String attachmentType, String attachment) {
}
