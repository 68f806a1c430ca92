package io.rosipsec.ipsec.ike.keymat;

import java.util.Arrays;

/**
 * The seven keys of one IKE SA generation, named as in RFC 7296 §2.14: {@code SK_d} (for Child
 * SA KEYMAT and the next SKEYSEED), {@code SK_ai}/{@code SK_ar} (SK payload integrity),
 * {@code SK_ei}/{@code SK_er} (SK payload encryption, salt included for AEAD), {@code
 * SK_pi}/{@code SK_pr} (AUTH payload computation). Zeroised by {@link #close()}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.14">RFC 7296 §2.14</a>
 */
public final class IkeSaKeys implements AutoCloseable {
    private final byte[] skD;
    private final byte[] skAi;
    private final byte[] skAr;
    private final byte[] skEi;
    private final byte[] skEr;
    private final byte[] skPi;
    private final byte[] skPr;

    /** Takes ownership of the arrays. */
    IkeSaKeys(byte[] skD, byte[] skAi, byte[] skAr, byte[] skEi, byte[] skEr, byte[] skPi,
            byte[] skPr) {
        this.skD = skD;
        this.skAi = skAi;
        this.skAr = skAr;
        this.skEi = skEi;
        this.skEr = skEr;
        this.skPi = skPi;
        this.skPr = skPr;
    }

    public byte[] skD() {
        return skD.clone();
    }

    public byte[] skAi() {
        return skAi.clone();
    }

    public byte[] skAr() {
        return skAr.clone();
    }

    public byte[] skEi() {
        return skEi.clone();
    }

    public byte[] skEr() {
        return skEr.clone();
    }

    public byte[] skPi() {
        return skPi.clone();
    }

    public byte[] skPr() {
        return skPr.clone();
    }

    @Override
    public void close() {
        for (byte[] k : new byte[][] {skD, skAi, skAr, skEi, skEr, skPi, skPr}) {
            Arrays.fill(k, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return "IkeSaKeys[SK_d " + skD.length + ", SK_a " + skAi.length + ", SK_e " + skEi.length
                + ", SK_p " + skPi.length + " bytes]";
    }
}
