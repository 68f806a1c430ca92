package io.rosipsec.ipsec.net;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.esp.EspSaConfig;
import io.rosipsec.ipsec.ike.sa.IkeAlgorithms;
import io.rosipsec.ipsec.ike.sa.IkeSaRecord;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Debug aid: writes the negotiated keys as Wireshark's two decryption tables, one row per IKE SA
 * in {@code ikev2_decryption_table} and one row per ESP SA direction in {@code esp_sa}, in the
 * format strongSwan's {@code save-keys} plugin writes (strongswan/strongswan {@code
 * src/libcharon/plugins/save_keys/save_keys_listener.c}). The files can be copied into a
 * Wireshark profile or each row passed as {@code tshark -o 'uat:<table>:<row>'}.
 *
 * <p>Switched on by the system property {@value #PROPERTY} naming a directory (created if
 * missing). Never enable it outside a test lab: anyone reading the files can decrypt the traffic.
 * Algorithms Wireshark has no name for (Camellia, Twofish, ChaCha20-Poly1305 for ESP) get no row.
 */
public final class KeyLog {
    /** System property naming the directory the two tables are appended to. */
    public static final String PROPERTY = "rosipsec.ike.keylog";
    /** File name of Wireshark's IKEv2 decryption table (UAT {@code ikev2_decryption_table}). */
    public static final String IKEV2_TABLE = "ikev2_decryption_table";
    /** File name of Wireshark's ESP SA table (UAT {@code esp_sa}). */
    public static final String ESP_TABLE = "esp_sa";

    private static final HexFormat HEX = HexFormat.of();
    private final Path dir;

    /** @param dir where the two tables are appended */
    public KeyLog(Path dir) {
        this.dir = dir;
    }

    /** The key log the system property asks for, if any. */
    public static Optional<KeyLog> fromSystemProperty() {
        String v = System.getProperty(PROPERTY);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(new KeyLog(Path.of(v)));
    }

    public Path directory() {
        return dir;
    }

    /**
     * The {@code ikev2_decryption_table} row of an IKE SA: SPIi, SPIr, SK_ei, SK_er, encryption,
     * SK_ai, SK_ar, integrity; empty if Wireshark cannot decrypt the suite.
     */
    public static Optional<String> ikeRow(long spiI, long spiR, byte[] skEi, byte[] skEr, byte[] skAi,
            byte[] skAr, IkeAlgorithms alg) {
        Optional<String> enc = ikeEncName(alg.enc().alg(), alg.enc().keyBits());
        Optional<String> integ = ikeIntegName(alg.integ());
        if (enc.isEmpty() || integ.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.format("%016x,%016x,%s,%s,\"%s\",%s,%s,\"%s\"", spiI, spiR,
                HEX.formatHex(skEi), HEX.formatHex(skEr), enc.get(), HEX.formatHex(skAi), HEX.formatHex(skAr),
                integ.get()));
    }

    /**
     * The {@code esp_sa} row of one ESP SA direction: protocol, source, destination, SPI,
     * encryption, key (with salt), authentication, key; empty if Wireshark has no name for the
     * cipher.
     */
    public static Optional<String> espRow(InetAddress src, InetAddress dst, EspSaConfig sa) {
        Optional<String> enc = espEncName(sa.enc());
        Optional<String> auth = espAuthName(sa.integ());
        if (enc.isEmpty() || auth.isEmpty()) {
            return Optional.empty();
        }
        String family = src.getAddress().length == 4 ? "IPv4" : "IPv6";
        return Optional.of(String.format("\"%s\",\"%s\",\"%s\",\"0x%08x\",\"%s\",\"0x%s\",\"%s\",\"0x%s\"", family,
                src.getHostAddress(), dst.getHostAddress(), sa.spi(), enc.get(), HEX.formatHex(sa.encKey()),
                auth.get(), HEX.formatHex(sa.authKey())));
    }

    /** Appends the IKE SA's row (if it has one). */
    public void ikeSa(IkeSaRecord keys, IkeAlgorithms alg) throws IOException {
        Optional<String> row = ikeRow(keys.spiI(), keys.spiR(), keys.skEi(), keys.skEr(), keys.skAi(),
                keys.skAr(), alg);
        if (row.isPresent()) {
            append(IKEV2_TABLE, row.get());
        }
    }

