package io.telesim.smpp.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.smpp.SmppRejection;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Texts in every alphabet read back as they were written; counting and splitting agree. */
class TextProperties {

    static final String GSM_CHARACTERS = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€\f";

    @Property(tries = 500)
    void gsmTextDecodesToTheTextItWasEncodedFrom(@ForAll("gsmText") String text) throws SmppRejection {
        byte[] septets = SmsAlphabet.GSM7.encode(text);

        assertEquals(Gsm7.septets(text), septets.length);
        assertEquals(text, SmsAlphabet.GSM7.decode(septets, 0, septets.length));
        for (byte septet : septets) {
            assertTrue(septet >= 0, "every octet is a septet");
        }
    }

    @Property(tries = 500)
    void anyUtf16TextDecodesFromUcs2ToTheTextItWasEncodedFrom(@ForAll("anyText") String text) throws SmppRejection {
        byte[] octets = SmsAlphabet.UCS2.encode(text);

        assertEquals(2 * text.length(), octets.length);
        assertEquals(text, SmsAlphabet.UCS2.decode(octets, 0, octets.length));
    }

    @Property(tries = 300)
    void binaryDataReadsAsHexThatEncodesBackToTheSameOctets(@ForAll @Size(max = 200) byte[] data) throws SmppRejection {
        String hex = SmsAlphabet.BINARY.decode(data, 0, data.length);

        assertEquals(2 * data.length, hex.length());
        assertEquals(hex.toUpperCase(), hex);
        assertArrayEquals(data, SmsAlphabet.BINARY.encode(hex));
    }

    @Property(tries = 500)
    void septetCountIsTheLengthOfTheEncodingForAnyText(@ForAll("anyText") String text) {
        assertEquals(Gsm7.encode(text).length, Gsm7.septets(text));
    }

    @Property(tries = 500)
    void theEncoderPicksGsmExactlyWhenEveryCharacterFits(@ForAll("anyText") String text) {
        EncodedText encoded = SmsEncoder.encode(text);

        assertEquals(Gsm7.canEncode(text) ? SmsAlphabet.GSM7 : SmsAlphabet.UCS2, encoded.alphabet());
    }

    @Property(tries = 500)
    void theSmsCountIsTheNumberOfPartsTheSplitterMakes(@ForAll("anyText") String text, @ForAll @IntRange(max = 255) int reference) {
        EncodedText encoded = SmsEncoder.encode(text);
        List<byte[]> parts = SmsSplitter.split(encoded, reference);

        assertEquals(parts.size(), Segments.count(text));
        int lengthBound = Segments.count(encoded.alphabet(), encoded.units());
        assertTrue(parts.size() >= lengthBound, "keeping pairs whole never saves a part");
    }

    @Property(tries = 300)
    void decodingArbitraryOctetsEitherGivesTextOrRejects(@ForAll byte dataCoding, @ForAll @Size(max = 60) byte[] octets) {
        try {
            SmsAlphabet alphabet = SmsAlphabet.of(dataCoding);
            String text = alphabet.decode(octets, 0, octets.length);
            assertTrue(text.length() <= 2 * octets.length);
        } catch (SmppRejection rejection) {
            assertTrue(rejection.commandStatus() != 0 && !rejection.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<String> gsmText() {
        return Arbitraries.strings().withChars(GSM_CHARACTERS.toCharArray()).ofMaxLength(400);
    }

    /** Mostly GSM text with Cyrillic, emoji and stray surrogate halves mixed in, at lengths around the part boundaries. */
    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> pieces = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.strings().withChars(GSM_CHARACTERS.toCharArray()).ofMinLength(1).ofMaxLength(40)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().withCharRange('А', 'я').ofMinLength(1).ofMaxLength(20)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("😀", "👍🏽", "🇷🇺", "𝄞")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(5)));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }
}
