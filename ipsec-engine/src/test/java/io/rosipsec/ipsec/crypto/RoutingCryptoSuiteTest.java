package io.rosipsec.ipsec.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.hw.AccelPath;
import io.rosipsec.hw.HwProfile;
import io.rosipsec.hw.HwProfiles;
import io.rosipsec.ipsec.crypto.RoutingCryptoSuite.PathChoice;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.esp.EspSa;
import io.rosipsec.ipsec.esp.EspSaConfig;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Guideline 8 over the built-in board data: hEX (MT7621A: AES-CBC/3DES with MD5/SHA1/SHA256, no
 * GCM), RB4011 (AL21400: CBC/CTR and GCM in hardware), CHR (x86 AES-NI: cipher-only "partial"),
 * hAP ac² (IPQ-4018: AES 128/256 only) and RB850Gx2 (P1023: serial-number condition).
 */
class RoutingCryptoSuiteTest {
    private static final HwProfiles BOARDS = HwProfiles.builtIn();
    private static final CryptoSuite JCA = new JcaCryptoSuite();
    private static final CryptoSuite BC = new BcCryptoSuite();

    private static RoutingCryptoSuite on(String boardId, String serial) {
        HwProfile board = BOARDS.byId(boardId).orElseThrow();
        return new RoutingCryptoSuite(board, serial, JCA, BC);
    }

    private static void assertChoice(RoutingCryptoSuite r, EncrAlg enc, int bits, IntegAlg integ,
            CryptoSuite suite, boolean hwAead) {
        PathChoice c = r.forChildSa(enc, bits, integ);
        String what = r.board().id() + " " + enc + "/" + bits + "+" + integ;
        assertSame(suite, c.suite(), what);
        assertEquals(hwAead, c.hwAead(), what);
        assertEquals(suite == JCA, c.accelerated(), what);
    }

    @Test
    void hexAcceleratesCbcWithSha1ButNotGcm() {
        RoutingCryptoSuite hex = on("hex", "HEX123456789");
        assertChoice(hex, EncrAlg.AES_CBC, 128, IntegAlg.HMAC_SHA1_96, JCA, true);
        assertChoice(hex, EncrAlg.AES_CBC, 256, IntegAlg.HMAC_SHA2_256_128, JCA, true);
        assertChoice(hex, EncrAlg.TRIPLE_DES, 192, IntegAlg.HMAC_MD5_96, JCA, true);
        assertChoice(hex, EncrAlg.AES_CBC, 256, IntegAlg.HMAC_SHA2_512_256, BC, false);
        assertChoice(hex, EncrAlg.AES_GCM_16, 128, IntegAlg.NONE, BC, false);
        assertChoice(hex, EncrAlg.AES_CTR, 128, IntegAlg.HMAC_SHA1_96, BC, false);
        assertChoice(hex, EncrAlg.DES, 64, IntegAlg.HMAC_SHA1_96, BC, false);
        assertChoice(hex, EncrAlg.CAMELLIA_CBC, 128, IntegAlg.HMAC_SHA1_96, BC, false);
    }

    @Test
    void rb4011AcceleratesGcmButNotWhatOnlyBcHas() {
        RoutingCryptoSuite rb = on("rb4011", null);
        assertChoice(rb, EncrAlg.AES_GCM_16, 256, IntegAlg.NONE, JCA, true);
        assertChoice(rb, EncrAlg.AES_GCM_16, 128, IntegAlg.NONE, JCA, true);
        assertChoice(rb, EncrAlg.AES_GCM_12, 192, IntegAlg.NONE, JCA, true);
        assertChoice(rb, EncrAlg.AES_CBC, 256, IntegAlg.HMAC_SHA2_512_256, JCA, true);
        // The board accelerates aes-gcm, but the JDK has no 8-byte GCM tag: BC, unflagged.
        assertEquals(AccelPath.HARDWARE, rb.boardPath(EncrAlg.AES_GCM_8, 128, IntegAlg.NONE));
        assertChoice(rb, EncrAlg.AES_GCM_8, 128, IntegAlg.NONE, BC, false);
        assertChoice(rb, EncrAlg.TWOFISH_CBC, 256, IntegAlg.HMAC_SHA1_96, BC, false);
        assertChoice(rb, EncrAlg.CHACHA20_POLY1305, 256, IntegAlg.NONE, BC, false);
        assertChoice(rb, EncrAlg.NULL, 0, IntegAlg.HMAC_SHA1_96, BC, false);
        assertChoice(rb, EncrAlg.BLOWFISH, 128, IntegAlg.HMAC_SHA1_96, BC, false);
    }

