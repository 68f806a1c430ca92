package io.rosipsec.api.wire;

import static io.rosipsec.api.wire.WireBytes.bytesWord;
import static io.rosipsec.api.wire.WireBytes.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.EncoderException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ApiSentenceEncoder}: shortest prefixes, tags, byte-string checks, round trip through the decoders. */
class ApiSentenceEncoderTest {

    private static byte[] encode(ApiMessage msg) {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiSentenceEncoder());
        ch.writeOutbound(msg);
        ByteBuf buf = ch.readOutbound();
        byte[] bytes = ByteBufUtil.getBytes(buf);
        buf.release();
        assertFalse(ch.finish());
        return bytes;
    }

    @Test
    void doneOfTheSpecExample() {
        assertArrayEquals(hex("05 21646F6E65 00"), encode(ApiReply.done().build()));
    }

    @Test
    void tagIsEncodedSecond() {
        assertArrayEquals(hex("05 21646F6E65 07 2E7461673D3130 00"), encode(ApiReply.done().tag("10").build()));
        assertArrayEquals(hex("03 217265 07 3D612D623D7878 00"), encode(ApiReply.re().attribute("a-b", "xx").build()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x7C, 0x7D, 0x3FFC, 0x3FFD, 0x1FFFFC, 0x1FFFFD})
    void minimalPrefixAtEachBoundary(int valueLength) {
        // "=v=" plus the value gives word lengths 0x7F/0x80, 0x3FFF/0x4000, 0x1FFFFF/0x200000.
        String value = bytesWord(valueLength);
        int wordLength = valueLength + 3;
        byte[] bytes = encode(ApiReply.re().attribute("v", value).build());
        int prefixAt = 4;
        int prefixSize = ApiWordLength.prefixSize(bytes[prefixAt]);
        assertEquals(ApiWordLength.encodedSize(wordLength), prefixSize);
        int expectedSize = wordLength <= 0x7F ? 1 : wordLength <= 0x3FFF ? 2 : wordLength <= 0x1FFFFF ? 3 : 4;
        assertEquals(expectedSize, prefixSize);
        assertEquals(4 + prefixSize + wordLength + 1, bytes.length);
        assertEquals(wordLength, ApiWordLength.read(io.netty.buffer.Unpooled.wrappedBuffer(bytes, prefixAt, prefixSize)));
    }

    @Test
    void roundTripThroughDecoderAndAggregatorKeepsAllBytes() {
        ApiSentence request = ApiSentence.builder("/x").attribute("all", bytesWord(512))
                .attribute("utf8", ApiWords.fromUtf8("Ω ≠ ∞")).tag("9").build();
        byte[] bytes = encode(request);
        EmbeddedChannel in = new EmbeddedChannel(new ApiWordDecoder(), new ApiSentenceAggregator());
        in.writeInbound(io.netty.buffer.Unpooled.wrappedBuffer(bytes));
        ApiSentence back = in.readInbound();
        assertEquals(request, back);
        assertEquals("Ω ≠ ∞", ApiWords.toUtf8(back.attributes().get("utf8")));
        assertNull(in.readInbound());
    }

    @Test
    void replyWithAndWithoutTagDecodesBack() {
        for (Optional<String> tag : List.of(Optional.<String>empty(), Optional.of("abc"))) {
            ApiReply trap = ApiReply.trap(tag, 1, "input does not match any value of interface");
            EmbeddedChannel in = new EmbeddedChannel(new ApiWordDecoder(), new ApiSentenceAggregator());
            in.writeInbound(io.netty.buffer.Unpooled.wrappedBuffer(encode(trap)));
            ApiSentence words = in.readInbound();
            assertEquals(trap, ApiReply.parse(words.words()));
            assertEquals(tag, ApiReply.parse(words.words()).tag());
        }
    }

    @Test
    void wordThatIsNotAByteStringFailsTheWrite() {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiSentenceEncoder());
        ApiReply bad = ApiReply.re().attribute("comment", "\u20AC").build();
        EncoderException e = assertThrows(EncoderException.class, () -> ch.writeOutbound(bad));
        ApiCodecException cause = assertInstanceOf(ApiCodecException.class, e.getCause());
        assertEquals(ApiCodecException.Reason.NOT_A_BYTE_STRING, cause.reason());
        assertNull(ch.readOutbound());
        assertFalse(ch.finish());
    }

    @Test
    void emptyWordInsideAMessageFailsTheWrite() {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiSentenceEncoder());
        ApiMessage broken = () -> List.of("!re", "");
        EncoderException e = assertThrows(EncoderException.class, () -> ch.writeOutbound(broken));
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertNull(ch.readOutbound());
        assertFalse(ch.finish());
    }

    @Test
    void staticWriteUsesFiveByteFormOnlyFromTwoHundredFiftySixMebibytes() {
        assertEquals(4, ApiWordLength.encodedSize(0xFFFFFFF));
        assertEquals(5, ApiWordLength.encodedSize(0x10000000));
    }
}
