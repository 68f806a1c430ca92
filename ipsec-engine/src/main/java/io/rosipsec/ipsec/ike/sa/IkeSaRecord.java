package io.rosipsec.ipsec.ike.sa;

import io.rosipsec.ipsec.ike.keymat.IkeSaKeys;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generation of an IKE SA (guideline 6): SPIs, nonces, keys and creation time; a rekey makes
 * a new record. Key names follow RFC 7296 §2.14. {@link #close()} zeroises keys and nonces.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.14">RFC 7296 §2.14</a>
 */
public final class IkeSaRecord implements AutoCloseable {
    private final long spiI;
    private final long spiR;
    private final byte[] ni;
    private final byte[] nr;
    private final IkeSaKeys keys;
    private final long createdAtMillis;
    private final Duration lifetime;

    public IkeSaRecord(long spiI, long spiR, byte[] ni, byte[] nr, IkeSaKeys keys,
            long createdAtMillis, Duration lifetime) {
        this.spiI = spiI;
        this.spiR = spiR;
        this.ni = ni.clone();
        this.nr = nr.clone();
        this.keys = Objects.requireNonNull(keys, "keys");
        this.createdAtMillis = createdAtMillis;
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime");
    }

    public long spiI() {
        return spiI;
    }

    public long spiR() {
        return spiR;
    }

    public byte[] ni() {
        return ni.clone();
    }

    public byte[] nr() {
        return nr.clone();
    }

    public byte[] skD() {
        return keys.skD();
    }

    public byte[] skAi() {
        return keys.skAi();
    }

    public byte[] skAr() {
        return keys.skAr();
    }

    public byte[] skEi() {
        return keys.skEi();
    }

    public byte[] skEr() {
        return keys.skEr();
    }

    public byte[] skPi() {
        return keys.skPi();
    }

    public byte[] skPr() {
        return keys.skPr();
    }

    public long createdAtMillis() {
        return createdAtMillis;
    }

    /** The local profile's {@code lifetime} (IKEv2 does not negotiate it, RFC 7296 §2.8). */
    public Duration lifetime() {
        return lifetime;
    }

    @Override
    public void close() {
        keys.close();
        Arrays.fill(ni, (byte) 0);
        Arrays.fill(nr, (byte) 0);
    }

    @Override
    public String toString() {
        return String.format("IkeSaRecord[%016x_i %016x_r]", spiI, spiR);
    }
}
