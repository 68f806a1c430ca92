package io.rosipsec.ipsec.esp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.esp.EspTestSupport.Pair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** AH (RFC 4302) over IPv4: both modes, the back-end matrix, mutable vs immutable fields. */
class AhSaTest {
    private static final byte[] A = {(byte) 192, (byte) 168, 1, 1};
    private static final byte[] B = {(byte) 192, (byte) 168, 2, 1};

    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (IntegAlg integ : IntegAlg.values()) {
            if (integ == IntegAlg.NONE) {
                continue;
            }
            for (Pair p : EspTestSupport.matrix()) {
                out.add(Arguments.of(integ, p));
            }
        }
        return out;
    }

    private static AhSaConfig config(IntegAlg integ, EspMode mode) {
        return AhSaConfig.of(0xA000 + integ.ikev2Id(), integ,
                EspTestSupport.bytes(integ.ordinal(), integ.keyLength()), mode);
    }

    private static byte[] ping(int seq) {
        return IcmpEcho.request(7, seq, EspTestSupport.bytes(seq, 32)).toIpv4(A, B, 64, 1000 + seq);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void transportAndTunnelRoundTrips(IntegAlg integ, Pair p) throws Exception {
        AhSaConfig transport = config(integ, EspMode.TRANSPORT);
        try (AhSa out = AhSa.outbound(p.sender(), transport);
                AhSa in = AhSa.inbound(p.receiver(), transport)) {
            byte[] original = ping(1);
            byte[] ah = out.encapsulateTransport(original);
            Ipv4Header h = Ipv4Header.parse(ah);
            assertEquals(Ipv4Header.PROTO_AH, h.protocol());
            assertEquals(original.length + 12 + integ.icvLength(), h.totalLength());
            assertTrue(Ipv4Header.checksumValid(ah));
            Decapsulated d = in.decapsulate(ah);
            assertEquals(Ipv4Header.PROTO_ICMP, d.nextHeader());
            assertArrayEquals(Ipv4Header.payload(original), d.payload());
        }
        AhSaConfig tunnel = config(integ, EspMode.TUNNEL).withEsn(true);
        try (AhSa out = AhSa.outbound(p.sender(), tunnel);
                AhSa in = AhSa.inbound(p.receiver(), tunnel)) {
            byte[] inner = ping(2);
            Decapsulated d = in.decapsulate(out.encapsulateTunnel(inner, A, B));
            assertEquals(EspMode.NEXT_IPV4, d.nextHeader());
            assertArrayEquals(inner, d.payload());
            assertEquals(2, IcmpEcho.parseIpv4(d.payload()).sequence());
        }
    }

    @Test
    void mutableFieldsMayChangeImmutableOnesMayNot() throws Exception {
        AhSaConfig cfg = config(IntegAlg.HMAC_SHA2_256_128, EspMode.TRANSPORT);
        try (AhSa out = AhSa.outbound(EspTestSupport.JCA, cfg);
                AhSa in = AhSa.inbound(EspTestSupport.BC, cfg)) {
            byte[] ah = out.encapsulateTransport(ping(3));
            // A router on the way: TTL down, DSCP rewritten, checksum recomputed.
            byte[] forwarded = ah.clone();
            forwarded[8]--;
            forwarded[1] = (byte) 0xB8;
            forwarded[10] = 0;
            forwarded[11] = 0;
            int sum = InetChecksum.compute(forwarded, 0, 20);
            forwarded[10] = (byte) (sum >>> 8);
            forwarded[11] = (byte) sum;
            assertEquals(Ipv4Header.PROTO_ICMP, in.decapsulate(forwarded).nextHeader());

            byte[] next = out.encapsulateTransport(ping(4));
            for (int i : new int[] {4, 5, 12, 15, 16, 19, 20, 30, next.length - 1}) {
                byte[] bad = next.clone();
                bad[i] ^= 0x10;
                EspException e = assertThrows(EspException.class, () -> in.decapsulate(bad));
                assertEquals(EspDrop.ICV_MISMATCH, e.drop(), "byte " + i);
            }
            byte[] length = next.clone();
            length[21] ^= 1;
            assertEquals(EspDrop.TRUNCATED,
                    assertThrows(EspException.class, () -> in.decapsulate(length)).drop());
            byte[] spi = next.clone();
            spi[27] ^= 1;
            assertEquals(EspDrop.NO_STATE,
                    assertThrows(EspException.class, () -> in.decapsulate(spi)).drop());
            in.decapsulate(next);
            assertEquals(EspDrop.REPLAY,
                    assertThrows(EspException.class, () -> in.decapsulate(next)).drop());
            assertEquals(EspDrop.HEADER,
                    assertThrows(EspException.class, () -> in.decapsulate(new byte[10])).drop());
            assertEquals(EspDrop.HEADER,
                    assertThrows(EspException.class, () -> in.decapsulate(ping(5))).drop(),
                    "not AH");
        }
    }

    @Test
    void optionsFollowAppendixA() throws Exception {
        AhSaConfig cfg = config(IntegAlg.HMAC_SHA1_96, EspMode.TRANSPORT);
        // Record Route (7, mutable) then Router Alert (148, immutable).
        byte[] options = {7, 7, 4, 0, 0, 0, 0, (byte) 148, 4, 0, 0, 0};
        Ipv4Header h = new Ipv4Header(0, 0, 1, 0, 0, 64, Ipv4Header.PROTO_UDP, 0, A, B, options);
        try (AhSa out = AhSa.outbound(EspTestSupport.BC, cfg);
                AhSa in = AhSa.inbound(EspTestSupport.JCA, cfg)) {
            byte[] pkt = out.encapsulate(h, new byte[12], Ipv4Header.PROTO_UDP);
            byte[] recorded = pkt.clone();
            recorded[23] = 10; // a hop wrote into Record Route
            assertArrayEquals(new byte[12], in.decapsulate(recorded).payload());
            byte[] alert = out.encapsulate(h, new byte[12], Ipv4Header.PROTO_UDP);
            alert[29] = 1; // Router Alert value is covered
            assertEquals(EspDrop.ICV_MISMATCH,
                    assertThrows(EspException.class, () -> in.decapsulate(alert)).drop());
        }
    }
}
