package io.telesim.simulator.web.mail;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which e-mail addresses the statement may be sent to. */
class EmailAddressTest {

    @Test
    void acceptsTheAddressesPeopleUse() {
        for (String address : new String[] {"anna@example.com", "anna.petrova+bills@mail.example.ru", "a_b-c@x-y.co.uk", "o'neil@example.org"}) {
            assertNull(EmailAddress.problem(address), address);
        }
    }

    @Test
    void refusesWhatIsNotAnAddressOrCouldForgeHeaders() {
        for (String address : new String[] {null, "", "anna", "anna@", "@example.com", "anna@@example.com", "an na@example.com",
                "anna@example", "anna@example.c", ".anna@example.com", "anna.@example.com", "an..na@example.com",
                "anna@-example.com", "anna@example.com\r\nBcc: x@example.org", "anna@exa_mple.com", "a".repeat(65) + "@example.com",
                "anna@" + "x".repeat(250) + ".com"}) {
            assertNotNull(EmailAddress.problem(address), String.valueOf(address));
        }
    }
}
