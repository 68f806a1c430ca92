package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.MacPrimitive;

/** Truncated HMAC integrity (RFC 2403, RFC 2404, RFC 4868 §2.6) over Bouncy Castle {@code HMac}. */
final class BcMacPrimitive implements MacPrimitive {
    private final IntegAlg alg;
    private final BcHmac hmac;

    BcMacPrimitive(IntegAlg alg) {
        this.alg = alg;
        this.hmac = new BcHmac(alg.hash());
    }

    @Override
    public IntegAlg algorithm() {
        return alg;
    }

    @Override
    public int keyLength() {
        return alg.keyLength();
    }

    @Override
    public int icvLength() {
        return alg.icvLength();
    }

    @Override
    public void setKey(byte[] key) {
        if (key.length != alg.keyLength()) {
            throw new IllegalArgumentException(
                    alg + " key must be " + alg.keyLength() + " bytes, got " + key.length);
        }
        hmac.setKey(key);
    }

    @Override
    public void update(byte[] in, int offset, int length) {
        hmac.update(in, offset, length);
    }

    @Override
    public int doFinal(byte[] out, int outOffset) {
        return hmac.doFinal(out, outOffset, alg.icvLength());
    }
}
