package io.rosipsec.ipsec.ike.keymat;

import io.rosipsec.ipsec.crypto.CipherPrimitive;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.HashAlg;
import io.rosipsec.ipsec.crypto.Octets;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * ISAKMP body encryption with the phase-1 cipher in CBC mode and the IV chaining of RFC 2409 App. B:
 *
 * <ul>
 *   <li>phase 1 (message ID 0): the first IV is {@code hash(g^xi | g^xr)} truncated to the block size; every
 *       later message uses the last ciphertext block of the previous one, in either direction;
 *   <li>every other message ID (Quick Mode, Informational) starts from {@code hash(last phase-1 CBC block |
 *       M-ID)} and then chains within its exchange.
 * </ul>
 *
 * The body is padded with zeros to the block size (RFC 2408 §3.1: the length covers the padding). Decryption does
 * not move the IV: the caller {@link #accept accepts} a received message once it authenticated, so a forged
 * packet cannot desynchronise the chain.
 */
public final class Ikev1Cipher implements AutoCloseable {
    private final CryptoSuite suite;
    private final CipherPrimitive cipher;
    private final HashAlg hash;
    private final int block;
    private final Map<Integer, byte[]> ivs = new HashMap<>();

    /**
     * @param key Ka ({@link Ikev1Kdf#encryptionKey})
     * @param hash the phase-1 hash, which also derives IVs
     * @param gxi the initiator's public value as sent in KE
     * @param gxr the responder's public value
     */
    public Ikev1Cipher(CryptoSuite suite, EncrSpec enc, byte[] key, HashAlg hash, byte[] gxi, byte[] gxr) {
        this.suite = suite;
        this.cipher = suite.cipher(enc.alg(), enc.keyBits());
        this.cipher.setKey(key);
        this.hash = hash;
        this.block = cipher.blockSize();
        ivs.put(0, Arrays.copyOf(suite.digest(hash, Octets.concat(gxi, gxr)), block));
    }

    /** Cipher block size: bodies are multiples of it. */
    public int blockSize() {
        return block;
    }

    /** The IV the next message of exchange {@code messageId} uses. */
    public byte[] iv(int messageId) {
        return ivs.computeIfAbsent(messageId, this::derive).clone();
    }

    private byte[] derive(int messageId) {
        byte[] last = ivs.get(0);
        byte[] mid = ByteBuffer.allocate(4).putInt(messageId).array();
        return Arrays.copyOf(suite.digest(hash, Octets.concat(last, mid)), block);
    }

    /** Pads with zeros, encrypts and moves the exchange's IV to the last ciphertext block. */
    public byte[] encrypt(int messageId, byte[] plaintext) {
        int len = (plaintext.length + block - 1) / block * block;
        byte[] padded = Arrays.copyOf(plaintext, Math.max(len, block));
        byte[] out = new byte[padded.length];
        cipher.init(true, iv(messageId));
        cipher.doFinal(padded, 0, padded.length, out, 0);
        accept(messageId, out);
        return out;
    }

    /** Decrypts a received body without moving the IV. */
    public byte[] decrypt(int messageId, byte[] ciphertext) throws InvalidSyntaxException {
        if (ciphertext.length == 0 || ciphertext.length % block != 0) {
            throw new InvalidSyntaxException("encrypted body of " + ciphertext.length + " bytes is not a multiple of "
                    + block);
        }
        byte[] out = new byte[ciphertext.length];
        cipher.init(false, iv(messageId));
        cipher.doFinal(ciphertext, 0, ciphertext.length, out, 0);
        return out;
    }

    /** Moves the IV of an exchange to the last block of a ciphertext sent or accepted. */
    public void accept(int messageId, byte[] ciphertext) {
        if (ciphertext.length >= block) {
            ivs.put(messageId, Arrays.copyOfRange(ciphertext, ciphertext.length - block, ciphertext.length));
        }
    }

    /** Drops the IV state of a finished phase-2 or Informational exchange. */
    public void forget(int messageId) {
        if (messageId != 0) {
            ivs.remove(messageId);
        }
    }

    @Override
    public void close() {
        for (byte[] iv : ivs.values()) {
            Arrays.fill(iv, (byte) 0);
        }
        ivs.clear();
    }
}
