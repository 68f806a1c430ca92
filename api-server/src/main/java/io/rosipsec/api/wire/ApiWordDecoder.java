package io.rosipsec.api.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Splits the API byte stream into words (routeros-api.md §1.2). Each word is emitted as a byte string (a {@code
 * String} with one ISO-8859-1 {@code char} per byte, see {@code package-info}); the empty word that terminates a
 * sentence is emitted as {@code ""}, and {@link ApiSentenceAggregator} groups the words into sentences.
 *
 * <p>Errors, all reported once as an {@link ApiCodecException} through {@code exceptionCaught}, after which every
 * further byte is discarded (the handler then sends {@code !fatal} and closes):
 *
 * <ul>
 *   <li>a reserved control byte {@code 0xF8..0xFF} where a length prefix starts: §1.2 says the receiver cannot
 *       continue;
 *   <li>a declared length above {@code maxWordSize} (the router's limit is undocumented; the default of 64 MiB is
 *       far above anything a RouterOS client sends, so 16 MiB words are decoded normally);
 *   <li>end of input inside a prefix or a word ({@link ApiCodecException.Reason#TRUNCATED}).
 * </ul>
 *
 * <p>A word is only emitted once all its bytes have arrived, so input may be split anywhere.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API words"</a>
 */
public final class ApiWordDecoder extends ByteToMessageDecoder {
    /** Default upper bound for one word: 64 MiB. */
    public static final int DEFAULT_MAX_WORD_SIZE = 64 << 20;

    private enum State {
        LENGTH,
        WORD
    }

    private final int maxWordSize;
    private State state = State.LENGTH;
    private int wordLength;
    private boolean failed;

    /** A decoder accepting words up to {@link #DEFAULT_MAX_WORD_SIZE} bytes. */
    public ApiWordDecoder() {
        this(DEFAULT_MAX_WORD_SIZE);
    }

    /** A decoder accepting words up to {@code maxWordSize} bytes. */
    public ApiWordDecoder(int maxWordSize) {
        if (maxWordSize < 0) {
            throw new IllegalArgumentException("maxWordSize " + maxWordSize);
        }
        this.maxWordSize = maxWordSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        while (true) {
            switch (state) {
                case LENGTH:
                    if (!in.isReadable()) {
                        return;
                    }
                    int first = in.getUnsignedByte(in.readerIndex());
                    int prefixSize = ApiWordLength.prefixSize(first);
                    if (prefixSize < 0) {
                        throw fail(in, ApiCodecException.Reason.CONTROL_BYTE,
                                String.format("0x%02X", first));
                    }
                    if (in.readableBytes() < prefixSize) {
                        return;
                    }
                    long length = ApiWordLength.read(in);
                    if (length > maxWordSize) {
                        throw fail(in, ApiCodecException.Reason.WORD_TOO_LONG,
                                length + " bytes, limit " + maxWordSize);
                    }
                    wordLength = (int) length;
                    state = State.WORD;
                    break;
                case WORD:
                    if (in.readableBytes() < wordLength) {
                        return;
                    }
                    out.add(in.readCharSequence(wordLength, StandardCharsets.ISO_8859_1).toString());
                    state = State.LENGTH;
                    break;
                default:
                    throw new IllegalStateException(state.toString());
            }
        }
    }

    @Override
    protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws Exception {
        super.decodeLast(ctx, in, out);
        if (failed) {
            return;
        }
        if (state == State.WORD) {
            throw fail(in, ApiCodecException.Reason.TRUNCATED,
                    "input ended inside a word of " + wordLength + " bytes");
        }
        if (in.isReadable()) {
            throw fail(in, ApiCodecException.Reason.TRUNCATED, "input ended inside a length prefix");
        }
    }

    private ApiCodecException fail(ByteBuf in, ApiCodecException.Reason reason, String detail) {
        failed = true;
        in.skipBytes(in.readableBytes());
        return new ApiCodecException(reason, detail);
    }
}
