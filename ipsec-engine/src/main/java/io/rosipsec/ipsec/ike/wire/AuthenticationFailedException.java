package io.rosipsec.ipsec.ike.wire;

/**
 * The AUTH payload did not verify or the peer identity is not accepted.
 *
 * <p>Reported as {@link NotifyType#AUTHENTICATION_FAILED}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class AuthenticationFailedException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public AuthenticationFailedException(String message) {
        super(NotifyType.AUTHENTICATION_FAILED, message);
    }
}
