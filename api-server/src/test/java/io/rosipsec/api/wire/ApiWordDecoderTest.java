package io.rosipsec.api.wire;

import static io.rosipsec.api.wire.WireBytes.bytesWord;
import static io.rosipsec.api.wire.WireBytes.concat;
import static io.rosipsec.api.wire.WireBytes.hex;
import static io.rosipsec.api.wire.WireBytes.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ApiWordDecoder} over {@link EmbeddedChannel}, fed whole and one byte at a time. */
class ApiWordDecoderTest {

    private static List<String> drain(EmbeddedChannel ch) {
        List<String> words = new ArrayList<>();
        for (Object o; (o = ch.readInbound()) != null; ) {
            words.add((String) o);
        }
        return words;
    }

    private static List<String> decodeWhole(byte[] bytes) {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder());
        ch.writeInbound(Unpooled.wrappedBuffer(bytes));
        ch.finish();
        return drain(ch);
    }

    private static List<String> decodeByteByByte(byte[] bytes) {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder());
        List<String> words = new ArrayList<>();
        for (byte b : bytes) {
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
            words.addAll(drain(ch));
        }
        ch.finish();
        words.addAll(drain(ch));
        return words;
    }

    @Test
    void workedLoginExampleOfSpec() {
        // routeros-api.md §1.2 worked example, byte for byte.
        byte[] wire = hex("06 2F6C6F67696E 0B 3D6E616D653D61646D696E 0A 3D70617373776F72643D 00");
        List<String> expected = List.of("/login", "=name=admin", "=password=", "");
        assertEquals(expected, decodeWhole(wire));
        assertEquals(expected, decodeByteByByte(wire));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 0x7F, 0x80, 0xFF, 0x100, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000})
    void lengthBoundariesWholeAndSplitAtEveryByte(int length) {
        String word = bytesWord(length);
        byte[] wire = concat(sentence("/x", word), sentence("/y"));
        List<String> expected = length == 0
                ? List.of("/x", "", "", "/y", "")
                : List.of("/x", word, "", "/y", "");
        assertEquals(expected, decodeWhole(wire));
        if (length <= 0x4000) {
            assertEquals(expected, decodeByteByByte(wire));
        }
    }

    @Test
    void everyPrefixFormSplitAtEveryByteBoundary() {
        // One stream with a word of each of the 1-, 2-, 3- and 4-byte forms, fed one byte at a time.
        List<String> words = List.of(bytesWord(0x7F), bytesWord(0x80), bytesWord(0x3FFF), bytesWord(0x4000),
                bytesWord(0x200000));
        byte[] wire = sentence(words.toArray(new String[0]));
        List<String> expected = new ArrayList<>(words);
        expected.add("");
        assertEquals(expected, decodeByteByByte(wire));
    }

    @Test
    void largestFourByteAndSmallestFiveByteLengthsAreAcceptedAndAwaited() {
        // Feeding 256 MiB is pointless; the prefix is accepted, the decoder waits for the body,
        // and closing mid-word reports truncation rather than a framing error.
        for (String prefix : List.of("EFFFFFFF", "F010000000", "F310000000")) {
            EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder(Integer.MAX_VALUE));
            ch.writeInbound(Unpooled.wrappedBuffer(concat(hex(prefix), new byte[1000])));
            assertNull(ch.readInbound());
            ApiCodecException e = assertThrows(ApiCodecException.class, ch::finish);
            assertEquals(ApiCodecException.Reason.TRUNCATED, e.reason());
        }
    }

    @Test
    void valuesAreEightBitClean() {
        String all = bytesWord(256);
        String utf8 = ApiWords.fromUtf8("=comment=Grüße ✓");
        List<String> words = decodeByteByByte(sentence("/x", "=v=" + all, utf8));
        assertEquals(List.of("/x", "=v=" + all, utf8, ""), words);
        assertEquals("=comment=Grüße ✓", ApiWords.toUtf8(words.get(2)));
    }

    @Test
    void multiSentenceBufferInOneRead() {
        byte[] wire = concat(sentence("/a", ".tag=1"), hex("00"), sentence("/b", "=x=y"), sentence("/c"));
        assertEquals(List.of("/a", ".tag=1", "", "", "/b", "=x=y", "", "/c", ""), decodeWhole(wire));
    }

    @Test
    void sixteenMebibyteWord() {
        int length = 16 << 20;
        String word = bytesWord(length);
        byte[] wire = sentence("/x", word);
        EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder());
        // Arrives in 64 KiB segments like TCP reads would.
        for (int off = 0; off < wire.length; off += 65536) {
            ch.writeInbound(Unpooled.wrappedBuffer(wire, off, Math.min(65536, wire.length - off)));
        }
        assertEquals("/x", ch.readInbound());
        String got = ch.readInbound();
        assertEquals(length, got.length());
        assertEquals(word, got);
        assertEquals("", ch.readInbound());
        assertFalse(ch.finish());
    }

    @ParameterizedTest
    @ValueSource(ints = {0xF8, 0xF9, 0xFE, 0xFF})
    void controlByteIsFatalAndLaterInputIsDiscarded(int control) {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder());
        byte[] wire = concat(sentence("/ok"), new byte[] {(byte) control}, sentence("/never"));
        ApiCodecException e = assertThrows(ApiCodecException.class,
                () -> ch.writeInbound(Unpooled.wrappedBuffer(wire)));
        assertEquals(ApiCodecException.Reason.CONTROL_BYTE, e.reason());
        assertEquals("unknown control byte", e.fatalReason());
        assertEquals(List.of("/ok", ""), drain(ch));
        ch.writeInbound(Unpooled.wrappedBuffer(sentence("/still-never")));
        assertTrue(drain(ch).isEmpty());
        assertFalse(ch.finish());
    }

    @Test
    void wordAboveLimitIsFatal() {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder(100));
        ch.writeInbound(Unpooled.wrappedBuffer(sentence("/x", bytesWord(100))));
        assertEquals(3, drain(ch).size());
        ApiCodecException e = assertThrows(ApiCodecException.class,
                () -> ch.writeInbound(Unpooled.wrappedBuffer(hex("8065"))));
        assertEquals(ApiCodecException.Reason.WORD_TOO_LONG, e.reason());
        assertFalse(ch.finish());
    }

    @Test
    void truncatedInsidePrefixAndInsideWord() {
        for (String partial : List.of("C040", "E0", "F01000", "0361", "03")) {
            EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder());
            ch.writeInbound(Unpooled.wrappedBuffer(hex(partial)));
            assertNull(ch.readInbound());
            ApiCodecException e = assertThrows(ApiCodecException.class, ch::finish, partial);
            assertEquals(ApiCodecException.Reason.TRUNCATED, e.reason());
        }
    }

    @Test
    void closeBetweenWordsIsNotAWordError() {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder());
        ch.writeInbound(Unpooled.wrappedBuffer(hex("022F78")));
        assertEquals("/x", ch.readInbound());
        assertFalse(ch.finish());
    }
}
