package io.rosipsec.ipsec.ike.wire;

/**
 * A message or payload is malformed: truncated, wrong lengths, reserved values or payloads not allowed in the exchange.
 *
 * <p>Reported as {@link NotifyType#INVALID_SYNTAX}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class InvalidSyntaxException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public InvalidSyntaxException(String message) {
        super(NotifyType.INVALID_SYNTAX, message);
    }
}
