package io.rosipsec.ipsec.ike.wire;

/**
 * The responder requires a CP(CFG_REQUEST) that the initiator did not send.
 *
 * <p>Reported as {@link NotifyType#FAILED_CP_REQUIRED}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class FailedCpRequiredException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public FailedCpRequiredException(String message) {
        super(NotifyType.FAILED_CP_REQUIRED, message);
    }
}
