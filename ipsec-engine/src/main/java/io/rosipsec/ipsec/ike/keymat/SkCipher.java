package io.rosipsec.ipsec.ike.keymat;

import io.rosipsec.ipsec.crypto.AeadPrimitive;
import io.rosipsec.ipsec.crypto.CipherPrimitive;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IcvMismatchException;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.MacPrimitive;
import io.rosipsec.ipsec.ike.v2.message.IkeMessage;
import io.rosipsec.ipsec.ike.v2.message.IkePayload;
import io.rosipsec.ipsec.ike.v2.message.SkPayload;
import io.rosipsec.ipsec.ike.wire.ByteRange;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;

/**
 * Protection of the SK payload for one direction of an IKE SA, written once over the narrow
 * {@link CipherPrimitive}/{@link MacPrimitive}/{@link AeadPrimitive} interfaces (guideline 7) and
 * {@link SkPayload}'s byte ranges:
 *
 * <ul>
 *   <li>CBC + HMAC (RFC 7296 §3.14): random IV of one block; inner payloads, padding to the block
 *       size, Pad Length; ICV over the message from the IKE header to the end of the ciphertext;
 *   <li>AES-CTR + HMAC (RFC 5930): 8-byte IV, counter block nonce‖IV‖1 (RFC 3686 §4);
 *   <li>AEAD, AES-GCM and ChaCha20-Poly1305 (RFC 5282 §3, RFC 7634 §3): 8-byte IV, nonce =
 *       salt‖IV with the salt from the end of SK_e, AAD = IKE header ‖ SK generic header, no
 *       padding.
 * </ul>
 *
 * Instances are not thread-safe; an IKE SA holds one for sending and one for receiving.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-3.14">RFC 7296 §3.14</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5282#section-5">RFC 5282 §5</a>
 */
public final class SkCipher {
    private final EncrAlg enc;
    private final IntegAlg integ;
    private final AeadPrimitive aead;
    private final CipherPrimitive cipher;
    private final MacPrimitive mac;
    private final byte[] salt;
    private final SecureRandom random;

