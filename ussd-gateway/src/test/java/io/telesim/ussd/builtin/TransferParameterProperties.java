package io.telesim.ussd.builtin;

import static io.telesim.billing.TestNumbers.ANNA;
import static io.telesim.billing.TestNumbers.BORIS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

class TransferParameterProperties {

    private BuiltinFixture fixture;

    @BeforeProperty
    void open() {
        fixture = new BuiltinFixture();
        fixture.provision(ANNA, "go", 50_000);
        fixture.provision(BORIS, "go", 10_000);
    }

    @AfterProperty
    void close() {
        fixture.close();
    }

    @Property(tries = 200)
    void anyParametersEitherEndWithATextOrAskAndNoMovesNoMoney(@ForAll("fields") List<String> fields) {
        BuiltinFixture.Handset handset = fixture.dial(ANNA, "*112*" + String.join("*", fields) + "#");

        if (!handset.ended()) {
            assertTrue(handset.text().startsWith("Transfer ") && handset.text().endsWith("\n1 Yes\n2 No"), handset.text());
            assertEquals(Menu.CANCELLED, handset.answer("2").text());
        } else {
            assertTrue(handset.text().endsWith("Dial *112*number*amount#, e.g. *112*79160000002*50#"), handset.text());
        }
        assertEquals(50_000, fixture.read(ANNA).balance());
        assertEquals(10_000, fixture.read(BORIS).balance());
    }

    /** One to three fields of what a handset may put between stars: digits and plus signs, often a number or an amount. */
    @Provide
    Arbitrary<List<String>> fields() {
        Arbitrary<String> any = Arbitraries.strings().withChars("0123456789+").ofMinLength(1).ofMaxLength(14);
        Arbitrary<String> number = Arbitraries.of("79160000002", "+79160000002", "89160000002", "9160000002", "79160000001", "79030000001");
        Arbitrary<String> amount = Arbitraries.longs().between(0, 100_000_000_000L).map(String::valueOf);
        return Arbitraries.frequencyOf(
                        Tuple.of(3, any), Tuple.of(2, number), Tuple.of(2, amount))
                .list().ofMinSize(1).ofMaxSize(3);
    }
}
