package io.rosipsec.ipsec.ike.wire;

/**
 * The Child SA named in a rekey request does not exist.
 *
 * <p>Reported as {@link NotifyType#CHILD_SA_NOT_FOUND}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class ChildSaNotFoundException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public ChildSaNotFoundException(String message) {
        super(NotifyType.CHILD_SA_NOT_FOUND, message);
    }
}
