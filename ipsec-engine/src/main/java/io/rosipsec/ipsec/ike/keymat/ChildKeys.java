package io.rosipsec.ipsec.ike.keymat;

import java.util.Arrays;

/**
 * The four Child SA key slices taken from KEYMAT in RFC 7296 §2.17 order: encryption then
 * integrity for initiator→responder, then the same for responder→initiator. Encryption slices
 * include the salt or nonce of GCM, CTR and ChaCha20-Poly1305. Zeroised by {@link #close()}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.17">RFC 7296 §2.17</a>
 */
public final class ChildKeys implements AutoCloseable {
    private final byte[] encIr;
    private final byte[] integIr;
    private final byte[] encRi;
    private final byte[] integRi;

    ChildKeys(byte[] encIr, byte[] integIr, byte[] encRi, byte[] integRi) {
        this.encIr = encIr;
        this.integIr = integIr;
        this.encRi = encRi;
        this.integRi = integRi;
    }

    /** Encryption KEYMAT for traffic from the IKE initiator to the responder. */
    public byte[] encIr() {
        return encIr.clone();
    }

    public byte[] integIr() {
        return integIr.clone();
    }

    /** Encryption KEYMAT for traffic from the responder to the initiator. */
    public byte[] encRi() {
        return encRi.clone();
    }

    public byte[] integRi() {
        return integRi.clone();
    }

    @Override
    public void close() {
        for (byte[] k : new byte[][] {encIr, integIr, encRi, integRi}) {
            Arrays.fill(k, (byte) 0);
        }
    }
}
