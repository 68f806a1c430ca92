package io.rosipsec.ipsec.esp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.esp.EspTestSupport.Combo;
import org.junit.jupiter.api.Test;

/** RFC 3948: the port-4500 demultiplexing rules, marker, keepalive, UDP header. */
class UdpEncapTest {
    @Test
    void ikeCarriesTheNonEspMarker() {
        byte[] ike = EspTestSupport.bytes(1, 28);
        byte[] wrapped = UdpEncap.wrapIke(ike);
        assertArrayEquals(new byte[4], java.util.Arrays.copyOf(wrapped, 4));
        UdpEncap.Demuxed d = UdpEncap.demux(wrapped);
        assertEquals(UdpEncap.Kind.IKE, d.kind());
        assertArrayEquals(ike, d.payload());
    }

    @Test
    void keepaliveIsRecognisedAndCarriesNothing() {
        assertArrayEquals(new byte[] {(byte) 0xFF}, UdpEncap.keepalive());
        UdpEncap.Demuxed d = UdpEncap.demux(UdpEncap.keepalive());
        assertEquals(UdpEncap.Kind.KEEPALIVE, d.kind());
        assertEquals(0, d.payload().length);
        assertEquals(UdpEncap.Kind.INVALID, UdpEncap.demux(new byte[] {0x7F}).kind());
    }

    @Test
    void espPassesThroughAndDecapsulates() throws Exception {
        Combo c = new Combo(EncrAlg.AES_CBC, 256, IntegAlg.HMAC_SHA1_96);
        EspSaConfig cfg = EspTestSupport.config(c, 0x0BADCAFE, EspMode.TUNNEL, false);
        try (EspSa out = EspSa.outbound(EspTestSupport.JCA, cfg);
                EspSa in = EspSa.inbound(EspTestSupport.BC, cfg)) {
            byte[] inner = IcmpEcho.request(1, 1, new byte[56])
                    .toIpv4(new byte[] {10, 0, 0, 1}, new byte[] {10, 0, 0, 2}, 64, 5);
            byte[] datagram = UdpEncap.udpDatagram(4500, 4500,
                    UdpEncap.wrapEsp(out.encapsulate(inner, EspMode.NEXT_IPV4)));
            assertEquals(0, datagram[6] | datagram[7], "UDP checksum 0 (RFC 3948 §2.1)");
            UdpEncap.Demuxed d = UdpEncap.demux(UdpEncap.udpPayload(datagram));
            assertEquals(UdpEncap.Kind.ESP, d.kind());
            assertEquals(0x0BADCAFE, EspSa.readSpi(d.payload()));
            assertArrayEquals(inner, in.decapsulate(d.payload()).payload());
        }
    }

    @Test
    void malformedInputsAreInvalidNotExceptions() {
        assertEquals(UdpEncap.Kind.INVALID, UdpEncap.demux(null).kind());
        assertEquals(UdpEncap.Kind.INVALID, UdpEncap.demux(new byte[0]).kind());
        assertEquals(UdpEncap.Kind.INVALID, UdpEncap.demux(new byte[] {1, 2, 3}).kind());
        assertEquals(UdpEncap.Kind.INVALID, UdpEncap.demux(new byte[] {1, 2, 3, 4, 5}).kind());
        assertEquals(UdpEncap.Kind.IKE, UdpEncap.demux(new byte[4]).kind());
        assertNull(UdpEncap.udpPayload(new byte[7]));
        byte[] lying = UdpEncap.udpDatagram(1, 2, new byte[4]);
        lying[5] = 100;
        assertNull(UdpEncap.udpPayload(lying));
        assertThrows(IllegalArgumentException.class, () -> UdpEncap.wrapEsp(new byte[8]));
    }
}
