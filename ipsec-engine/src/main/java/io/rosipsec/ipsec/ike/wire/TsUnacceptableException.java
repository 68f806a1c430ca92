package io.rosipsec.ipsec.ike.wire;

/**
 * The traffic selectors cannot be accepted or narrowed (also used for traffic selector types we do not implement).
 *
 * <p>Reported as {@link NotifyType#TS_UNACCEPTABLE}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class TsUnacceptableException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public TsUnacceptableException(String message) {
        super(NotifyType.TS_UNACCEPTABLE, message);
    }
}
