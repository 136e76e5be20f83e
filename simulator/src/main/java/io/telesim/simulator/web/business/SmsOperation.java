package io.telesim.simulator.web.business;

import io.telesim.simulator.business.CompanyNumber;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.smpp.SmppRejection;
import io.vertx.core.Future;

/** Sends an SMS to each number from the company's name, through the SMS centre (free of charge, like the operator's own messages). */
final class SmsOperation implements NumberOperation {

    private static final int MAX_SENDER = 11;

    private final WebRuntime web;
    private final String sender;
    private final String text;

    SmsOperation(WebRuntime web, String companyName, String text) {
        this.web = web;
        this.sender = sender(companyName);
        this.text = text;
    }

    /** An alphanumeric sender from the company's name: its letters and digits, at most 11. */
    static String sender(String companyName) {
        StringBuilder sender = new StringBuilder();
        companyName.codePoints().filter(c -> c < 128 && Character.isLetterOrDigit(c)).limit(MAX_SENDER).forEach(sender::appendCodePoint);
        return sender.isEmpty() || sender.chars().allMatch(Character::isDigit) ? "Telesim" : sender.toString();
    }

    @Override
    public String name() {
        return "send-sms";
    }

    @Override
    public Future<Applied> apply(CompanyNumber number, long commandId) {
        return web.blocking(() -> {
            try {
                web.services().senders().sendFrom(sender, number.number(), text);
                return Applied.done("sent from " + sender);
            } catch (SmppRejection e) {
                throw ApiError.conflict("sms_rejected", e.getMessage());
            }
        });
    }
}
