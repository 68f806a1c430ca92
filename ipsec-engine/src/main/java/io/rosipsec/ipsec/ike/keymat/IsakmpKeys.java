package io.rosipsec.ipsec.ike.keymat;

import java.util.Arrays;

/**
 * The four keys of one ISAKMP SA generation (RFC 2409 §5 names): SKEYID, SKEYID_d (derives phase-2 KEYMAT),
 * SKEYID_a (authenticates phase-2 and Informational messages) and SKEYID_e (from which the phase-1 cipher key
 * Ka comes). Zeroised by {@link #close()}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#section-5">RFC 2409 §5</a>
 */
public final class IsakmpKeys implements AutoCloseable {
    private final byte[] skeyid;
    private final byte[] skeyidD;
    private final byte[] skeyidA;
    private final byte[] skeyidE;

    IsakmpKeys(byte[] skeyid, byte[] skeyidD, byte[] skeyidA, byte[] skeyidE) {
        this.skeyid = skeyid;
        this.skeyidD = skeyidD;
        this.skeyidA = skeyidA;
        this.skeyidE = skeyidE;
    }

    public byte[] skeyid() {
        return skeyid.clone();
    }

    public byte[] skeyidD() {
        return skeyidD.clone();
    }

    public byte[] skeyidA() {
        return skeyidA.clone();
    }

    public byte[] skeyidE() {
        return skeyidE.clone();
    }

    @Override
    public void close() {
        for (byte[] k : new byte[][] {skeyid, skeyidD, skeyidA, skeyidE}) {
            Arrays.fill(k, (byte) 0);
        }
    }
}
