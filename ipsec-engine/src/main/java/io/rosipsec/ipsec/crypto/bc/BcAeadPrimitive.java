package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.AeadPrimitive;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IcvMismatchException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.AEADCipher;
import org.bouncycastle.crypto.modes.ChaCha20Poly1305;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * AES-GCM (ICV 8, 12 or 16, RFC 4106) and ChaCha20-Poly1305 (RFC 7634) over Bouncy Castle's {@code
 * GCMBlockCipher} and {@code ChaCha20Poly1305}. After the first packet the key is passed as {@code
 * null}, which keeps the hash subkey; both classes refuse to encrypt twice with one nonce.
 */
final class BcAeadPrimitive implements AeadPrimitive {
    private final EncrAlg alg;
    private final int keyLength;
    private final AEADCipher cipher;
    private KeyParameter key;
    private boolean keyPending;
    private boolean encrypting;

    BcAeadPrimitive(EncrAlg alg, int keyBits) {
        this.alg = alg;
        this.keyLength = keyBits / 8;
        this.cipher = alg == EncrAlg.CHACHA20_POLY1305
                ? new ChaCha20Poly1305()
                : GCMBlockCipher.newInstance(AESEngine.newInstance());
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
        this.key = new KeyParameter(k);
        this.keyPending = true;
    }

    @Override
    public void init(boolean encrypt, byte[] nonce) {
        if (key == null) {
            throw new IllegalStateException("setKey first");
        }
        if (nonce.length != nonceLength()) {
            throw new IllegalArgumentException("nonce must be " + nonceLength() + " bytes");
        }
        try {
            cipher.init(encrypt,
                    new AEADParameters(keyPending ? key : null, alg.icvLength() * 8, nonce));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(alg + " init failed", e);
        }
        keyPending = false;
        encrypting = encrypt;
    }

    @Override
    public void updateAad(byte[] aad, int offset, int length) {
        cipher.processAADBytes(aad, offset, length);
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
            int n = cipher.processBytes(in, inOffset, length, out, outOffset);
            return n + cipher.doFinal(out, outOffset + n);
        } catch (InvalidCipherTextException e) {
            throw new IcvMismatchException(alg + " ICV mismatch", e);
        }
    }
}
