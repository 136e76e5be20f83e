package io.telesim.simulator.web.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.telesim.simulator.web.http.Json;
import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/**
 * The card payments of every number, durably in the web store under {@code money/payment/NUMBER/}, keyed
 * so that a scan lists a number's payments newest first. Every change of a payment's state goes through
 * this book, one at a time, so two confirmations of one payment cannot both use an attempt or both
 * approve it. An unconfirmed payment whose deadline has passed is expired when it is next looked at.
 */
final class PaymentBook {

    /** A confirmation is tried this many times before the payment fails. */
    static final int CONFIRMATION_ATTEMPTS = 3;
    static final String EXPIRED_REASON = "not confirmed within 10 minutes";
    static final String TOO_MANY_WRONG_CODES = "the confirmation code was wrong " + CONFIRMATION_ATTEMPTS + " times";
    /** A history page walks at most this many of a number's newest payments. */
    static final int HISTORY_LIMIT = 1000;

    private static final String PREFIX = "money/payment/";

    /** What a confirmation did. */
    enum Verdict { APPROVED, ALREADY_APPROVED, WRONG_CODE, FAILED, NOT_AWAITING }

    record Confirmation(Verdict verdict, CardPayment payment) {
    }

    /** A page of history, newest first, and the cursor of the next page (null after the last). */
    record Page(List<CardPayment> payments, String nextCursor) {
    }

    private final KeyValueStore store;
    private final JsonRecords<CardPayment> records;

    PaymentBook(KeyValueStore store) {
        this.store = store;
        this.records = new JsonRecords<>(store, PREFIX, CardPayment.class);
    }

    synchronized void save(CardPayment payment) {
        records.put(key(payment.msisdn(), payment.id()), payment);
    }

    /** The payment {@code id} of {@code msisdn}, expired first when its deadline has passed. */
    synchronized Optional<CardPayment> find(long msisdn, long id, long now) {
        return records.get(key(msisdn, id)).map(payment -> expireIfDue(payment, now));
    }

    /** Checks {@code code} against payment {@code id}; a wrong one uses an attempt, the last one fails the payment. */
    synchronized Optional<Confirmation> confirm(long msisdn, long id, String code, long now) {
        Optional<CardPayment> found = find(msisdn, id, now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CardPayment payment = found.get();
        if (payment.state() == PaymentState.APPROVED) {
            return Optional.of(new Confirmation(Verdict.ALREADY_APPROVED, payment));
        }
        if (payment.state() != PaymentState.AWAITING_CONFIRMATION) {
            return Optional.of(new Confirmation(Verdict.NOT_AWAITING, payment));
        }
        if (ConfirmationCode.matches(code, payment.codeSalt(), payment.codeHash())) {
            CardPayment approved = payment.approve();
            save(approved);
            return Optional.of(new Confirmation(Verdict.APPROVED, approved));
        }
        int left = payment.attemptsLeft() - 1;
        CardPayment changed = left > 0 ? payment.withAttemptsLeft(left) : payment.end(PaymentState.FAILED, TOO_MANY_WRONG_CODES);
        save(changed);
        return Optional.of(new Confirmation(left > 0 ? Verdict.WRONG_CODE : Verdict.FAILED, changed));
    }

    /** Marks payment {@code payment} credited (the engine applied its top-up); returns it as stored. */
    synchronized CardPayment credited(CardPayment payment) {
        CardPayment stored = records.get(key(payment.msisdn(), payment.id())).orElse(payment);
        if (!stored.needsCrediting()) {
            return stored;
        }
        CardPayment credited = stored.markCredited();
        save(credited);
        return credited;
    }

    /**
     * Fails a payment that is still open (awaiting its code, or approved but not credited) with
     * {@code reason}: the bank could not send the code, or the operator would not credit it.
     */
    synchronized CardPayment failed(CardPayment payment, String reason) {
        CardPayment stored = records.get(key(payment.msisdn(), payment.id())).orElse(payment);
        if (!stored.needsCrediting() && stored.state() != PaymentState.AWAITING_CONFIRMATION) {
            return stored;
        }
        CardPayment failed = stored.end(PaymentState.FAILED, reason);
        save(failed);
        return failed;
    }

    /** A cursor is the key of the last payment of the page before: 19 digits. */
    static boolean validCursor(String cursor) {
        return cursor.matches("[0-9]{19}");
    }

    /** Up to {@code limit} payments of {@code msisdn} older than the one {@code cursor} names (from the newest when null). */
    synchronized Page page(long msisdn, String cursor, int limit, long now) {
        String numberPrefix = PREFIX + msisdn + "/";
        String after = cursor == null ? null : numberPrefix + cursor;
        List<CardPayment> found = new ArrayList<>(limit);
        String lastKey = null;
        boolean more = false;
        for (Map.Entry<String, byte[]> entry : store.scan(numberPrefix, HISTORY_LIMIT)) {
            if (after != null && entry.getKey().compareTo(after) <= 0) {
                continue;
            }
            if (found.size() == limit) {
                more = true;
                break;
            }
            found.add(expireIfDue(read(entry.getValue()), now));
            lastKey = entry.getKey();
        }
        return new Page(found, more ? lastKey.substring(numberPrefix.length()) : null);
    }

    private CardPayment expireIfDue(CardPayment payment, long now) {
        if (payment.state() != PaymentState.AWAITING_CONFIRMATION || now < payment.confirmBefore()) {
            return payment;
        }
        CardPayment expired = payment.end(PaymentState.EXPIRED, EXPIRED_REASON);
        save(expired);
        return expired;
    }

    /** Newest first: the key holds the id counted down from the largest long. */
    private static String key(long msisdn, long id) {
        return msisdn + "/" + String.format("%019d", Long.MAX_VALUE - id);
    }

    private static CardPayment read(byte[] json) {
        try {
            return Json.mapper().readValue(json, CardPayment.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("a stored card payment cannot be read", e);
        }
    }
}
