package io.rosipsec.ipsec.crypto.jca;

import io.rosipsec.ipsec.crypto.AeadPrimitive;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IcvMismatchException;
import java.security.GeneralSecurityException;
import java.security.spec.AlgorithmParameterSpec;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM (ICV 12 or 16) and ChaCha20-Poly1305 over one reusable JCA {@link Cipher}. SunJCE's GCM
 * uses the AES-NI and carry-less-multiply intrinsics. Like Bouncy Castle, SunJCE refuses an
 * encryption init that repeats the previous key and nonce; that surfaces as {@link
 * IllegalStateException}.
 */
final class JcaAeadPrimitive implements AeadPrimitive {
    private final EncrAlg alg;
    private final int keyLength;
    private final Cipher cipher;
    private SecretKeySpec key;
    private boolean encrypting;
    /** Nonce of the previous ChaCha20-Poly1305 init under the current key (null if none). */
    private byte[] lastChaChaNonce;

    JcaAeadPrimitive(EncrAlg alg, int keyBits) {
        this.alg = alg;
        this.keyLength = keyBits / 8;
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
    public int icvLength() {
        return alg.icvLength();
    }

    @Override
    public void setKey(byte[] k) {
        if (k.length != keyLength) {
            throw new IllegalArgumentException(
                    alg + " key must be " + keyLength + " bytes, got " + k.length);
        }
        this.key = new SecretKeySpec(k, JcaNames.keyAlgorithm(alg));
        this.lastChaChaNonce = null;
    }

    @Override
    public void init(boolean encrypt, byte[] nonce) {
        if (key == null) {
            throw new IllegalStateException("setKey first");
        }
        if (nonce.length != nonceLength()) {
            throw new IllegalArgumentException("nonce must be " + nonceLength() + " bytes");
        }
        boolean chacha = alg == EncrAlg.CHACHA20_POLY1305;
        AlgorithmParameterSpec spec = chacha
                ? new IvParameterSpec(nonce)
                : new GCMParameterSpec(alg.icvLength() * 8, nonce);
        try {
            if (chacha && !encrypt && Arrays.equals(nonce, lastChaChaNonce)) {
                // JDK 17's ChaCha20-Poly1305 refuses any init repeating the previous key and nonce,
                // even to decrypt (fixed in later JDKs); an init with another nonce clears that.
                byte[] other = nonce.clone();
                other[0] ^= 1;
                cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(other));
            }
            cipher.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, key, spec);
            encrypting = encrypt;
            if (chacha) {
                lastChaChaNonce = nonce.clone();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(alg + " init failed", e);
        }
    }

    @Override
    public void updateAad(byte[] aad, int offset, int length) {
        cipher.updateAAD(aad, offset, length);
    }

    @Override
    public int outputLength(int inputLength) {
        return encrypting ? inputLength + icvLength() : Math.max(0, inputLength - icvLength());
    }

    @Override
    public int doFinal(byte[] in, int inOffset, int length, byte[] out, int outOffset)
            throws IcvMismatchException {
        if (!encrypting && length < icvLength()) {
            throw new IcvMismatchException("input shorter than the ICV");
        }
        try {
            return cipher.doFinal(in, inOffset, length, out, outOffset);
        } catch (AEADBadTagException e) {
            throw new IcvMismatchException(alg + " ICV mismatch", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(alg + " failed", e);
        }
    }
}
