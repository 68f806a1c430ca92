package io.rosipsec.ipsec.crypto;

/**
 * ENCR_NULL: copies input to output. Shared by both back ends because there is nothing to
 * accelerate.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2410">RFC 2410</a>
 */
public final class NullCipherPrimitive implements CipherPrimitive {
    @Override
    public EncrAlg algorithm() {
        return EncrAlg.NULL;
    }

    @Override
    public int keyLength() {
        return 0;
    }

    @Override
    public int blockSize() {
        return 1;
    }

    @Override
    public int ivLength() {
        return 0;
    }

    @Override
    public void setKey(byte[] key) {
        if (key.length != 0) {
            throw new IllegalArgumentException("ENCR_NULL takes no key");
        }
    }

    @Override
    public void init(boolean encrypt, byte[] iv) {
        // RFC 2410 §2: no IV, nothing to set up.
    }

    @Override
    public int doFinal(byte[] in, int inOffset, int length, byte[] out, int outOffset) {
        System.arraycopy(in, inOffset, out, outOffset, length);
        return length;
    }
}
