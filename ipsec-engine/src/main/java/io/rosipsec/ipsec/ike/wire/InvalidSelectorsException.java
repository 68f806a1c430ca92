package io.rosipsec.ipsec.ike.wire;

/**
 * An IPsec packet did not match the selectors of the SA it arrived on; the notification data is the start of the
 * offending packet.
 *
 * <p>Reported as {@link NotifyType#INVALID_SELECTORS}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class InvalidSelectorsException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    private final byte[] packetStart;

    public InvalidSelectorsException(byte[] packetStart) {
        super(NotifyType.INVALID_SELECTORS, "packet does not match the SA selectors");
        this.packetStart = packetStart.clone();
    }

    @Override
    public byte[] notifyData() {
        return packetStart.clone();
    }
}
