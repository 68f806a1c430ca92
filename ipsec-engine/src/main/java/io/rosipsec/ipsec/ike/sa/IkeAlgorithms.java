package io.rosipsec.ipsec.ike.sa;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.PrfAlg;
import java.util.Objects;

/**
 * The transforms negotiated for an IKE SA: one of each type (RFC 7296 §3.3). {@code integ} is
 * {@link IntegAlg#NONE} with a combined-mode cipher.
 */
public record IkeAlgorithms(EncrSpec enc, IntegAlg integ, PrfAlg prf, DhGroup dh) {
    public IkeAlgorithms {
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(integ, "integ");
        Objects.requireNonNull(prf, "prf");
        Objects.requireNonNull(dh, "dh");
    }

    @Override
    public String toString() {
        return enc.alg() + "/" + enc.keyBits() + "-" + integ + "-" + prf + "-" + dh;
    }
}
