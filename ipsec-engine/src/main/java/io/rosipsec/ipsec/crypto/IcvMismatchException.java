package io.rosipsec.ipsec.crypto;

/**
 * An AEAD decryption whose ICV did not verify. ESP drops the packet (RFC 4303 §3.4.4); IKE drops
 * the message (RFC 7296 §2.21.1).
 */
public final class IcvMismatchException extends Exception {
    private static final long serialVersionUID = 1L;

    public IcvMismatchException(String message) {
        super(message);
    }

    public IcvMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
