package io.rosipsec.api.wire;

import static io.rosipsec.api.wire.WireBytes.concat;
import static io.rosipsec.api.wire.WireBytes.hex;
import static io.rosipsec.api.wire.WireBytes.sentence;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

/** The full server codec pipeline reacting to broken framing. */
class ApiFramingErrorHandlerTest {

    private static EmbeddedChannel serverPipeline(int maxWord) {
        return new EmbeddedChannel(new ApiSentenceEncoder(), new ApiWordDecoder(maxWord),
                new ApiSentenceAggregator(), new ApiFramingErrorHandler());
    }

    @Test
    void controlByteSendsFatalAndCloses() {
        EmbeddedChannel ch = serverPipeline(1024);
        ch.writeInbound(Unpooled.wrappedBuffer(concat(sentence("/login"), hex("F8"), sentence("/x"))));
        assertEquals(ApiSentence.of("/login"), ch.readInbound());
        assertNull(ch.readInbound());
        ByteBuf out = ch.readOutbound();
        assertArrayEquals(sentence("!fatal", "unknown control byte"), ByteBufUtil.getBytes(out));
        out.release();
        assertFalse(ch.isOpen());
    }

    @Test
    void oversizedWordSendsFatalAndCloses() {
        EmbeddedChannel ch = serverPipeline(10);
        ch.writeInbound(Unpooled.wrappedBuffer(hex("0B")));
        ByteBuf out = ch.readOutbound();
        assertArrayEquals(sentence("!fatal", "word too long"), ByteBufUtil.getBytes(out));
        out.release();
        assertFalse(ch.isOpen());
    }

    @Test
    void truncationOnlyCloses() {
        EmbeddedChannel ch = serverPipeline(1024);
        ch.writeInbound(Unpooled.wrappedBuffer(hex("05 2F61")));
        assertTrue(ch.isOpen());
        ch.close();
        assertNull(ch.readOutbound());
        assertFalse(ch.isOpen());
    }

    @Test
    void otherExceptionsPassThrough() {
        EmbeddedChannel ch = serverPipeline(1024);
        ch.pipeline().fireExceptionCaught(new IllegalStateException("not ours"));
        assertThrows(IllegalStateException.class, ch::checkException);
        assertTrue(ch.isOpen());
    }
}
