package io.rosipsec.ipsec.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSaConfig;
import io.rosipsec.ipsec.ike.sa.IkeAlgorithms;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wireshark key table rows in the format of spec ike-esp.md §5.8 (strongSwan's save-keys plugin). */
class KeyLogTest {
    private static final HexFormat HEX = HexFormat.of();

    private static byte[] bytes(int n, int first) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (first + i);
        }
        return b;
    }

    @Test
    void ikev2RowHasUnquotedSpisAndKeysAndQuotedNames() {
        IkeAlgorithms alg = new IkeAlgorithms(new EncrSpec(EncrAlg.AES_CBC, 256), IntegAlg.HMAC_SHA2_256_128,
                PrfAlg.HMAC_SHA2_256, DhGroup.MODP2048);
        String row = KeyLog.ikeRow(0x81fcde456e80bf6eL, 0x4e6973f6c8f1540aL, bytes(32, 0), bytes(32, 0x40),
                bytes(32, 0x80), bytes(32, 0xc0), alg).orElseThrow();
        assertEquals("81fcde456e80bf6e,4e6973f6c8f1540a," + HEX.formatHex(bytes(32, 0)) + ","
                + HEX.formatHex(bytes(32, 0x40)) + ",\"AES-CBC-256 [RFC3602]\"," + HEX.formatHex(bytes(32, 0x80))
                + "," + HEX.formatHex(bytes(32, 0xc0)) + ",\"HMAC_SHA2_256_128 [RFC4868]\"", row);
    }

    @Test
    void ikev2WithoutAWiresharkNameHasNoRow() {
        IkeAlgorithms alg = new IkeAlgorithms(new EncrSpec(EncrAlg.CAMELLIA_CBC, 256), IntegAlg.HMAC_SHA2_512_256,
                PrfAlg.HMAC_SHA2_512, DhGroup.MODP4096);
        assertEquals(Optional.empty(), KeyLog.ikeRow(1, 2, bytes(32, 0), bytes(32, 0), bytes(64, 0),
                bytes(64, 0), alg));
    }

    @Test
    void espGcmRowCarriesKeyAndSaltAndNullAuthentication() throws Exception {
        EspSaConfig sa = EspSaConfig.of(0x7808d5d4, EncrAlg.AES_GCM_16, 128, bytes(20, 1), IntegAlg.NONE, null,
                EspMode.TUNNEL);
        String row = KeyLog.espRow(InetAddress.getByName("192.0.2.2"), InetAddress.getByName("192.0.2.1"), sa)
                .orElseThrow();
        assertEquals("\"IPv4\",\"192.0.2.2\",\"192.0.2.1\",\"0x7808d5d4\",\"AES-GCM with 16 octet ICV [RFC4106]\","
                + "\"0x" + HEX.formatHex(bytes(20, 1)) + "\",\"NULL\",\"0x\"", row);
    }

    @Test
    void appendsBothDirectionsWithSwappedAddresses(@TempDir Path dir) throws Exception {
        KeyLog log = new KeyLog(dir.resolve("keys"));
        EspSaConfig in = EspSaConfig.of(0x0000abcd, EncrAlg.AES_CBC, 128, bytes(16, 0), IntegAlg.HMAC_SHA1_96,
                bytes(20, 0), EspMode.TUNNEL);
        EspSaConfig out = EspSaConfig.of(0x12345678, EncrAlg.TRIPLE_DES, 192, bytes(24, 0), IntegAlg.HMAC_MD5_96,
                bytes(16, 0), EspMode.TUNNEL);
        InetAddress local = InetAddress.getByName("192.0.2.2");
        InetAddress remote = InetAddress.getByName("192.0.2.1");
        log.espSa(local, remote, in, out);
        log.espSa(local, remote, in, out);
        List<String> rows = Files.readAllLines(dir.resolve("keys").resolve(KeyLog.ESP_TABLE));
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).startsWith("\"IPv4\",\"192.0.2.1\",\"192.0.2.2\",\"0x0000abcd\",\"AES-CBC [RFC3602]\""),
                rows.get(0));
        assertTrue(rows.get(0).endsWith(",\"HMAC-SHA-1-96 [RFC2404]\",\"0x" + HEX.formatHex(bytes(20, 0)) + "\""),
                rows.get(0));
        assertTrue(rows.get(1).startsWith("\"IPv4\",\"192.0.2.2\",\"192.0.2.1\",\"0x12345678\","
                + "\"TripleDES-CBC [RFC2451]\""), rows.get(1));
        assertTrue(rows.get(1).contains("\"HMAC-MD5-96 [RFC2403]\""), rows.get(1));
    }

    @Test
    void systemPropertySwitchesItOn(@TempDir Path dir) {
        String before = System.getProperty(KeyLog.PROPERTY);
        try {
            System.clearProperty(KeyLog.PROPERTY);
            assertTrue(KeyLog.fromSystemProperty().isEmpty());
            System.setProperty(KeyLog.PROPERTY, dir.toString());
            assertEquals(dir, KeyLog.fromSystemProperty().orElseThrow().directory());
        } finally {
            if (before == null) {
                System.clearProperty(KeyLog.PROPERTY);
            } else {
                System.setProperty(KeyLog.PROPERTY, before);
            }
        }
    }
}
