package io.rosipsec.ipsec.ike.wire;

/**
 * A payload of an unknown type had its critical bit set. The notification data is the one-octet payload type.
 *
 * <p>Reported as {@link NotifyType#UNSUPPORTED_CRITICAL_PAYLOAD}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.5">RFC 7296 §2.5</a>
 */
public final class UnsupportedCriticalPayloadException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    private final int payloadType;

    public UnsupportedCriticalPayloadException(int payloadType) {
        super(
                NotifyType.UNSUPPORTED_CRITICAL_PAYLOAD,
                "unsupported critical payload type " + payloadType);
        this.payloadType = payloadType;
    }

    /** The wire type of the offending payload. */
    public int payloadType() {
        return payloadType;
    }

    @Override
    public byte[] notifyData() {
        return new byte[] {(byte) payloadType};
    }
}
