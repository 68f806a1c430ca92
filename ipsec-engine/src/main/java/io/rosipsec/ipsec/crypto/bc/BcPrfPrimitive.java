package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.crypto.PrfPrimitive;

/** HMAC PRF with variable-length keys (RFC 7296 §2.13, RFC 4868 §2.3) over Bouncy Castle {@code HMac}. */
final class BcPrfPrimitive implements PrfPrimitive {
    private final PrfAlg alg;
    private final BcHmac hmac;

    BcPrfPrimitive(PrfAlg alg) {
        this.alg = alg;
        this.hmac = new BcHmac(alg.hash());
    }

    @Override
    public PrfAlg algorithm() {
        return alg;
    }

    @Override
    public int outputLength() {
        return alg.outputLength();
    }

    @Override
    public void setKey(byte[] key) {
        hmac.setKey(key);
    }

    @Override
    public void update(byte[] in, int offset, int length) {
        hmac.update(in, offset, length);
    }

    @Override
    public int doFinal(byte[] out, int outOffset) {
        return hmac.doFinal(out, outOffset, alg.outputLength());
    }
}