    /**
     * @param encKeymat SK_e for this direction: key followed by the salt/nonce bytes
     * @param integKey SK_a for this direction (empty with AEAD)
     */
    public SkCipher(CryptoSuite suite, EncrAlg enc, int keyBits, byte[] encKeymat, IntegAlg integ,
            byte[] integKey, SecureRandom random) {
        if (enc == EncrAlg.NULL) {
            throw new IllegalArgumentException("ENCR_NULL is not allowed for IKE (RFC 7296 §3.3.2)");
        }
        if (encKeymat.length != enc.keymatLength(keyBits)) {
            throw new IllegalArgumentException("SK_e of " + encKeymat.length + " bytes for " + enc);
        }
        this.enc = enc;
        this.integ = enc.isAead() ? IntegAlg.NONE : integ;
        this.random = random;
        int keyLen = keyBits / 8;
        byte[] key = Arrays.copyOf(encKeymat, keyLen);
        this.salt = Arrays.copyOfRange(encKeymat, keyLen, encKeymat.length);
        try {
            if (enc.isAead()) {
                aead = suite.aead(enc, keyBits);
                aead.setKey(key);
                cipher = null;
                mac = null;
            } else {
                if (integ == IntegAlg.NONE) {
                    throw new IllegalArgumentException(enc + " needs an integrity transform");
                }
                aead = null;
                cipher = suite.cipher(enc, keyBits);
                cipher.setKey(key);
                mac = suite.integrity(integ);
                mac.setKey(integKey);
            }
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    public EncrAlg encryption() {
        return enc;
    }

    public IntegAlg integrity() {
        return integ;
    }

    private int ivLength() {
        return enc.wireIvLength();
    }

    private int icvLength() {
        return enc.isAead() ? enc.icvLength() : integ.icvLength();
    }

    /**
     * Encrypts {@code inner} and returns the whole encoded message: {@code header} followed by
     * one SK payload.
     */
    public byte[] protect(IkeHeader header, List<IkePayload> inner) {
        byte[] chain = IkeMessage.encodePayloadChain(inner);
        int block = enc.isAead() ? 1 : enc.blockSize();
        int padLen = (block - (chain.length + 1) % block) % block;
        byte[] pt = Arrays.copyOf(chain, chain.length + padLen + 1);
        pt[pt.length - 1] = (byte) padLen;
        byte[] iv = new byte[ivLength()];
        random.nextBytes(iv);
        byte[] body = new byte[iv.length + pt.length + icvLength()];
        System.arraycopy(iv, 0, body, 0, iv.length);
        SkPayload sk = new SkPayload(IkeMessage.firstPayloadType(inner), body);
        byte[] msg = new IkeMessage(header, List.of(sk)).encode();
        try {
            ByteRange ct = sk.ciphertextRange(msg.length, iv.length, icvLength());
            if (enc.isAead()) {
                ByteRange aad = sk.aadRange(msg.length);
                aead.init(true, nonce(iv));
                aead.updateAad(msg, aad.offset(), aad.length());
                aead.doFinal(pt, 0, pt.length, msg, ct.offset());
            } else {
                cipher.init(true, cipherIv(iv));
                cipher.doFinal(pt, 0, pt.length, msg, ct.offset());
                ByteRange covered = sk.integrityRange(msg.length, icvLength());
                mac.update(msg, covered.offset(), covered.length());
                mac.doFinal(msg, sk.icvRange(msg.length, icvLength()).offset());
            }
        } catch (InvalidSyntaxException | IcvMismatchException e) {
            throw new IllegalStateException("SK layout of a message we built", e);
        } finally {
            Arrays.fill(pt, (byte) 0);
        }
        return msg;
    }

    /**
     * Verifies and decrypts the SK payload of a received message and decodes the inner chain.
     *
     * @param raw the datagram {@code message} was decoded from
     * @throws SkIntegrityException if the ICV does not verify (discard silently)
     * @throws IkeProtocolException if the SK layout or the inner chain is malformed
     */
    public List<IkePayload> unprotect(byte[] raw, IkeMessage message)
            throws SkIntegrityException, IkeProtocolException {
        SkPayload sk = message.sk()
                .orElseThrow(() -> new InvalidSyntaxException("no SK payload"));
        int len = raw.length;
        ByteRange ivRange = sk.ivRange(len, ivLength());
        ByteRange ct = sk.ciphertextRange(len, ivLength(), icvLength());
        byte[] iv = ivRange.copyOf(raw);
        byte[] pt = new byte[ct.length()];
        if (enc.isAead()) {
            ByteRange aad = sk.aadRange(len);
            aead.init(false, nonce(iv));
            aead.updateAad(raw, aad.offset(), aad.length());
            try {
                aead.doFinal(raw, ct.offset(), ct.length() + icvLength(), pt, 0);
            } catch (IcvMismatchException e) {
                throw new SkIntegrityException("SK AEAD tag mismatch");
            }
        } else {
            ByteRange covered = sk.integrityRange(len, icvLength());
            mac.update(raw, covered.offset(), covered.length());
            if (!mac.verify(raw, sk.icvRange(len, icvLength()).offset())) {
                throw new SkIntegrityException("SK ICV mismatch");
            }
            if (ct.length() % enc.blockSize() != 0) {
                throw new InvalidSyntaxException("SK ciphertext of " + ct.length()
                        + " bytes is not a multiple of the block size");
            }
            cipher.init(false, cipherIv(iv));
            cipher.doFinal(raw, ct.offset(), ct.length(), pt, 0);
        }
        if (pt.length == 0) {
            throw new InvalidSyntaxException("SK plaintext without Pad Length");
        }
        int padLen = pt[pt.length - 1] & 0xff;
        if (padLen + 1 > pt.length) {
            throw new InvalidSyntaxException("SK Pad Length " + padLen + " exceeds the plaintext");
        }
        byte[] chain = Arrays.copyOf(pt, pt.length - padLen - 1);
        Arrays.fill(pt, (byte) 0);
        return IkeMessage.decodePayloadChain(sk.firstInnerPayload(), chain);
    }

    private byte[] nonce(byte[] iv) {
        byte[] n = Arrays.copyOf(salt, salt.length + iv.length);
        System.arraycopy(iv, 0, n, salt.length, iv.length);
        return n;
    }

    /** CBC takes the IV as is; CTR the counter block nonce‖IV‖00000001 (RFC 3686 §4). */
    private byte[] cipherIv(byte[] iv) {
        if (enc.mode() != EncrAlg.Mode.CTR) {
            return iv;
        }
        byte[] block = new byte[16];
        System.arraycopy(salt, 0, block, 0, salt.length);
        System.arraycopy(iv, 0, block, salt.length, iv.length);
        block[15] = 1;
        return block;
    }
}
