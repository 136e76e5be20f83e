package io.telesim.simulator.web.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.telesim.simulator.web.store.MemoryKeyValueStore;

/** The card payments' states over time: confirmation codes, attempts, the ten-minute deadline, history order. */
class PaymentBookTest {

    private static final long NUMBER = 79_161_000_001L;
    private static final long T0 = 1_800_000_000_000L;
    private static final long TEN_MINUTES = CardTopUps.CONFIRMATION_MILLIS;

    private final PaymentBook book = new PaymentBook(new MemoryKeyValueStore());

    private CardPayment awaiting(long id, String code) {
        CardPayment payment = CardPayment.awaiting(id, NUMBER, T0, 10_000, "**** 3220", ConfirmationCode.hash(code),
                PaymentBook.CONFIRMATION_ATTEMPTS, T0 + TEN_MINUTES);
        book.save(payment);
        return payment;
    }

    @Test
    void theRightCodeApprovesOnceAndForgetsTheCode() {
        awaiting(1, "123456");
        PaymentBook.Confirmation first = book.confirm(NUMBER, 1, "123456", T0 + 1_000).orElseThrow();
        assertEquals(PaymentBook.Verdict.APPROVED, first.verdict());
        assertNull(first.payment().codeHash());
        assertTrue(first.payment().needsCrediting());
        assertEquals(PaymentBook.Verdict.ALREADY_APPROVED, book.confirm(NUMBER, 1, "123456", T0 + 2_000).orElseThrow().verdict());
        assertEquals(false, book.credited(first.payment()).needsCrediting());
        assertEquals(false, book.find(NUMBER, 1, T0 + 3_000).orElseThrow().needsCrediting());
    }

    @Test
    void threeWrongCodesFailThePaymentAndTheRightOneComesTooLate() {
        awaiting(2, "123456");
        assertEquals(PaymentBook.Verdict.WRONG_CODE, book.confirm(NUMBER, 2, "000000", T0).orElseThrow().verdict());
        assertEquals(1, book.confirm(NUMBER, 2, "000001", T0).orElseThrow().payment().attemptsLeft());
        PaymentBook.Confirmation third = book.confirm(NUMBER, 2, "000002", T0).orElseThrow();
        assertEquals(PaymentBook.Verdict.FAILED, third.verdict());
        assertEquals(PaymentState.FAILED, third.payment().state());
        assertEquals(PaymentBook.Verdict.NOT_AWAITING, book.confirm(NUMBER, 2, "123456", T0).orElseThrow().verdict());
    }

    @Test
    void anUnconfirmedPaymentExpiresAfterTenMinutes() {
        awaiting(3, "123456");
        assertEquals(PaymentState.AWAITING_CONFIRMATION, book.find(NUMBER, 3, T0 + TEN_MINUTES - 1).orElseThrow().state());
        CardPayment expired = book.find(NUMBER, 3, T0 + TEN_MINUTES).orElseThrow();
        assertEquals(PaymentState.EXPIRED, expired.state());
        assertEquals(PaymentBook.EXPIRED_REASON, expired.reason());
        assertEquals(PaymentBook.Verdict.NOT_AWAITING, book.confirm(NUMBER, 3, "123456", T0 + TEN_MINUTES).orElseThrow().verdict());
        awaiting(4, "654321");
        assertEquals(PaymentState.EXPIRED, book.page(NUMBER, null, 10, T0 + TEN_MINUTES + 1).payments().get(0).state(),
                "the history shows it expired too");
    }

    @Test
    void confirmationsAtOnceApproveOnce() throws Exception {
        awaiting(5, "123456");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<PaymentBook.Verdict>> verdicts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                verdicts.add(threads.submit(() -> book.confirm(NUMBER, 5, "123456", T0).orElseThrow().verdict()));
            }
            int approved = 0;
            for (Future<PaymentBook.Verdict> verdict : verdicts) {
                approved += verdict.get() == PaymentBook.Verdict.APPROVED ? 1 : 0;
            }
            assertEquals(1, approved);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theHistoryIsNewestFirstAndOnlyTheNumbersOwn() {
        for (long id = 10; id < 15; id++) {
            book.save(CardPayment.declined(id, NUMBER, T0 + id, 1_000, "**** 0002", TestAcquirer.INSUFFICIENT_FUNDS));
        }
        book.save(CardPayment.declined(99, NUMBER + 1, T0, 1_000, "**** 0002", TestAcquirer.INSUFFICIENT_FUNDS));
        PaymentBook.Page first = book.page(NUMBER, null, 3, T0);
        assertEquals(List.of(14L, 13L, 12L), first.payments().stream().map(CardPayment::id).toList());
        PaymentBook.Page second = book.page(NUMBER, first.nextCursor(), 3, T0);
        assertEquals(List.of(11L, 10L), second.payments().stream().map(CardPayment::id).toList());
        assertNull(second.nextCursor());
        assertTrue(book.find(NUMBER, 99, T0).isEmpty(), "another number's payment is not found under this one");
    }

    @Test
    void theTopUpCommandIdDependsOnlyOnThePayment() {
        assertEquals((long) 'P' << 56 | 42, PaymentIds.topUpCommandId(42), "the tag P above the payment id");
        assertTrue(PaymentIds.topUpCommandId(42) != PaymentIds.topUpCommandId(43));
        PaymentIds ids = new PaymentIds(T0);
        assertTrue(ids.next() < ids.next());
        assertTrue(ids.next() < 1L << 53, "ids stay exact in JavaScript");
    }
}
