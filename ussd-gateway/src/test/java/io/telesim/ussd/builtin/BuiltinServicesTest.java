package io.telesim.ussd.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.telesim.ussd.app.UssdCode;

class BuiltinServicesTest {

    private final BuiltinFixture fixture = new BuiltinFixture();
    private final BuiltinServices services = fixture.services;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void shouldRegisterTheFixedCodesThenEveryCatalogServiceCode() {
        assertEquals(List.of("*100#", "*111#", "*111*123#", "*111*456#", "*112#",
                        "*111*90#", "*111*28#", "*111*42#", "*111*38#", "*111*828*1#", "*111*828*2#", "*111*1100#", "*111*1200#",
                        "*111*1300#"),
                List.copyOf(services.exactCodes().keySet()));
        assertEquals(List.of("*112*"), List.copyOf(services.prefixes().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> services.exactCodes().clear());
    }

    @Test
    void shouldFindExactCodesFirstThenPrefixes() {
        assertSame(services.exactCodes().get("*100#"), services.find(UssdCode.parse("*100#")).orElseThrow());
        assertSame(services.prefixes().get("*112*"), services.find(UssdCode.parse("*112*79160000002*50#")).orElseThrow());
        assertTrue(services.find(UssdCode.parse("*101#")).isEmpty());
        assertTrue(services.find(UssdCode.parse("*111*828*3#")).isEmpty());
        assertTrue(services.find(UssdCode.parse("*11*2#")).isEmpty());
    }
}
