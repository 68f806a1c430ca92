package io.rosipsec.ipsec.crypto;

import java.util.Locale;
import java.util.Optional;

/**
 * Diffie-Hellman / key exchange groups (IKEv2 transform type 4; the IKEv1 Group Description
 * attribute uses the same numbers) with RouterOS names (profile {@code dh-group}, proposal {@code
 * pfs-group}).
 *
 * <p>KE payload encodings: MODP big-endian left-padded to the prime length (RFC 7296 §2.14), ECP
 * x‖y each padded to the field size without a point-format byte (RFC 5903 §7), X25519 the 32-byte
 * u-coordinate (RFC 8031 §2). Shared secrets: MODP g^xy padded to the prime length, ECP the x
 * coordinate only (RFC 5903 §9), X25519 the 32-byte result.
 *
 * <p>MODP private exponents use strongSwan's short-exponent table (32/48/64 bytes for
 * 768–1536 / 2048–3072 / 4096–8192 bits, {@code src/libstrongswan/crypto/key_exchange.c}).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3526">RFC 3526</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5903">RFC 5903</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8031">RFC 8031</a>
 */
public enum DhGroup {
    MODP768(1, "modp768", Kind.MODP, 96, 256, null),
    MODP1024(2, "modp1024", Kind.MODP, 128, 256, null),
    MODP1536(5, "modp1536", Kind.MODP, 192, 256, null),
    MODP2048(14, "modp2048", Kind.MODP, 256, 384, null),
    MODP3072(15, "modp3072", Kind.MODP, 384, 384, null),
    MODP4096(16, "modp4096", Kind.MODP, 512, 512, null),
    MODP6144(17, "modp6144", Kind.MODP, 768, 512, null),
    MODP8192(18, "modp8192", Kind.MODP, 1024, 512, null),
    ECP256(19, "ecp256", Kind.ECP, 32, 0, "secp256r1"),
    ECP384(20, "ecp384", Kind.ECP, 48, 0, "secp384r1"),
    ECP521(21, "ecp521", Kind.ECP, 66, 0, "secp521r1"),
    X25519(31, "x25519", Kind.CURVE25519, 32, 0, null);

    /** The family of the group, which decides encoding and validation. */
    public enum Kind {
        MODP,
        ECP,
        CURVE25519
    }

    private final int id;
    private final String routerOsName;
    private final Kind kind;
    private final int fieldLength;
    private final int privateExponentBits;
    private final String curveName;

    DhGroup(int id, String routerOsName, Kind kind, int fieldLength, int privateExponentBits,
            String curveName) {
        this.id = id;
        this.routerOsName = routerOsName;
        this.kind = kind;
        this.fieldLength = fieldLength;
        this.privateExponentBits = privateExponentBits;
        this.curveName = curveName;
    }

    /** IKEv2 transform ID = IKEv1 Group Description value. */
    public int id() {
        return id;
    }

    public String routerOsName() {
        return routerOsName;
    }

    public Kind kind() {
        return kind;
    }

    /** Prime / field element length in bytes. */
    public int fieldLength() {
        return fieldLength;
    }

    /** Length of the KE payload data in bytes. */
    public int publicValueLength() {
        return kind == Kind.ECP ? 2 * fieldLength : fieldLength;
    }

    /** Length of the shared secret g^ir in bytes. */
    public int sharedSecretLength() {
        return fieldLength;
    }

    /** Bit length of generated MODP private exponents (0 for elliptic-curve groups). */
    public int privateExponentBits() {
        return privateExponentBits;
    }

    /** SEC 2 name of the curve for ECP groups, {@code null} otherwise. */
    public String curveName() {
        return curveName;
    }

    /** Looks up a group number; unknown numbers give an empty result. */
    public static Optional<DhGroup> fromWire(int id) {
        for (DhGroup g : values()) {
            if (g.id == id) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** Looks up a RouterOS {@code dh-group} / {@code pfs-group} value. */
    public static Optional<DhGroup> fromRouterOsName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (DhGroup g : values()) {
            if (g.routerOsName.equals(n)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
