package io.rosipsec.ipsec.ike.wire;

/**
 * A protocol error found while decoding or checking an IKE message. Each subclass corresponds to one RFC 7296 error
 * notify type; the IKE SA turns the exception back into a Notify payload carrying {@link #notifyType()} and {@link
 * #notifyData()}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public abstract class IkeProtocolException extends Exception {
    private static final long serialVersionUID = 1L;

    private final NotifyType notifyType;

    protected IkeProtocolException(NotifyType notifyType, String message) {
        super(message);
        this.notifyType = notifyType;
    }

    /** The error notify type this exception is reported as. */
    public final NotifyType notifyType() {
        return notifyType;
    }

    /** The Notification Data to send with the error notify; empty unless the notify type defines data. */
    public byte[] notifyData() {
        return new byte[0];
    }
}
