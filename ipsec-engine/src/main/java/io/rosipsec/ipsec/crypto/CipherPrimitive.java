package io.rosipsec.ipsec.crypto;

/**
 * A raw block cipher in CBC or counter mode (or the NULL cipher), keyed once per SA direction and
 * re-initialised per packet with a new IV. There is no padding logic here: ESP (RFC 4303 §2.4) and
 * the IKE SK payload (RFC 7296 §3.14) pad before calling. For CTR, the IV given to {@link #init} is
 * the whole 16-byte initial counter block nonce‖IV‖00000001 (RFC 3686 §4), built by the caller.
 * Instances are not thread-safe.
 */
public interface CipherPrimitive {
    EncrAlg algorithm();

    /** Key length in bytes (without the CTR nonce). */
    int keyLength();

    /** Block size in bytes: CBC input must be a multiple of it (1 for CTR and NULL). */
    int blockSize();

    /** Length of the IV / initial counter block expected by {@link #init} (0 for NULL). */
    int ivLength();

    void setKey(byte[] key);

    void init(boolean encrypt, byte[] iv);

    /**
     * Processes a whole packet body and returns the bytes written (always {@code length}).
     * Throws {@link IllegalArgumentException} if a CBC input is not block-aligned.
     */
    int doFinal(byte[] in, int inOffset, int length, byte[] out, int outOffset);
}
