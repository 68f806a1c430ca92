package io.rosipsec.ipsec.esp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.esp.EspTestSupport.Combo;
import io.rosipsec.ipsec.esp.EspTestSupport.Pair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ESP transform combination both back ends implement, sent on one back end and received on
 * the other (guideline 9's JCA/JCA, JCA/BC, BC/JCA, BC/BC matrix), in tunnel mode with a real
 * IPv4/ICMP inner packet and in transport mode with payload sizes around the block boundaries.
 */
class EspRoundTripTest {
    static List<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Combo c : EspTestSupport.combosBothSupport()) {
            for (Pair p : EspTestSupport.matrix()) {
                out.add(Arguments.of(c, p));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void tunnelModeIcmpRoundTrip(Combo c, Pair p) throws Exception {
        EspSaConfig cfg = EspTestSupport.config(c, 0x1000 + c.hashCode() % 1000, EspMode.TUNNEL,
                false);
        byte[] inner = IcmpEcho.request(0x1234, 1, EspTestSupport.bytes(7, 56))
                .toIpv4(new byte[] {10, 0, 0, 1}, new byte[] {10, 0, 1, 1}, 64, 99);
        try (EspSa out = EspSa.outbound(p.sender(), cfg);
                EspSa in = EspSa.inbound(p.receiver(), cfg)) {
            for (int i = 1; i <= 3; i++) {
                byte[] esp = out.encapsulate(inner, EspMode.NEXT_IPV4);
                assertEquals(out.encapsulatedLength(inner.length), esp.length);
                assertLayout(c, esp, inner.length);
                Decapsulated d = in.decapsulate(esp);
                assertEquals(i, d.sequence());
                assertEquals(EspMode.NEXT_IPV4, d.nextHeader());
                assertArrayEquals(inner, d.payload());
                assertEquals(0x1234, IcmpEcho.parseIpv4(d.payload()).identifier());
            }
            assertEquals(3, out.counters().packets());
            assertEquals(3L * inner.length, in.counters().bytes());
            assertEquals(0, in.counters().invalidPackets());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void transportModeSizesWithEsn(Combo c, Pair p) throws Exception {
        EspSaConfig cfg = EspTestSupport.config(c, 0x2000, EspMode.TRANSPORT, true);
        try (EspSa out = EspSa.outbound(p.sender(), cfg);
                EspSa in = EspSa.inbound(p.receiver(), cfg)) {
            for (int len : new int[] {0, 1, 2, 13, 14, 15, 16, 17, 31, 64, 1400}) {
                byte[] payload = EspTestSupport.bytes(len, len);
                byte[] esp = out.encapsulate(payload, 17);
                assertLayout(c, esp, len);
                Decapsulated d = in.decapsulate(esp);
                assertArrayEquals(payload, d.payload(), "length " + len);
                assertEquals(17, d.nextHeader());
                assertFalse(d.dummy());
            }
        }
    }

    /** ESP header, IV, ICV and padding rules of RFC 4303 §2 as seen from outside. */
    private static void assertLayout(Combo c, byte[] esp, int payloadLength) {
        EncrAlg enc = c.enc();
        int icv = enc.isAead() ? enc.icvLength() : c.integ().icvLength();
        int body = esp.length - 8 - enc.wireIvLength() - icv;
        assertTrue(body >= payloadLength + 2);
        assertEquals(0, body % Math.max(4, enc.blockSize()), "alignment");
        assertTrue(body - payloadLength - 2 < Math.max(4, enc.blockSize()), "minimal padding");
    }
}
