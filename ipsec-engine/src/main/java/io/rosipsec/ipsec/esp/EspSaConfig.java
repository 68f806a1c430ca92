package io.rosipsec.ipsec.esp;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import java.util.Objects;

/**
 * What one direction of an ESP SA needs: the SPI, the negotiated transforms and this direction's
 * KEYMAT slices (RFC 7296 §2.17: {@code encKey} is the encryption key followed by the salt or
 * nonce of GCM, CTR and ChaCha20-Poly1305, {@code authKey} the integrity key), the mode, whether
 * Extended Sequence Numbers were negotiated (IKEv2 transform type 5, RFC 4304) and the replay
 * window.
 *
 * <p>The arrays are copied in; the caller keeps ownership of (and zeroises) its own.
 *
 * @param spi the SPI, chosen by the receiving side; never 0 (RFC 4303 §2.1)
 * @param enc encryption transform ({@link EncrAlg#NULL} for integrity-only ESP)
 * @param keyBits encryption key size in bits, salt excluded
 * @param encKey encryption KEYMAT: {@code enc.keymatLength(keyBits)} bytes
 * @param integ integrity transform; {@link IntegAlg#NONE} with AEAD ciphers
 * @param authKey integrity key, {@code integ.keyLength()} bytes (empty for NONE)
 * @param mode tunnel or transport
 * @param esn whether 64-bit extended sequence numbers are used
 * @param replayWindow anti-replay window in packets (0 disables; RouterOS uses 128)
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4303#section-2">RFC 4303 §2</a>
 */
public record EspSaConfig(
        int spi,
        EncrAlg enc,
        int keyBits,
        byte[] encKey,
        IntegAlg integ,
        byte[] authKey,
        EspMode mode,
        boolean esn,
        int replayWindow) {

    public EspSaConfig {
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(integ, "integ");
        Objects.requireNonNull(mode, "mode");
        if (spi == 0) {
            throw new IllegalArgumentException("SPI 0 is reserved for local use (RFC 4303 §2.1)");
        }
        if (!enc.isValidKeyBits(keyBits)) {
            throw new IllegalArgumentException(enc + " has no " + keyBits + "-bit key size");
        }
        encKey = encKey == null ? new byte[0] : encKey.clone();
        authKey = authKey == null ? new byte[0] : authKey.clone();
        if (encKey.length != enc.keymatLength(keyBits)) {
            throw new IllegalArgumentException(enc + "/" + keyBits + " needs "
                    + enc.keymatLength(keyBits) + " bytes of KEYMAT, got " + encKey.length);
        }
        if (authKey.length != integ.keyLength()) {
            throw new IllegalArgumentException(
                    integ + " needs a " + integ.keyLength() + "-byte key, got " + authKey.length);
        }
        if (enc.isAead() && integ != IntegAlg.NONE) {
            throw new IllegalArgumentException(enc + " is combined-mode: integrity must be NONE");
        }
        if (enc == EncrAlg.NULL && integ == IntegAlg.NONE) {
            throw new IllegalArgumentException(
                    "ESP needs confidentiality or integrity (RFC 4303 §3.2)");
        }
        if (replayWindow < 0 || replayWindow > ReplayWindow.MAX_SIZE) {
            throw new IllegalArgumentException("replay window out of range: " + replayWindow);
        }
    }

    /** A configuration without ESN and with RouterOS's 128-packet replay window. */
    public static EspSaConfig of(int spi, EncrAlg enc, int keyBits, byte[] encKey, IntegAlg integ,
            byte[] authKey, EspMode mode) {
        return new EspSaConfig(spi, enc, keyBits, encKey, integ, authKey, mode, false,
                ReplayWindow.DEFAULT_SIZE);
    }

    /** The same SA with ESN switched on or off. */
    public EspSaConfig withEsn(boolean on) {
        return new EspSaConfig(spi, enc, keyBits, encKey, integ, authKey, mode, on, replayWindow);
    }

    /** The same SA with another replay window. */
    public EspSaConfig withReplayWindow(int size) {
        return new EspSaConfig(spi, enc, keyBits, encKey, integ, authKey, mode, esn, size);
    }

    @Override
    public byte[] encKey() {
        return encKey.clone();
    }

    @Override
    public byte[] authKey() {
        return authKey.clone();
    }

    @Override
    public String toString() {
        return "EspSaConfig[spi=0x" + Integer.toHexString(spi) + ", " + enc + "/" + keyBits + ", "
                + integ + ", " + mode + (esn ? ", esn" : "") + ", replay=" + replayWindow + "]";
    }
}
