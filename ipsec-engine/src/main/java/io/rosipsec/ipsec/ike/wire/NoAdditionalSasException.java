package io.rosipsec.ipsec.ike.wire;

/**
 * The responder is unwilling to create more Child SAs on this IKE SA.
 *
 * <p>Reported as {@link NotifyType#NO_ADDITIONAL_SAS}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class NoAdditionalSasException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    public NoAdditionalSasException(String message) {
        super(NotifyType.NO_ADDITIONAL_SAS, message);
    }
}
