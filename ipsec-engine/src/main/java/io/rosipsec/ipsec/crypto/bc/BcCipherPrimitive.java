package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.CipherPrimitive;
import io.rosipsec.ipsec.crypto.EncrAlg;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.modes.CBCModeCipher;
import org.bouncycastle.crypto.modes.CTRModeCipher;
import org.bouncycastle.crypto.modes.SICBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * CBC ({@code CBCBlockCipher}) and CTR ({@code SICBlockCipher}) over a Bouncy Castle engine. The key
 * schedule runs once per {@link #setKey}; packets re-initialise with {@code ParametersWithIV(null,
 * iv)}, which keeps the expanded key (Blowfish's schedule in particular is expensive).
 */
final class BcCipherPrimitive implements CipherPrimitive {
    private final EncrAlg alg;
    private final int keyLength;
    private final CBCModeCipher cbc;
    private final CTRModeCipher ctr;
    private KeyParameter key;
    private boolean keyPending;
    private Boolean lastDirection;

    BcCipherPrimitive(EncrAlg alg, int keyBits) {
        this.alg = alg;
        this.keyLength = keyBits / 8;
        BlockCipher engine = BcEngines.blockCipher(alg);
        if (alg.mode() == EncrAlg.Mode.CTR) {
            this.ctr = SICBlockCipher.newInstance(engine);
            this.cbc = null;
        } else {
            this.cbc = CBCBlockCipher.newInstance(engine);
            this.ctr = null;
        }
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
        return ctr != null ? 16 : alg.blockSize();
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
    public void init(boolean encrypt, byte[] iv) {
        if (key == null) {
            throw new IllegalStateException("setKey first");
        }
        if (iv.length != ivLength()) {
            throw new IllegalArgumentException("IV must be " + ivLength() + " bytes");
        }
        if (ctr != null) {
            // CTR runs the engine forwards in both directions, so a key is only needed once.
            ctr.init(true, new ParametersWithIV(keyPending ? key : null, iv));
        } else {
            // CBC needs the key again whenever the direction changes.
            boolean rekey = keyPending || lastDirection == null || lastDirection != encrypt;
            cbc.init(encrypt, new ParametersWithIV(rekey ? key : null, iv));
            lastDirection = encrypt;
        }
        keyPending = false;
    }

    @Override
    public int doFinal(byte[] in, int inOffset, int length, byte[] out, int outOffset) {
        if (ctr != null) {
            return ctr.processBytes(in, inOffset, length, out, outOffset);
        }
        int bs = alg.blockSize();
        if (length % bs != 0) {
            throw new IllegalArgumentException(
                    length + " bytes is not a multiple of the " + bs + "-byte block");
        }
        for (int i = 0; i < length; i += bs) {
            cbc.processBlock(in, inOffset + i, out, outOffset + i);
        }
        return length;
    }
}
