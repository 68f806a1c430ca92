package io.rosipsec.ipsec.ike.sa;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import java.util.Objects;

/**
 * The transforms negotiated for an ESP Child SA. {@code pfs} is the DH group of a
 * CREATE_CHILD_SA with PFS, {@code null} otherwise (always {@code null} for the IKE_AUTH child,
 * RFC 7296 §1.2).
 */
public record ChildAlgorithms(EncrSpec enc, IntegAlg integ, boolean esn, DhGroup pfs) {
    public ChildAlgorithms {
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(integ, "integ");
    }

    @Override
    public String toString() {
        return enc.alg() + "/" + enc.keyBits() + "-" + integ + (esn ? "-esn" : "")
                + (pfs == null ? "" : "-" + pfs);
    }
}
