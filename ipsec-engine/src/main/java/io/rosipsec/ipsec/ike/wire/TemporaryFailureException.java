package io.rosipsec.ipsec.ike.wire;

/**
 * The request cannot be served now (for example during a rekey collision); retry later.
 *
 * <p>Reported as {@link NotifyType#TEMPORARY_FAILURE}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class TemporaryFailureException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public TemporaryFailureException(String message) {
        super(NotifyType.TEMPORARY_FAILURE, message);
    }
}