    @Test
    void chrRunsAesOnTheJdkWithoutTheHwAeadFlag() {
        RoutingCryptoSuite chr = on("chr", null);
        assertEquals(AccelPath.PARTIAL,
                chr.boardPath(EncrAlg.AES_CBC, 128, IntegAlg.HMAC_SHA2_256_128));
        assertChoice(chr, EncrAlg.AES_CBC, 128, IntegAlg.HMAC_SHA2_256_128, JCA, false);
        assertChoice(chr, EncrAlg.AES_GCM_16, 256, IntegAlg.NONE, JCA, false);
        assertChoice(chr, EncrAlg.TRIPLE_DES, 192, IntegAlg.HMAC_SHA1_96, BC, false);
        HwProfile noAesNi = BOARDS.byId("chr").orElseThrow().withCpuFeatures(Set.of());
        RoutingCryptoSuite hidden = new RoutingCryptoSuite(noAesNi, null, JCA, BC);
        assertChoice(hidden, EncrAlg.AES_GCM_16, 256, IntegAlg.NONE, BC, false);
    }

    @Test
    void keySizeAndSerialConditions() {
        RoutingCryptoSuite hap = on("hap-ac2", null);
        assertChoice(hap, EncrAlg.AES_CBC, 128, IntegAlg.HMAC_SHA1_96, JCA, true);
        assertChoice(hap, EncrAlg.AES_CBC, 192, IntegAlg.HMAC_SHA1_96, BC, false);
        assertChoice(on("rb850gx2", "5A1B2C3D4E5F"), EncrAlg.AES_CBC, 128,
                IntegAlg.HMAC_SHA1_96, JCA, true);
        assertChoice(on("rb850gx2", "3A1B2C3D4E5F"), EncrAlg.AES_CBC, 128,
                IntegAlg.HMAC_SHA1_96, BC, false);
    }

    @Test
    void genericMethodsPreferTheJdkAndFallBackToBc() {
        RoutingCryptoSuite r = on("hex", null);
        assertEquals("routing", r.name());
        assertTrue(r.supports(EncrAlg.CAMELLIA_CBC, 256));
        assertTrue(r.supports(EncrAlg.AES_GCM_8, 128));
        assertTrue(r.supports(DhGroup.fromWire(14).orElseThrow()));
        assertTrue(r.aead(EncrAlg.AES_GCM_16, 128).getClass().getPackageName().endsWith(".jca"));
        assertTrue(r.aead(EncrAlg.AES_GCM_8, 128).getClass().getPackageName().endsWith(".bc"));
        assertTrue(r.cipher(EncrAlg.TWOFISH_CBC, 128).getClass().getPackageName().endsWith(".bc"));
        assertTrue(r.integrity(IntegAlg.HMAC_SHA1_96).getClass().getPackageName().endsWith(".jca"));
        assertSame(JCA.random(), r.random());
        assertFalse(r.forChildSa(EncrAlg.AES_GCM_16, 128, IntegAlg.NONE).accelerated());
    }

    @Test
    void chosenSuitesInteroperate() throws Exception {
        // One router on a GCM board (JCA), its peer on hEX (BC for GCM): the SA still works.
        PathChoice a = on("rb4011", null).forChildSa(EncrAlg.AES_GCM_16, 256, IntegAlg.NONE);
        PathChoice b = on("hex", null).forChildSa(EncrAlg.AES_GCM_16, 256, IntegAlg.NONE);
        EspSaConfig cfg = EspSaConfig.of(0x1234, EncrAlg.AES_GCM_16, 256, new byte[36],
                IntegAlg.NONE, new byte[0], EspMode.TRANSPORT);
        try (EspSa out = EspSa.outbound(a.suite(), cfg); EspSa in = EspSa.inbound(b.suite(), cfg)) {
            assertEquals("jca", out.backEnd());
            assertEquals("bc", in.backEnd());
            byte[] data = {1, 2, 3, 4, 5};
            assertArrayEquals(data, in.decapsulate(out.encapsulate(data, 17)).payload());
        }
    }
}
