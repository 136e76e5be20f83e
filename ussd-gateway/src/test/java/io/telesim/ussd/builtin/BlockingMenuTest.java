package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.account.AccountStatus;

class BlockingMenuTest {

    private final BuiltinFixture fixture = new BuiltinFixture();

    @BeforeEach
    void provision() {
        fixture.provision(ANNA, "go", 50_000);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldBlockThenUnblockAfterConfirmations() {
        BuiltinFixture.Handset block = fixture.dial(ANNA, "*111#").answer("6", "1");
        assertEquals("Block your number? Calls, SMS and data stop until you unblock it.\n1 Yes\n2 No", block.text());
        assertEquals("Your number is blocked.", block.answer("1").text());
        assertEquals(AccountStatus.BLOCKED_VOLUNTARY, fixture.read(ANNA).status());

        BuiltinFixture.Handset unblock = fixture.dial(ANNA, "*111#").answer("6");
        assertEquals("Number blocked at the subscriber's request\n1 Unblock\n0 Back", unblock.text());
        assertEquals("Your number is unblocked.", unblock.answer("1", "1").text());
        assertEquals(AccountStatus.ACTIVE, fixture.read(ANNA).status());
    }

    @Test
    void shouldLeaveTheNumberActiveWhenTheUserSaysNo() {
        assertEquals(Menu.CANCELLED, fixture.dial(ANNA, "*111#").answer("6", "1", "2").text());

        assertEquals(AccountStatus.ACTIVE, fixture.read(ANNA).status());
    }
}
