package io.rosipsec.ipsec.crypto;

/**
 * One side of a Diffie-Hellman exchange for one group: holds a private value and offers the public
 * value in KE payload encoding (see {@link DhGroup}). Single use per exchange.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.4">RFC 7296 §3.4</a>
 */
public interface KeyExchange {
    DhGroup group();

    /** Our public value as KE payload data ({@link DhGroup#publicValueLength()} bytes). */
    byte[] publicValue();

    /**
     * Validates the peer's KE data and returns g^ir ({@link DhGroup#sharedSecretLength()} bytes;
     * ECP: the x coordinate only).
     *
     * @throws InvalidPublicValueException if the peer value is malformed or unsafe
     */
    byte[] computeSharedSecret(byte[] peerPublicValue) throws InvalidPublicValueException;
}
