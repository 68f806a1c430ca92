package io.rosipsec.ipsec.crypto;

/**
 * A keyed integrity transform whose output is truncated to the ICV length (HMAC-SHA1-96, RFC 2404;
 * HMAC-SHA2-256-128 etc., RFC 4868 §2.6). Keyed once per SA direction; {@link #doFinal} resets it
 * for the next packet under the same key. Instances are not thread-safe.
 */
public interface MacPrimitive {
    IntegAlg algorithm();

    /** Key length in bytes. */
    int keyLength();

    /** Truncated ICV length in bytes. */
    int icvLength();

    void setKey(byte[] key);

    void update(byte[] in, int offset, int length);

    /** Writes {@link #icvLength()} bytes and resets. Returns the bytes written. */
    int doFinal(byte[] out, int outOffset);

    /** Computes the ICV and compares it in constant time with {@code icv[offset..]}. */
    default boolean verify(byte[] icv, int offset) {
        byte[] mine = new byte[icvLength()];
        doFinal(mine, 0);
        return Octets.constantTimeEquals(mine, 0, icv, offset, mine.length);
    }

    /** One-shot convenience: ICV of {@code data} under the current key. */
    default byte[] compute(byte[] data) {
        update(data, 0, data.length);
        byte[] out = new byte[icvLength()];
        doFinal(out, 0);
        return out;
    }
}
