package io.rosipsec.api.wire;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the words from {@link ApiWordDecoder} until the empty word and emits one {@link ApiSentence}
 * (routeros-api.md §1.3: the router evaluates a sentence only after its terminator).
 *
 * <ul>
 *   <li>An empty sentence (a lone terminator) is ignored, as the router does (§1.2).
 *   <li>A sentence whose words add up to more than {@code maxSentenceSize} bytes raises {@link
 *       ApiCodecException.Reason#SENTENCE_TOO_LONG} once and every later word is dropped (the router's limit is
 *       undocumented, §7 item 13; the default of 128 MiB only guards memory).
 *   <li>If the channel closes with words pending, {@link ApiCodecException.Reason#TRUNCATED} is raised and the
 *       partial sentence is dropped unevaluated.
 * </ul>
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API sentences"</a>
 */
public final class ApiSentenceAggregator extends MessageToMessageDecoder<String> {
    /** Default upper bound for one sentence: 128 MiB of word bytes. */
    public static final long DEFAULT_MAX_SENTENCE_SIZE = 128L << 20;

    private final long maxSentenceSize;
    private final List<String> pending = new ArrayList<>();
    private long pendingSize;
    private boolean failed;

    /** An aggregator accepting sentences up to {@link #DEFAULT_MAX_SENTENCE_SIZE} bytes. */
    public ApiSentenceAggregator() {
        this(DEFAULT_MAX_SENTENCE_SIZE);
    }

    /** An aggregator accepting sentences whose word lengths sum to at most {@code maxSentenceSize}. */
    public ApiSentenceAggregator(long maxSentenceSize) {
        super(String.class);
        if (maxSentenceSize < 0) {
            throw new IllegalArgumentException("maxSentenceSize " + maxSentenceSize);
        }
        this.maxSentenceSize = maxSentenceSize;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, String word, List<Object> out) {
        if (failed) {
            return;
        }
        if (word.isEmpty()) {
            if (!pending.isEmpty()) {
                out.add(ApiSentence.of(pending));
                pending.clear();
                pendingSize = 0;
            }
            return;
        }
        pendingSize += word.length();
        if (pendingSize > maxSentenceSize) {
            failed = true;
            pending.clear();
            throw new ApiCodecException(ApiCodecException.Reason.SENTENCE_TOO_LONG,
                    "more than " + maxSentenceSize + " bytes");
        }
        pending.add(word);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (!failed && !pending.isEmpty()) {
            int words = pending.size();
            pending.clear();
            failed = true;
            ctx.fireExceptionCaught(new ApiCodecException(ApiCodecException.Reason.TRUNCATED,
                    "connection closed after " + words + " words of an unterminated sentence"));
        }
        super.channelInactive(ctx);
    }
}
