package io.telesim.engine.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.billing.rating.UsageKind;
import io.telesim.billing.result.MovementKind;
import org.junit.jupiter.api.Test;

class KindFilterTest {

    @Test
    void shouldShowEveryCreditAndNothingElseInPaymentHistory() {
        for (MovementKind kind : MovementKind.values()) {
            assertEquals(kind.isCredit(), KindFilter.credits().matches(StatementKind.of(kind)), kind.name());
        }
        for (UsageKind kind : UsageKind.values()) {
            assertFalse(KindFilter.credits().matches(StatementKind.of(kind)), kind.name());
            assertTrue(KindFilter.usage().matches(StatementKind.of(kind)), kind.name());
        }
    }

    @Test
    void shouldCombineKindsOfBothSorts() {
        KindFilter filter = KindFilter.of(UsageKind.SMS).or(KindFilter.of(MovementKind.TOP_UP));

        assertTrue(filter.matches(StatementKind.of(UsageKind.SMS)));
        assertTrue(filter.matches(StatementKind.of(MovementKind.TOP_UP)));
        assertFalse(filter.matches(StatementKind.of(UsageKind.VOICE)));
        assertFalse(filter.matches(StatementKind.of(MovementKind.TRANSFER_IN)));
    }

    @Test
    void shouldNameEveryKindByItsBillingLabel() {
        assertEquals("call", StatementKind.label(StatementKind.of(UsageKind.VOICE)));
        assertEquals("promised payment repaid", StatementKind.label(StatementKind.of(MovementKind.PROMISED_REPAYMENT)));
    }
}
