package io.rosipsec.ipsec.ike.wire;

/**
 * The KE payload uses a Diffie-Hellman group other than the one selected; the notification data is the two-octet
 * group number the responder wants, so that the initiator can retry with it.
 *
 * <p>Reported as {@link NotifyType#INVALID_KE_PAYLOAD}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-1.2">RFC 7296 §1.2, §3.10.1</a>
 */
public final class InvalidKeException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    private final int wantedDhGroup;

    public InvalidKeException(int wantedDhGroup) {
        super(NotifyType.INVALID_KE_PAYLOAD, "KE group rejected, wanted group " + wantedDhGroup);
        this.wantedDhGroup = wantedDhGroup;
    }

    /** The Diffie-Hellman group (transform type 4 ID) the sender of the notify expects. */
    public int wantedDhGroup() {
        return wantedDhGroup;
    }

    @Override
    public byte[] notifyData() {
        return new byte[] {(byte) (wantedDhGroup >>> 8), (byte) wantedDhGroup};
    }
}
