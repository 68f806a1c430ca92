package io.rosipsec.ipsec.ike.wire;

/**
 * A message ID outside the window was received; the notification data is the four-octet offending message ID.
 *
 * <p>Reported as {@link NotifyType#INVALID_MESSAGE_ID}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.3">RFC 7296 §2.3, §3.10.1</a>
 */
public final class InvalidMessageIdException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    private final int messageId;

    public InvalidMessageIdException(int messageId) {
        super(
                NotifyType.INVALID_MESSAGE_ID,
                "invalid message ID " + Integer.toUnsignedString(messageId));
        this.messageId = messageId;
    }

    /** The offending message ID (unsigned 32-bit value in an int). */
    public int messageId() {
        return messageId;
    }

    @Override
    public byte[] notifyData() {
        return new byte[] {
            (byte) (messageId >>> 24), (byte) (messageId >>> 16), (byte) (messageId >>> 8), (byte) messageId
        };
    }
}
