package io.rosipsec.ipsec.crypto.jca;

import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.crypto.PrfPrimitive;

/** HMAC PRF with variable-length keys (RFC 7296 §2.13, RFC 4868 §2.3) over a JCA {@code Mac}. */
final class JcaPrfPrimitive implements PrfPrimitive {
    private final PrfAlg alg;
    private final JcaHmac hmac;

    JcaPrfPrimitive(PrfAlg alg) {
        this.alg = alg;
        this.hmac = new JcaHmac(alg.hash());
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
