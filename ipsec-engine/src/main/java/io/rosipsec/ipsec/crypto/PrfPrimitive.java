package io.rosipsec.ipsec.crypto;

/**
 * An IKE pseudo-random function (HMAC, RFC 2104; RFC 4868 §2.3 for SHA-2) taking keys of any length
 * (RFC 7296 §2.13: nonces, SK_d, pre-shared keys). {@link #doFinal} resets it under the same key.
 * Instances are not thread-safe.
 */
public interface PrfPrimitive {
    PrfAlg algorithm();

    /** Output length in bytes. */
    int outputLength();

    void setKey(byte[] key);

    void update(byte[] in, int offset, int length);

    /** Writes {@link #outputLength()} bytes and resets. Returns the bytes written. */
    int doFinal(byte[] out, int outOffset);

    /** One-shot {@code prf(key, data)}. */
    default byte[] compute(byte[] key, byte[] data) {
        setKey(key);
        update(data, 0, data.length);
        byte[] out = new byte[outputLength()];
        doFinal(out, 0);
        return out;
    }
}
