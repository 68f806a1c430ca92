package io.rosipsec.ipsec.crypto;

/**
 * A peer's key-exchange value failed validation: wrong length, MODP value outside (1, p-1), ECP
 * point not on the curve (RFC 5903 §9 / RFC 6989), or an all-zero X25519 result (RFC 8031 §2.3).
 * The IKE layer answers with INVALID_SYNTAX.
 */
public final class InvalidPublicValueException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidPublicValueException(String message) {
        super(message);
    }

    public InvalidPublicValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
