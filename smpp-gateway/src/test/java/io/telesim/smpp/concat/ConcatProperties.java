package io.telesim.smpp.concat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.text.EncodedText;
import io.telesim.smpp.text.SmsEncoder;
import io.telesim.smpp.text.SmsSplitter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Split messages come back whole through the UDH and the reassembler; the reassembler's memory is bounded. */
class ConcatProperties {

    private static final ch.qos.logback.classic.Logger REASSEMBLER_LOG =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Reassembler.class);
    private static ch.qos.logback.classic.Level reassemblerLevel;

    /** Streams that never expire let go of messages by design; their warnings would only flood the build log. */
    @BeforeContainer
    static void quietenTheReassemblersWarnings() {
        reassemblerLevel = REASSEMBLER_LOG.getLevel();
        REASSEMBLER_LOG.setLevel(ch.qos.logback.classic.Level.ERROR);
    }

    @AfterContainer
    static void restoreTheReassemblersWarnings() {
        REASSEMBLER_LOG.setLevel(reassemblerLevel);
    }

    private static final String GSM_CHARACTERS = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€\f";

    /** Edge cases off: computing them for these nested texts took seconds; SmsSplitterTest covers the boundaries. */
    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void splitPartsReassembleToTheOriginalTextInAnyArrivalOrder(@ForAll("messages") String text,
            @ForAll @IntRange(max = 255) int reference, @ForAll long shuffleSeed) throws SmppRejection {
        EncodedText encoded = SmsEncoder.encode(text);
        List<byte[]> parts = new ArrayList<>(SmsSplitter.split(encoded, reference));
        Collections.shuffle(parts, new Random(shuffleSeed));
        Reassembler reassembler = new Reassembler(8, 60_000);

        Reassembled whole = null;
        for (int i = 0; i < parts.size(); i++) {
            byte[] shortMessage = parts.get(i);
            String partText;
            ConcatPart part;
            if (parts.size() == 1) {
                part = new ConcatPart(0, 1, 1);
                partText = encoded.alphabet().decode(shortMessage, 0, shortMessage.length);
            } else {
                int header = Udh.headerLength(shortMessage);
                part = Udh.concatenation(shortMessage);
                assertNotNull(part);
                assertEquals(reference, part.reference());
                assertEquals(parts.size(), part.total());
                partText = encoded.alphabet().decode(shortMessage, header, shortMessage.length - header);
                assertTrue(partText.isEmpty() || !Character.isHighSurrogate(partText.charAt(partText.length() - 1)),
                        "no part ends in half a surrogate pair");
            }
            whole = reassembler.offer("79160000002", 79_160_000_001L, part, partText, i);
            if (i < parts.size() - 1) {
                assertNull(whole, "no message before its last part");
            }
        }

        assertNotNull(whole);
        assertEquals(text, whole.text());
        assertEquals(parts.size(), whole.parts());
        assertEquals(0, reassembler.pending());
    }

    @Property(tries = 200)
    void reassemblerMemoryStaysBoundedAndEveryMessageComesOutOrIsCountedLostForAnyPartStream(
            @ForAll("partStreams") List<Tuple.Tuple3<Integer, ConcatPart, Integer>> stream,
            @ForAll @IntRange(min = 1, max = 6) int maxPending, @ForAll @IntRange(min = 1, max = 12) int expireEvery) {
        Reassembler reassembler = new Reassembler(maxPending, 1_000);
        List<Reassembled> out = new ArrayList<>();
        long now = 0;
        int started = 0;
        int offers = 0;
        for (Tuple.Tuple3<Integer, ConcatPart, Integer> offer : stream) {
            now += offer.get3();
            ConcatPart part = offer.get2();
            int pendingBefore = reassembler.pending();
            long pushedOutBefore = reassembler.pushedOut() + reassembler.lost();
            Reassembled whole = reassembler.offer("s" + offer.get1(), 79_160_000_000L + offer.get1(), part, "p" + part.sequence(), now);
            boolean pushedOut = reassembler.pushedOut() + reassembler.lost() > pushedOutBefore;
            if (part.total() == 1 || reassembler.pending() > pendingBefore || pushedOut) {
                started++;
            }
            if (whole != null) {
                out.add(whole);
            }
            assertTrue(reassembler.pending() <= maxPending, "pending " + reassembler.pending() + " over " + maxPending);
            assertTrue(reassembler.pushedOut() <= maxPending, "pushed out " + reassembler.pushedOut() + " over " + maxPending);
            if (++offers % expireEvery == 0) {
                out.addAll(reassembler.expire(now));
            }
        }
        out.addAll(reassembler.expire(Long.MAX_VALUE));

        assertEquals(0, reassembler.pending());
        assertEquals(0, reassembler.pushedOut());
        assertEquals(started, out.size() + reassembler.lost(), "every message started comes out or is counted lost");
        for (Reassembled message : out) {
            for (int sequence = 1; sequence <= message.parts(); sequence++) {
                assertTrue(message.text().contains("p" + sequence) || message.text().contains(Reassembler.missingMarker(sequence, message.parts())),
                        "part " + sequence + " is there or marked missing in " + message.text());
            }
        }
    }

    /** Half of them GSM only, dense with escape pairs; half with Cyrillic and emoji too, so UCS2. */
    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> gsm = Arbitraries.strings().withChars(GSM_CHARACTERS.toCharArray()).ofMinLength(1).ofMaxLength(120);
        Arbitrary<String> escaped = Arbitraries.strings().withChars("{}[]€~|^\\\f".toCharArray()).ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> cyrillic = Arbitraries.strings().withCharRange('А', 'я').ofMinLength(1).ofMaxLength(80);
        Arbitrary<String> emoji = Arbitraries.of("😀", "👍🏽", "🇷🇺", "𝄞");
        Arbitrary<String> gsmOnly = Arbitraries.frequencyOf(Tuple.of(1, gsm), Tuple.of(1, escaped))
                .list().ofMaxSize(14).map(list -> String.join("", list));
        Arbitrary<String> mixed = Arbitraries.frequencyOf(Tuple.of(4, gsm), Tuple.of(2, escaped), Tuple.of(2, cyrillic), Tuple.of(2, emoji))
                .list().ofMaxSize(12).map(list -> String.join("", list));
        return Arbitraries.oneOf(gsmOnly, mixed);
    }

    /** Offers of (sender, part, milliseconds since the previous offer) from a few senders with clashing references. */
    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, ConcatPart, Integer>>> partStreams() {
        Arbitrary<ConcatPart> parts = Combinators.combine(
                        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 5))
                .as((reference, total, sequence) -> new ConcatPart(reference, total, Math.min(sequence, total)));
        return Combinators.combine(Arbitraries.integers().between(0, 5), parts, Arbitraries.integers().between(0, 700))
                .as(Tuple::of)
                .list().ofMaxSize(200);
    }
}
