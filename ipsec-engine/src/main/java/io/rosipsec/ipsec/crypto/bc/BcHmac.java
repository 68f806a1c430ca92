package io.rosipsec.ipsec.crypto.bc;

import io.rosipsec.ipsec.crypto.HashAlg;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * One reusable Bouncy Castle {@link HMac} with a scratch buffer for truncation; the shared core of
 * {@link BcMacPrimitive} and {@link BcPrfPrimitive}.
 */
final class BcHmac {
    private final HMac mac;
    private final byte[] full;

    BcHmac(HashAlg hash) {
        this.mac = new HMac(BcEngines.digest(hash));
        this.full = new byte[hash.outputLength()];
    }

    void setKey(byte[] key) {
        mac.init(new KeyParameter(key));
    }

    void update(byte[] in, int offset, int length) {
        mac.update(in, offset, length);
    }

    int doFinal(byte[] out, int outOffset, int length) {
        mac.doFinal(full, 0);
        System.arraycopy(full, 0, out, outOffset, length);
        return length;
    }
}
