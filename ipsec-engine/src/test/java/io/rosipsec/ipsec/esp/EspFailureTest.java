package io.rosipsec.ipsec.esp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.MacPrimitive;
import io.rosipsec.ipsec.esp.EspTestSupport.Combo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inbound failures: every one is an {@link EspException} with the right {@link EspDrop} and is
 * counted, and a dropped packet never moves the replay window.
 */
class EspFailureTest {
    private static final Set<EspDrop> TAMPER_DROPS =
            EnumSet.of(EspDrop.NO_STATE, EspDrop.REPLAY, EspDrop.ICV_MISMATCH);

    static List<Arguments> authenticated() {
        List<Arguments> out = new ArrayList<>();
        for (Combo c : EspTestSupport.combosBothSupport()) {
            if (c.enc().isAead() || c.integ() != IntegAlg.NONE) {
                out.add(Arguments.of(c, EspTestSupport.JCA));
                out.add(Arguments.of(c, EspTestSupport.BC));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("authenticated")
    void flippingAnyByteIsDroppedNeverThrown(Combo c, io.rosipsec.ipsec.crypto.CryptoSuite suite)
            throws Exception {
        EspSaConfig cfg = EspTestSupport.config(c, 0x3000, EspMode.TUNNEL, false);
        byte[] inner = IcmpEcho.request(1, 1, new byte[20])
                .toIpv4(new byte[] {1, 1, 1, 1}, new byte[] {2, 2, 2, 2}, 64, 1);
        try (EspSa out = EspSa.outbound(suite, cfg); EspSa in = EspSa.inbound(suite, cfg)) {
            byte[] esp = out.encapsulate(inner, EspMode.NEXT_IPV4);
            for (int i = 0; i < esp.length; i++) {
                for (int bit : new int[] {0x01, 0x80}) {
                    byte[] bad = esp.clone();
                    bad[i] ^= bit;
                    EspException e = assertThrows(EspException.class, () -> in.decapsulate(bad),
                            "byte " + i);
                    assertTrue(TAMPER_DROPS.contains(e.drop()), e.drop() + " at byte " + i);
                    if (i >= 8) {
                        assertEquals(EspDrop.ICV_MISMATCH, e.drop(), "byte " + i);
                    }
                }
            }
            assertEquals(0, in.replayWindow().top(), "no forged packet moved the window");
            assertArrayEquals(inner, in.decapsulate(esp).payload());
            long counted = 0;
            for (EspDrop d : TAMPER_DROPS) {
                counted += in.counters().drops(d);
            }
            assertEquals(2L * esp.length, counted);
            assertEquals(2L * esp.length, in.counters().invalidPackets()
                    + in.counters().drops(EspDrop.NO_STATE));
            assertTrue(in.counters().drops(EspDrop.ICV_MISMATCH) >= 2L * (esp.length - 8));
        }
    }

    private static EspSaConfig nullSha1(EspMode mode) {
        return new EspSaConfig(0x4444, EncrAlg.NULL, 0, new byte[0], IntegAlg.HMAC_SHA1_96,
                EspTestSupport.bytes(3, 20), mode, false, 128);
    }

    /** An authentic ESP-NULL packet with an arbitrary trailer, built from the raw MAC. */
    private static byte[] forgeNull(EspSaConfig cfg, int seq, byte[] body) {
        byte[] head = {0, 0, 0x44, 0x44, (byte) (seq >>> 24), (byte) (seq >>> 16),
            (byte) (seq >>> 8), (byte) seq};
        byte[] covered = new byte[8 + body.length];
        System.arraycopy(head, 0, covered, 0, 8);
        System.arraycopy(body, 0, covered, 8, body.length);
        MacPrimitive mac = EspTestSupport.BC.integrity(IntegAlg.HMAC_SHA1_96);
        mac.setKey(cfg.authKey());
        byte[] icv = mac.compute(covered);
        byte[] out = Arrays.copyOf(covered, covered.length + icv.length);
        System.arraycopy(icv, 0, out, covered.length, icv.length);
        return out;
    }

    @Test
    void badPaddingIsDetectedAfterTheIcv() throws Exception {
        EspSaConfig cfg = nullSha1(EspMode.TRANSPORT);
        try (EspSa in = EspSa.inbound(EspTestSupport.JCA, cfg)) {
            // payload AA BB, pad 01 03 (should be 01 02), pad length 2, next header 17.
            byte[] wrongBytes = forgeNull(cfg, 1, new byte[] {(byte) 0xAA, (byte) 0xBB, 1, 3, 2, 17});
            assertEquals(EspDrop.BAD_PADDING,
                    assertThrows(EspException.class, () -> in.decapsulate(wrongBytes)).drop());
            // pad length 9 with only 4 bytes before it.
            byte[] tooLong = forgeNull(cfg, 2, new byte[] {1, 2, 3, 4, 9, 17});
            assertEquals(EspDrop.BAD_PADDING,
                    assertThrows(EspException.class, () -> in.decapsulate(tooLong)).drop());
            // The sequence numbers were authentic: the window moved (RFC 4303 §3.4.3).
            assertEquals(2, in.replayWindow().top());
            byte[] good = forgeNull(cfg, 3, new byte[] {(byte) 0xAA, (byte) 0xBB, 1, 2, 2, 17});
            assertArrayEquals(new byte[] {(byte) 0xAA, (byte) 0xBB}, in.decapsulate(good).payload());
            assertEquals(2, in.counters().invalidPackets());
            assertEquals("in-state-protocol-errors", EspDrop.BAD_PADDING.routerOsCounter());
        }
    }

    @Test
    void tunnelModeRefusesNonIpNextHeaderAndPassesDummies() throws Exception {
        EspSaConfig cfg = nullSha1(EspMode.TUNNEL);
        try (EspSa out = EspSa.outbound(EspTestSupport.BC, cfg);
                EspSa in = EspSa.inbound(EspTestSupport.BC, cfg)) {
            byte[] udp = out.encapsulate(new byte[8], 17);
            EspException e = assertThrows(EspException.class, () -> in.decapsulate(udp));
            assertEquals(EspDrop.MODE_MISMATCH, e.drop());
            assertEquals("in-state-mode-errors", e.drop().routerOsCounter());
            Decapsulated dummy = in.decapsulate(out.encapsulate(new byte[0], EspMode.NEXT_DUMMY));
            assertTrue(dummy.dummy());
        }
    }

    @Test
    void shortWrongSpiAndUnalignedPackets() throws Exception {
        Combo cbc = new Combo(EncrAlg.AES_CBC, 128, IntegAlg.HMAC_SHA2_256_128);
        EspSaConfig cfg = EspTestSupport.config(cbc, 0x5555, EspMode.TUNNEL, false);
        try (EspSa out = EspSa.outbound(EspTestSupport.JCA, cfg);
                EspSa in = EspSa.inbound(EspTestSupport.BC, cfg)) {
            byte[] esp = out.encapsulate(new byte[40], EspMode.NEXT_IPV4);
            assertDrop(EspDrop.HEADER, in, null);
            assertDrop(EspDrop.HEADER, in, new byte[7]);
            byte[] otherSpi = esp.clone();
            otherSpi[3] ^= 1;
            assertDrop(EspDrop.NO_STATE, in, otherSpi);
            for (int cut = 1; cut < esp.length - 8; cut++) {
                int body = esp.length - cut - 8 - 16 - 16;
                assertDrop(body >= 16 && body % 16 == 0 ? EspDrop.ICV_MISMATCH : EspDrop.TRUNCATED,
                        in, Arrays.copyOf(esp, esp.length - cut));
            }
            byte[] longer = Arrays.copyOf(esp, esp.length + 16);
            assertDrop(EspDrop.ICV_MISMATCH, in, longer);
            assertEquals(1, in.counters().drops(EspDrop.NO_STATE));
            assertEquals(2, in.counters().drops(EspDrop.HEADER));
            assertArrayEquals(new byte[40], in.decapsulate(esp).payload());
        }
    }

    @Test
    void oversizedPayloadIsRefusedOnOutput() throws Exception {
        EspSaConfig cfg = nullSha1(EspMode.TRANSPORT);
        try (EspSa out = EspSa.outbound(EspTestSupport.JCA, cfg)) {
            EspException e = assertThrows(EspException.class,
                    () -> out.encapsulate(new byte[65535], 17));
            assertEquals(EspDrop.OVERSIZED, e.drop());
            assertEquals(0, out.sequence().last(), "no sequence number used");
        }
    }

    @Test
    void expiredAndClosedSas() throws Exception {
        EspSaConfig cfg = nullSha1(EspMode.TRANSPORT);
        EspSa out = EspSa.outbound(EspTestSupport.JCA, cfg);
        EspSa in = EspSa.inbound(EspTestSupport.JCA, cfg);
        byte[] esp = out.encapsulate(new byte[4], 6);
        in.expire();
        assertDrop(EspDrop.EXPIRED, in, esp);
        out.expire();
        assertEquals(EspDrop.OUT_EXPIRED,
                assertThrows(EspException.class, () -> out.encapsulate(new byte[4], 6)).drop());
        out.close();
        in.close();
        assertDrop(EspDrop.NO_STATE, in, esp);
        assertEquals(EspDrop.OUT_NO_STATE,
                assertThrows(EspException.class, () -> out.encapsulate(new byte[4], 6)).drop());
        assertThrows(IllegalStateException.class, () -> in.encapsulate(new byte[4], 6));
    }

    private static void assertDrop(EspDrop expected, EspSa in, byte[] packet) {
        EspException e = assertThrows(EspException.class, () -> in.decapsulate(packet));
        assertEquals(expected, e.drop(), e.getMessage());
    }
}
