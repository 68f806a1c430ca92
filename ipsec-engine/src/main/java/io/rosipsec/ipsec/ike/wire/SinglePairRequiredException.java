package io.rosipsec.ipsec.ike.wire;

/**
 * The responder accepts only a single pair of traffic selectors taken from the packet that triggered the request.
 *
 * <p>Reported as {@link NotifyType#SINGLE_PAIR_REQUIRED}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class SinglePairRequiredException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public SinglePairRequiredException(String message) {
        super(NotifyType.SINGLE_PAIR_REQUIRED, message);
    }
}
