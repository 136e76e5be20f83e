package io.telesim.simulator.web.statement;

import io.telesim.simulator.web.mail.Outbox;
import io.telesim.simulator.web.mail.OutboxMessage;
import io.telesim.simulator.web.page.Format;
import io.telesim.simulator.web.page.Texts;

/**
 * "Send by e-mail" (F7): the statement's CSV as an attachment of a short letter in the subscriber's
 * language, put into the local {@link Outbox}.
 */
final class StatementEmail {

    /** Larger statements are not mailed (ask for a shorter period, or download it). */
    static final int MAX_ATTACHMENT_CHARS = 10 * 1024 * 1024;

    private final Outbox outbox;

    StatementEmail(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Puts the letter with {@code csv} attached into the outbox; {@code lines} is how many lines the CSV holds. */
    OutboxMessage send(String to, long msisdn, StatementPeriod period, String csv, long lines, StatementTotals totals, Texts t) {
        String from = Format.date(period.fromMillis());
        String until = Format.date(period.toMillis() - 1);
        String subject = t.t("statement.mail.subject", Long.toString(msisdn), from, until);
        String body = t.t("statement.mail.body", Long.toString(msisdn), from, until, Long.toString(lines), totals.chargedText(),
                totals.creditedText());
        return outbox.put(to, subject, body, period.fileName(msisdn), "text/csv; charset=utf-8", csv);
    }

    /** How many records a CSV of the statement holds: its lines but the header. */
    static long recordLines(String csv) {
        long lines = 0;
        for (int i = csv.indexOf('\n'); i >= 0; i = csv.indexOf('\n', i + 1)) {
            lines++;
        }
        return Math.max(0, lines - 1);
    }
}
