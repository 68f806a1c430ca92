package io.rosipsec.ipsec.crypto;

/**
 * A combined-mode cipher (AES-GCM, ChaCha20-Poly1305) keyed once per SA direction and re-initialised
 * per packet with a new nonce. The caller builds the 12-byte nonce as salt‖IV (RFC 4106 §4, RFC
 * 7634 §2) and passes the AAD (ESP: SPI‖sequence, RFC 4106 §5; IKE: header‖SK header, RFC 5282
 * §5.1). Instances are not thread-safe.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5116">RFC 5116</a>
 */
public interface AeadPrimitive {
    EncrAlg algorithm();

    /** Key length in bytes, without the salt. */
    int keyLength();

    /** ICV length in bytes appended by encryption. */
    int icvLength();

    /** Nonce length in bytes (12). */
    default int nonceLength() {
        return 12;
    }

    /** Sets the key (without salt); the next {@link #init} uses it. */
    void setKey(byte[] key);

    /** Starts one packet. Encryption must never repeat a nonce under one key. */
    void init(boolean encrypt, byte[] nonce);

    /** Adds associated data; call after {@link #init}, before {@link #doFinal}. */
    void updateAad(byte[] aad, int offset, int length);

    /** Output length of {@link #doFinal} for an input length in the current direction. */
    int outputLength(int inputLength);

    /**
     * Encrypts (output = ciphertext‖ICV) or decrypts and verifies (input = ciphertext‖ICV,
     * output = plaintext). Returns the bytes written. The output may not overlap the input.
     *
     * @throws IcvMismatchException on decryption when the ICV does not verify
     */
    int doFinal(byte[] in, int inOffset, int length, byte[] out, int outOffset)
            throws IcvMismatchException;
}
