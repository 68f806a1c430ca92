package io.rosipsec.ipsec.esp;

import io.rosipsec.ipsec.crypto.IntegAlg;
import java.util.Objects;

/**
 * What one direction of an AH SA needs (RFC 4302): SPI, integrity transform and key, mode, ESN and
 * replay window. The key is copied in; the caller keeps ownership of its array.
 *
 * @param spi the SPI, never 0
 * @param integ integrity transform, not {@link IntegAlg#NONE}
 * @param authKey {@code integ.keyLength()} bytes
 * @param mode tunnel or transport
 * @param esn whether 64-bit extended sequence numbers are used
 * @param replayWindow anti-replay window in packets (0 disables)
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4302#section-2">RFC 4302 §2</a>
 */
public record AhSaConfig(int spi, IntegAlg integ, byte[] authKey, EspMode mode, boolean esn,
        int replayWindow) {
    public AhSaConfig {
        Objects.requireNonNull(integ, "integ");
        Objects.requireNonNull(mode, "mode");
        if (spi == 0) {
            throw new IllegalArgumentException("SPI 0 is reserved for local use");
        }
        if (integ == IntegAlg.NONE) {
            throw new IllegalArgumentException("AH needs an integrity transform");
        }
        authKey = authKey == null ? new byte[0] : authKey.clone();
        if (authKey.length != integ.keyLength()) {
            throw new IllegalArgumentException(
                    integ + " needs a " + integ.keyLength() + "-byte key, got " + authKey.length);
        }
        if (replayWindow < 0 || replayWindow > ReplayWindow.MAX_SIZE) {
            throw new IllegalArgumentException("replay window out of range: " + replayWindow);
        }
    }

    /** Without ESN, RouterOS's 128-packet window. */
    public static AhSaConfig of(int spi, IntegAlg integ, byte[] authKey, EspMode mode) {
        return new AhSaConfig(spi, integ, authKey, mode, false, ReplayWindow.DEFAULT_SIZE);
    }

    public AhSaConfig withEsn(boolean on) {
        return new AhSaConfig(spi, integ, authKey, mode, on, replayWindow);
    }

    @Override
    public byte[] authKey() {
        return authKey.clone();
    }

    @Override
    public String toString() {
        return "AhSaConfig[spi=0x" + Integer.toHexString(spi) + ", " + integ + ", " + mode
                + (esn ? ", esn" : "") + ", replay=" + replayWindow + "]";
    }
}
