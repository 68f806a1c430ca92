package io.rosipsec.ipsec.ike.wire;

/**
 * The header carries a major version this decoder does not handle. The reply is sent unencrypted with the highest
 * version we support in its header and no notification data.
 *
 * <p>Reported as {@link NotifyType#INVALID_MAJOR_VERSION}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.5">RFC 7296 §2.5</a>
 */
public final class InvalidMajorVersionException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    private final int receivedMajorVersion;

    public InvalidMajorVersionException(int receivedMajorVersion) {
        super(
                NotifyType.INVALID_MAJOR_VERSION,
                "unsupported IKE major version " + receivedMajorVersion);
        this.receivedMajorVersion = receivedMajorVersion;
    }

    /** The major version found in the received header. */
    public int receivedMajorVersion() {
        return receivedMajorVersion;
    }
}
