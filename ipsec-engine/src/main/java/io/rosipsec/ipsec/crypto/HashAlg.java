package io.rosipsec.ipsec.crypto;

/**
 * The hash functions under the HMAC-based integrity and PRF transforms. Back ends map each value to
 * their own digest implementation.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2104">RFC 2104 (HMAC)</a>
 */
public enum HashAlg {
    MD5(16, 64),
    SHA1(20, 64),
    SHA256(32, 64),
    SHA384(48, 128),
    SHA512(64, 128);

    private final int outputLength;
    private final int blockLength;

    HashAlg(int outputLength, int blockLength) {
        this.outputLength = outputLength;
        this.blockLength = blockLength;
    }

    /** Digest output length in bytes. */
    public int outputLength() {
        return outputLength;
    }

    /** Compression-function block length in bytes (the HMAC block size B). */
    public int blockLength() {
        return blockLength;
    }
}
