package io.rosipsec.ipsec.crypto;

import io.rosipsec.hw.AccelCapability;
import io.rosipsec.hw.AccelPath;
import io.rosipsec.hw.HwProfile;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Guideline 8: the board's {@link HwProfile} decides, per Child SA, whether ESP runs on the
 * accelerated path ({@link #accelerated()}, normally {@code JcaCryptoSuite}, the JDK intrinsics)
 * or on the software path ({@link #software()}, normally {@code BcCryptoSuite}, pure Java).
 *
 * <h2>Child SAs ({@link #forChildSa})</h2>
 *
 * <p>A combination (encryption, key size, integrity) takes the accelerated suite exactly when
 *
 * <ol>
 *   <li>the board's acceleration table puts its cipher in hardware ({@link
 *       AccelCapability#accelerates}: {@link AccelPath#HARDWARE} or {@link AccelPath#PARTIAL}),
 *       asked with the {@code installed-sa} spellings ({@code aes-cbc}/{@code aes-ctr}/{@code
 *       aes-gcm}/{@code 3des}/... plus the key size, and {@code sha1}/{@code sha256}/... or {@code
 *       ""} for AEAD), including the serial-number condition of P1023 boards, and
 *   <li>the accelerated suite implements both transforms.
 * </ol>
 *
 * Everything else goes to the software suite, in particular every algorithm only the software
 * suite has (Camellia, Twofish, AES-GCM with an 8-byte ICV). The three AES-GCM ICV lengths all map
 * to the board's {@code aes-gcm} cell; the second condition is the only way the result can differ
 * from the board table alone (GCM-8 on a GCM-capable board: software).
 *
 * <p>The {@code hw-aead} flag of {@code /ip ipsec installed-sa} is {@link AccelPath#hwAead()} of
 * that path on the accelerated suite: true for {@link AccelPath#HARDWARE}; false for {@link
 * AccelPath#PARTIAL} (x86/CHR AES-NI, PPC460GT: cipher in hardware, HMAC in software), which
 * hw-profiles decided RouterOS does not flag (hw-profiles {@code AccelPath}, spec §7 item 4).
 *
 * <h2>IKE SAs and everything else (the generic {@link CryptoSuite} methods)</h2>
 *
 * <p>IKE messages are control-plane traffic that RouterOS handles on the CPU, outside the ESP
 * acceleration table, so no board rule applies: every factory uses the accelerated suite when it
 * {@code supports} the algorithm and the software suite otherwise; {@code supports} is the union
 * of both; {@link #random()} is the accelerated suite's. The choice only changes speed, never
 * bytes on the wire (both back ends pass the same contract tests, guideline 9).
 */
public final class RoutingCryptoSuite implements CryptoSuite {
    /**
     * The path chosen for one Child SA.
     *
     * @param suite the back end whose primitives the SA uses
     * @param path the board table's verdict, {@link AccelPath#SOFTWARE} when the accelerated
     *     suite cannot run the combination
     * @param hwAead the {@code installed-sa} flag {@code H} ({@code path.hwAead()})
     */
    public record PathChoice(CryptoSuite suite, AccelPath path, boolean hwAead) {
        public PathChoice {
            Objects.requireNonNull(suite, "suite");
            Objects.requireNonNull(path, "path");
        }

        /** Whether the cipher runs on the accelerated (JCA) suite. */
        public boolean accelerated() {
            return path.cipherInHardware();
        }
    }

    private final HwProfile board;
    private final String serial;
    private final CryptoSuite accelerated;
    private final CryptoSuite software;

    /**
     * @param board the emulated board whose acceleration table decides
     * @param serial the unit's serial number (only P1023 rows look at it); may be {@code null}
     * @param accelerated the "hardware" back end (JCA)
     * @param software the "software" back end (Bouncy Castle)
     */
    public RoutingCryptoSuite(
            HwProfile board, String serial, CryptoSuite accelerated, CryptoSuite software) {
        this.board = Objects.requireNonNull(board, "board");
        this.serial = serial;
        this.accelerated = Objects.requireNonNull(accelerated, "accelerated");
        this.software = Objects.requireNonNull(software, "software");
    }

    public HwProfile board() {
        return board;
    }

    public CryptoSuite accelerated() {
        return accelerated;
    }

    public CryptoSuite software() {
        return software;
    }

    /**
     * The suite for a Child SA's ESP (or AH, with {@code enc} = {@link EncrAlg#NULL}) and whether
     * it counts as hardware-accelerated; see the class comment for the rule.
     *
     * @throws UnsupportedAlgorithmException if neither suite implements the combination
     */
    public PathChoice forChildSa(EncrAlg enc, int keyBits, IntegAlg integ) {
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(integ, "integ");
        boolean accelOk = accelerated.supports(enc, keyBits) && accelerated.supports(integ);
        AccelPath path = boardPath(enc, keyBits, integ);
        if (accelOk && path.cipherInHardware()) {
            return new PathChoice(accelerated, path, path.hwAead());
        }
        if (software.supports(enc, keyBits) && software.supports(integ)) {
            return new PathChoice(software, AccelPath.SOFTWARE, false);
        }
        throw new UnsupportedAlgorithmException(
                "no back end for " + enc + "/" + keyBits + " + " + integ);
    }

    /** The board table's path for the combination, ignoring back-end availability. */
    public AccelPath boardPath(EncrAlg enc, int keyBits, IntegAlg integ) {
        String auth = enc.isAead() ? "" : integ.routerOsName();
        return board.acceleration().path(enc.routerOsName(), keyBits, auth, serial);
    }

    @Override
    public String name() {
        return "routing";
    }

    @Override
    public boolean supports(EncrAlg alg, int keyBits) {
        return accelerated.supports(alg, keyBits) || software.supports(alg, keyBits);
    }

    @Override
    public boolean supports(IntegAlg alg) {
        return accelerated.supports(alg) || software.supports(alg);
    }

    @Override
    public boolean supports(PrfAlg alg) {
        return accelerated.supports(alg) || software.supports(alg);
    }

    @Override
    public boolean supports(DhGroup group) {
        return accelerated.supports(group) || software.supports(group);
    }

    @Override
    public AeadPrimitive aead(EncrAlg alg, int keyBits) {
        return (accelerated.supports(alg, keyBits) ? accelerated : software).aead(alg, keyBits);
    }

    @Override
    public CipherPrimitive cipher(EncrAlg alg, int keyBits) {
        return (accelerated.supports(alg, keyBits) ? accelerated : software).cipher(alg, keyBits);
    }

    @Override
    public MacPrimitive integrity(IntegAlg alg) {
        return (accelerated.supports(alg) ? accelerated : software).integrity(alg);
    }

    @Override
    public PrfPrimitive prf(PrfAlg alg) {
        return (accelerated.supports(alg) ? accelerated : software).prf(alg);
    }

    @Override
    public KeyExchange keyExchange(DhGroup group) {
        return (accelerated.supports(group) ? accelerated : software).keyExchange(group);
    }

    @Override
    public KeyExchange keyExchange(DhGroup group, byte[] privateValue) {
        return (accelerated.supports(group) ? accelerated : software)
                .keyExchange(group, privateValue);
    }

    /** Digests are not part of a board's acceleration table: the accelerated suite's. */
    @Override
    public byte[] digest(HashAlg alg, byte[] data) {
        return accelerated.digest(alg, data);
    }

    @Override
    public SecureRandom random() {
        return accelerated.random();
    }
}