    /** Appends the rows of both directions of a Child SA (if they have one). */
    public void espSa(InetAddress local, InetAddress remote, EspSaConfig inbound, EspSaConfig outbound)
            throws IOException {
        Optional<String> in = espRow(remote, local, inbound);
        Optional<String> out = espRow(local, remote, outbound);
        if (in.isPresent()) {
            append(ESP_TABLE, in.get());
        }
        if (out.isPresent()) {
            append(ESP_TABLE, out.get());
        }
    }

    private synchronized void append(String file, String row) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(file), row + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Wireshark's IKEv2 encryption names ({@code epan/dissectors/packet-isakmp.c}). */
    static Optional<String> ikeEncName(EncrAlg alg, int bits) {
        return Optional.ofNullable(switch (alg) {
            case NULL -> "NULL [RFC2410]";
            case TRIPLE_DES -> "3DES [RFC2451]";
            case AES_CBC -> "AES-CBC-" + bits + " [RFC3602]";
            case AES_CTR -> "AES-CTR-" + bits + " [RFC5930]";
            case AES_GCM_8 -> "AES-GCM-" + bits + " with 8 octet ICV [RFC5282]";
            case AES_GCM_12 -> "AES-GCM-" + bits + " with 12 octet ICV [RFC5282]";
            case AES_GCM_16 -> "AES-GCM-" + bits + " with 16 octet ICV [RFC5282]";
            default -> null;
        });
    }

    /** Wireshark's IKEv2 integrity names ({@code epan/dissectors/packet-isakmp.c}). */
    static Optional<String> ikeIntegName(IntegAlg alg) {
        return Optional.ofNullable(switch (alg) {
            case NONE -> "NONE [RFC4306]";
            case HMAC_MD5_96 -> "HMAC_MD5_96 [RFC2403]";
            case HMAC_SHA1_96 -> "HMAC_SHA1_96 [RFC2404]";
            case HMAC_SHA2_256_128 -> "HMAC_SHA2_256_128 [RFC4868]";
            case HMAC_SHA2_384_192 -> "HMAC_SHA2_384_192 [RFC4868]";
            case HMAC_SHA2_512_256 -> "HMAC_SHA2_512_256 [RFC4868]";
        });
    }

    /** Wireshark's ESP encryption names ({@code epan/dissectors/packet-ipsec.c}). */
    static Optional<String> espEncName(EncrAlg alg) {
        return Optional.ofNullable(switch (alg) {
            case NULL -> "NULL";
            case DES -> "DES-CBC [RFC2405]";
            case TRIPLE_DES -> "TripleDES-CBC [RFC2451]";
            case BLOWFISH -> "BLOWFISH-CBC [RFC2451]";
            case AES_CBC -> "AES-CBC [RFC3602]";
            case AES_CTR -> "AES-CTR [RFC3686]";
            case AES_GCM_8 -> "AES-GCM with 8 octet ICV [RFC4106]";
            case AES_GCM_12 -> "AES-GCM with 12 octet ICV [RFC4106]";
            case AES_GCM_16 -> "AES-GCM with 16 octet ICV [RFC4106]";
            case TWOFISH_CBC -> "TWOFISH-CBC";
            default -> null;
        });
    }

    /** Wireshark's ESP authentication names ({@code epan/dissectors/packet-ipsec.c}). */
    static Optional<String> espAuthName(IntegAlg alg) {
        return Optional.of(switch (alg) {
            case NONE -> "NULL";
            case HMAC_MD5_96 -> "HMAC-MD5-96 [RFC2403]";
            case HMAC_SHA1_96 -> "HMAC-SHA-1-96 [RFC2404]";
            case HMAC_SHA2_256_128 -> "HMAC-SHA-256-128 [RFC4868]";
            case HMAC_SHA2_384_192 -> "HMAC-SHA-384-192 [RFC4868]";
            case HMAC_SHA2_512_256 -> "HMAC-SHA-512-256 [RFC4868]";
        });
    }
}
