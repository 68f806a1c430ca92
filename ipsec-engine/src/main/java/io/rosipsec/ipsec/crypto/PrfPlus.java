package io.rosipsec.ipsec.crypto;

import java.util.Arrays;

/**
 * The IKEv2 key expansion {@code prf+} over any {@link PrfPrimitive}:
 *
 * <pre>
 * prf+ (K,S) = T1 | T2 | T3 | T4 | ...
 * T1 = prf (K, S | 0x01)
 * T2 = prf (K, T1 | S | 0x02)
 * ...   (at most 255 iterations)
 * </pre>
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.13">RFC 7296 §2.13</a>
 */
public final class PrfPlus {
    private PrfPlus() {}

    /**
     * Returns the first {@code length} bytes of prf+(key, seed). Throws {@link
     * IllegalArgumentException} beyond 255 blocks, which RFC 7296 §2.13 does not define.
     */
    public static byte[] expand(PrfPrimitive prf, byte[] key, byte[] seed, int length) {
        int blockLen = prf.outputLength();
        if (length < 0 || length > 255 * blockLen) {
            throw new IllegalArgumentException(
                    "prf+ output of " + length + " bytes exceeds 255 blocks of " + blockLen);
        }
        byte[] out = new byte[length];
        byte[] t = new byte[blockLen];
        byte[] counter = new byte[1];
        prf.setKey(key);
        int produced = 0;
        for (int n = 1; produced < length; n++) {
            if (n > 1) {
                prf.update(t, 0, blockLen);
            }
            prf.update(seed, 0, seed.length);
            counter[0] = (byte) n;
            prf.update(counter, 0, 1);
            prf.doFinal(t, 0);
            int take = Math.min(blockLen, length - produced);
            System.arraycopy(t, 0, out, produced, take);
            produced += take;
        }
        Arrays.fill(t, (byte) 0);
        return out;
    }
}
