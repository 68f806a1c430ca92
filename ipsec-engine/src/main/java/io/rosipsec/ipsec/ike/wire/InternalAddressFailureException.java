package io.rosipsec.ipsec.ike.wire;

/**
 * The responder could not assign an internal address requested in a CP payload.
 *
 * <p>Reported as {@link NotifyType#INTERNAL_ADDRESS_FAILURE}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class InternalAddressFailureException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public InternalAddressFailureException(String message) {
        super(NotifyType.INTERNAL_ADDRESS_FAILURE, message);
    }
}
