package io.rosipsec.api.wire;

import io.netty.handler.codec.DecoderException;

/**
 * A framing error on an API connection. Framing errors are fatal: once one has been raised the decoder that raised
 * it discards all further input, because word boundaries can no longer be trusted (routeros-api.md §1.2: "a
 * receiver cannot continue after an unknown [control byte]"). The handler that sees this exception is expected to
 * send {@code !fatal} with {@link #fatalReason()} and close the connection (§6 item 1, "reject/close on control
 * bytes"; the router's exact reaction is unverified, §1.10 and §7 item 1).
 *
 * <p>Extends {@link DecoderException} so that {@code ByteToMessageDecoder} passes it to {@code exceptionCaught}
 * unwrapped.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "API words"</a>
 */
public final class ApiCodecException extends DecoderException {
    private static final long serialVersionUID = 1L;

    /** What went wrong; each value carries the reason word used for {@code !fatal}. */
    public enum Reason {
        /** First length byte in the reserved control range {@code 0xF8..0xFF}. */
        CONTROL_BYTE("unknown control byte"),
        /** Declared word length above the configured maximum. */
        WORD_TOO_LONG("word too long"),
        /** Sentence (sum of its word lengths) above the configured maximum. */
        SENTENCE_TOO_LONG("sentence too long"),
        /** The connection ended inside a length prefix, a word or a sentence. */
        TRUNCATED("truncated sentence"),
        /** An outbound word is not a byte string (a {@code char} above {@code 0xFF}). */
        NOT_A_BYTE_STRING("word is not a byte string");

        private final String fatalReason;

        Reason(String fatalReason) {
            this.fatalReason = fatalReason;
        }

        /** The reason word sent after {@code !fatal}. */
        public String fatalReason() {
            return fatalReason;
        }
    }

    private final Reason reason;

    public ApiCodecException(Reason reason, String detail) {
        super(reason.fatalReason() + ": " + detail);
        this.reason = reason;
    }

    /** What went wrong. */
    public Reason reason() {
        return reason;
    }

    /** The word to send after {@code !fatal} before closing. */
    public String fatalReason() {
        return reason.fatalReason();
    }
}
