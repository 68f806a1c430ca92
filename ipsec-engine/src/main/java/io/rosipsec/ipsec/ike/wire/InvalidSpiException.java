package io.rosipsec.ipsec.ike.wire;

/**
 * A packet arrived for an SA SPI that is not known; the notification data carries the SPI.
 *
 * <p>Reported as {@link NotifyType#INVALID_SPI}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.10.1">RFC 7296 §3.10.1</a>
 */
public final class InvalidSpiException extends IkeProtocolException {
    private static final long serialVersionUID = 1L;

    private final byte[] spi;

    public InvalidSpiException(byte[] spi) {
        super(NotifyType.INVALID_SPI, "unknown SPI " + Hex.encode(spi));
        this.spi = spi.clone();
    }

    /** The unknown SPI as received. */
    public byte[] spi() {
        return spi.clone();
    }

    @Override
    public byte[] notifyData() {
        return spi.clone();
    }
}
