package io.rosipsec.ipsec.crypto.jca;

import io.rosipsec.ipsec.crypto.CipherPrimitive;
import io.rosipsec.ipsec.crypto.EncrAlg;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * CBC and CTR ciphers over one reusable JCA {@link Cipher} ({@code AES/CBC/NoPadding}, {@code
 * AES/CTR/NoPadding}, {@code DESede/CBC/NoPadding}, {@code DES/CBC/NoPadding}, {@code
 * Blowfish/CBC/NoPadding}). SunJCE caches the expanded key, so re-initialising per packet with a
 * new IV is cheap.
 */
final class JcaCipherPrimitive implements CipherPrimitive {
    private final EncrAlg alg;
    private final int keyLength;
    private final String keyAlgorithm;
    private final Cipher cipher;
    private SecretKeySpec key;

    JcaCipherPrimitive(EncrAlg alg, int keyBits) {
        this.alg = alg;
        this.keyLength = keyBits / 8;
        this.keyAlgorithm = JcaNames.keyAlgorithm(alg);
        this.cipher = JcaNames.newCipher(JcaNames.transformation(alg));
    }

    @Override
    public EncrAlg algorithm() {
        return alg;
    }

    @Override
    public int keyLength() {
        return keyLength;
    }

    @Override
    public int blockSize() {
        return alg.blockSize();
    }

    @Override
    public int ivLength() {
        return alg.mode() == EncrAlg.Mode.CTR ? 16 : alg.blockSize();
    }

    @Override
    public void setKey(byte[] k) {
        if (k.length != keyLength) {
            throw new IllegalArgumentException(
                    alg + " key must be " + keyLength + " bytes, got " + k.length);
        }
        this.key = new SecretKeySpec(k, keyAlgorithm);
    }

    @Override
    public void init(boolean encrypt, byte[] iv) {
        if (key == null) {
            throw new IllegalStateException("setKey first");
        }
        if (iv.length != ivLength()) {
            throw new IllegalArgumentException("IV must be " + ivLength() + " bytes");
        }
        try {
            cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, key,
                    new IvParameterSpec(iv));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(alg + " init failed", e);
        }
    }

    @Override
    public int doFinal(byte[] in, int inOffset, int length, byte[] out, int outOffset) {
        if (length % alg.blockSize() != 0) {
            throw new IllegalArgumentException(
                    length + " bytes is not a multiple of the " + alg.blockSize() + "-byte block");
        }
        try {
            return cipher.doFinal(in, inOffset, length, out, outOffset);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(alg + " failed", e);
        }
    }
}
