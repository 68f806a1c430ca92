package io.rosipsec.ipsec.ike.wire;

/**
 * A message arrived for an IKE SA SPI that is not known.
 *
 * <p>Reported as {@link NotifyType#INVALID_IKE_SPI}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class InvalidIkeSpiException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public InvalidIkeSpiException(String message) {
        super(NotifyType.INVALID_IKE_SPI, message);
    }
}
