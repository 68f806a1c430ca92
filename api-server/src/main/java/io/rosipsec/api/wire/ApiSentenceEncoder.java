package io.rosipsec.api.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an {@link ApiMessage} (normally an {@link ApiReply}) as length-prefixed words followed by the empty word
 * (routeros-api.md §1.2), always with the shortest length prefix and never a control byte. A word that is not a
 * byte string fails the write with {@link ApiCodecException.Reason#NOT_A_BYTE_STRING} (wrapped by Netty in an
 * {@code EncoderException}); nothing of that sentence is written.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API words"</a>
 */
@ChannelHandler.Sharable
public final class ApiSentenceEncoder extends MessageToByteEncoder<ApiMessage> {

    public ApiSentenceEncoder() {
        super(ApiMessage.class);
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, ApiMessage msg, ByteBuf out) {
        List<String> words = msg.words();
        for (String word : words) {
            if (word.isEmpty()) {
                // An empty word is the sentence terminator; inside a sentence it would re-frame the stream.
                throw new IllegalArgumentException("empty word inside " + msg);
            }
            int bad = ApiWords.firstNonByteChar(word);
            if (bad >= 0) {
                throw new ApiCodecException(ApiCodecException.Reason.NOT_A_BYTE_STRING,
                        "char U+" + Integer.toHexString(word.charAt(bad)) + " in word " + word);
            }
        }
        for (String word : words) {
            write(out, word);
        }
        out.writeByte(0);
    }

    /** Appends one word (prefix and bytes) to {@code out}. The word must be a byte string. */
    public static void write(ByteBuf out, String word) {
        ApiWordLength.write(out, word.length());
        out.writeCharSequence(word, StandardCharsets.ISO_8859_1);
    }

    @Override
    protected ByteBuf allocateBuffer(ChannelHandlerContext ctx, ApiMessage msg, boolean preferDirect) {
        int size = 1;
        for (String word : msg.words()) {
            size += ApiWordLength.encodedSize(word.length()) + word.length();
        }
        return preferDirect ? ctx.alloc().ioBuffer(size) : ctx.alloc().heapBuffer(size);
    }
}
