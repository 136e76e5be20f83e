package io.telesim.ussd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.telesim.ussd.app.UssdCode;

class UssdCodeTest {

    @Test
    void codesSplitIntoServiceCodeAndParameters() {
        assertEquals(new UssdCode("*100#", "100", List.of()), UssdCode.parse("*100#"));
        assertEquals(new UssdCode("*111*828*1#", "111", List.of("828", "1")), UssdCode.parse(" *111*828*1# "));
        assertEquals(List.of("+79160000002", "50"), UssdCode.parse("*112*+79160000002*50#").parameters());
    }

    @Test
    void malformedCodesAreRefusedWithTextAHandsetCanShow() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UssdCode.parse("100#")).getMessage().contains("starts with *"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UssdCode.parse("*111**1#")).getMessage().contains("digits"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UssdCode.parse("*1111#")).getMessage().contains("1 to 3 digits"));
        assertThrows(IllegalArgumentException.class, () -> UssdCode.parse("*ab#"));
        assertThrows(IllegalArgumentException.class, () -> UssdCode.parse(null));
    }
}
