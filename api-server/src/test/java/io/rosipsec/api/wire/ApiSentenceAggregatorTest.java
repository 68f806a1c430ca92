package io.rosipsec.api.wire;

import static io.rosipsec.api.wire.WireBytes.concat;
import static io.rosipsec.api.wire.WireBytes.hex;
import static io.rosipsec.api.wire.WireBytes.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ApiSentenceAggregator} behind {@link ApiWordDecoder}, as in the server pipeline. */
class ApiSentenceAggregatorTest {

    private static EmbeddedChannel pipeline() {
        return new EmbeddedChannel(new ApiWordDecoder(), new ApiSentenceAggregator());
    }

    @Test
    void sentencesSplitAtEveryByte() {
        byte[] wire = concat(
                sentence("/login", "=name=admin", "=password="),
                sentence("/ip/ipsec/peer/print", ".tag=7", "?name=p1"));
        EmbeddedChannel ch = pipeline();
        for (int i = 0; i < wire.length; i++) {
            ch.writeInbound(Unpooled.wrappedBuffer(wire, i, 1));
            if (i < wire.length - 1 && i != 30) {
                // The first sentence is 31 bytes long; nothing may surface before its terminator.
                assertNull(ch.readInbound(), "byte " + i);
            } else {
                ApiSentence s = ch.readInbound();
                assertEquals(i == 30 ? "/login" : "/ip/ipsec/peer/print", s.command(), "byte " + i);
            }
        }
        assertFalse(ch.finish());
    }

    @Test
    void emptySentencesAreIgnored() {
        EmbeddedChannel ch = pipeline();
        ch.writeInbound(Unpooled.wrappedBuffer(concat(hex("00 00"), sentence("/a"), hex("00"), sentence("/b"))));
        assertEquals(ApiSentence.of("/a"), ch.readInbound());
        assertEquals(ApiSentence.of("/b"), ch.readInbound());
        assertNull(ch.readInbound());
        assertFalse(ch.finish());
    }

    @Test
    void unterminatedSentenceAtCloseIsTruncatedAndDropped() {
        EmbeddedChannel ch = pipeline();
        byte[] wire = sentence("/a", "=x=1");
        ch.writeInbound(Unpooled.wrappedBuffer(wire, 0, wire.length - 1));
        assertNull(ch.readInbound());
        ApiCodecException e = assertThrows(ApiCodecException.class, ch::finish);
        assertEquals(ApiCodecException.Reason.TRUNCATED, e.reason());
        assertNull(ch.readInbound());
    }

    @Test
    void sentenceAboveLimitIsFatal() {
        EmbeddedChannel ch = new EmbeddedChannel(new ApiWordDecoder(), new ApiSentenceAggregator(10));
        ch.writeInbound(Unpooled.wrappedBuffer(sentence("/a", "=b=12345")));
        assertEquals(List.of("/a", "=b=12345"), ((ApiSentence) ch.readInbound()).words());
        ApiCodecException e = assertThrows(ApiCodecException.class,
                () -> ch.writeInbound(Unpooled.wrappedBuffer(sentence("/a", "=b=123456"))));
        assertEquals(ApiCodecException.Reason.SENTENCE_TOO_LONG, e.reason());
        ch.writeInbound(Unpooled.wrappedBuffer(sentence("/later")));
        assertNull(ch.readInbound());
        assertFalse(ch.finish());
    }
}
