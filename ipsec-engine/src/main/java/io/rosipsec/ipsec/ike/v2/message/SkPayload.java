package io.rosipsec.ipsec.ike.v2.message;

import io.rosipsec.ipsec.ike.wire.ByteRange;
import io.rosipsec.ipsec.ike.wire.ByteReader;
import io.rosipsec.ipsec.ike.wire.ByteWriter;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.PayloadHeader;
import io.rosipsec.ipsec.ike.wire.PayloadType;

/**
 * Encrypted and Authenticated payload. The body (IV, ciphertext with padding and pad length, ICV) is held opaque;
 * the Next Payload field names the first payload of the encrypted inner chain, which {@link
 * IkeMessage#decodePayloadChain(int, byte[])} decodes once the SA has decrypted it.
 *
 * <p>SK is always the last payload of a message (RFC 7296 §3.14), so every byte range the crypto layer needs
 * follows from the total message length:
 *
 * <ul>
 *   <li>{@link #aadRange(int)}: IKE header and SK generic header, the AAD of AEAD ciphers (RFC 5282 §5.1);
 *   <li>{@link #ivRange(int, int)}, {@link #ciphertextRange(int, int, int)}, {@link #icvRange(int, int)};
 *   <li>{@link #integrityRange(int, int)}: from the first header byte through the end of the ciphertext, the input
 *       of the ICV for non-AEAD integrity algorithms.
 * </ul>
 *
 * <pre>
 *                      1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Next Payload  |C|  RESERVED   |         Payload Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Initialization Vector                     |
 * |         (length is block size for encryption algorithm)       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                    Encrypted IKE Payloads                     ~
 * +               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |               |             Padding (0-255 octets)            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                               |  Pad Length   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * ~                    Integrity Checksum Data                    ~
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.14">RFC 7296 §3.14</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5282#section-5">RFC 5282 §5</a>
 */
public final class SkPayload extends IkePayload {
    private final int firstInnerPayload;
    private final byte[] body;

    /**
     * @param firstInnerPayload type of the first encrypted payload (0 for an empty INFORMATIONAL)
     * @param body IV, ciphertext and ICV; the crypto layer may build it with a zero ICV and patch the encoded
     *     message
     */
    public SkPayload(int firstInnerPayload, byte[] body) {
        this(false, firstInnerPayload, body);
    }

    private SkPayload(boolean critical, int firstInnerPayload, byte[] body) {
        super(PayloadType.SK.v2(), critical);
        if (firstInnerPayload < 0 || firstInnerPayload > 0xff) {
            throw new IllegalArgumentException("payload type out of range: " + firstInnerPayload);
        }
        this.firstInnerPayload = firstInnerPayload;
        this.body = body.clone();
    }

    /**
     * Decodes an SK payload.
     *
     * @param firstInnerPayload the Next Payload field of the SK generic header
     */
    public static SkPayload decode(int firstInnerPayload, boolean critical, ByteReader body)
            throws InvalidSyntaxException {
        if (!body.hasRemaining()) {
            throw new InvalidSyntaxException("empty SK payload");
        }
        return new SkPayload(critical, firstInnerPayload, body.rest());
    }

    /** Type of the first payload inside the encrypted data. */
    public int firstInnerPayload() {
        return firstInnerPayload;
    }

    /** IV, ciphertext and ICV as carried. */
    public byte[] body() {
        return body.clone();
    }

    /** Offset of the SK generic header in an encoded message of the given length. */
    public int headerOffset(int messageLength) throws InvalidSyntaxException {
        int off = messageLength - length();
        if (off < IkeHeader.LENGTH) {
            throw new InvalidSyntaxException("message of " + messageLength + " bytes cannot hold this SK payload");
        }
        return off;
    }

    /** IKE header and SK generic header: the AAD of an AEAD cipher. */
    public ByteRange aadRange(int messageLength) throws InvalidSyntaxException {
        return new ByteRange(0, headerOffset(messageLength) + PayloadHeader.LENGTH);
    }

    /** The IV (8 bytes for GCM/CCM/ChaCha20-Poly1305, the block size for CBC). */
    public ByteRange ivRange(int messageLength, int ivLength) throws InvalidSyntaxException {
        checkSizes(ivLength, 0);
        return new ByteRange(headerOffset(messageLength) + PayloadHeader.LENGTH, ivLength);
    }

    /** The encrypted data (inner payloads, padding and pad length after decryption). */
    public ByteRange ciphertextRange(int messageLength, int ivLength, int icvLength) throws InvalidSyntaxException {
        checkSizes(ivLength, icvLength);
        return new ByteRange(
                headerOffset(messageLength) + PayloadHeader.LENGTH + ivLength,
                body.length - ivLength - icvLength);
    }

    /** The Integrity Checksum Data at the end of the message. */
    public ByteRange icvRange(int messageLength, int icvLength) throws InvalidSyntaxException {
        checkSizes(0, icvLength);
        headerOffset(messageLength);
        return new ByteRange(messageLength - icvLength, icvLength);
    }

    /** Everything the ICV of a non-AEAD integrity algorithm covers: message start to end of ciphertext. */
    public ByteRange integrityRange(int messageLength, int icvLength) throws InvalidSyntaxException {
        checkSizes(0, icvLength);
        headerOffset(messageLength);
        return new ByteRange(0, messageLength - icvLength);
    }

    private void checkSizes(int ivLength, int icvLength) throws InvalidSyntaxException {
        if (ivLength < 0 || icvLength < 0 || ivLength + icvLength > body.length) {
            throw new InvalidSyntaxException(
                    "SK body of " + body.length + " bytes cannot hold IV " + ivLength + " and ICV " + icvLength);
        }
    }

    @Override
    int headerNextPayload(int chainNext) {
        return firstInnerPayload;
    }

    @Override
    protected int bodyLength() {
        return body.length;
    }

    @Override
    protected void encodeBody(ByteWriter w) {
        w.bytes(body);
    }

    @Override
    public String toString() {
        return "SK[first " + PayloadType.fromV2Wire(firstInnerPayload) + ", " + body.length + " bytes]";
    }
}
