package io.rosipsec.ipsec.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.ipsec.esp.UdpEncap;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 3948 §2 demultiplexing as the transport applies it per socket. */
class DatagramDemuxTest {
    private static byte[] ikeHeader() {
        byte[] b = new byte[28];
        b[0] = 0x11; // SPIi starts non-zero
        b[17] = 0x20; // version 2.0
        return b;
    }

    @Test
    void ikePortTakesEverythingAsIke() {
        byte[] ike = ikeHeader();
        UdpEncap.Demuxed d = DatagramDemux.classify(false, ike);
        assertEquals(UdpEncap.Kind.IKE, d.kind());
        assertArrayEquals(ike, d.payload());
    }

    @Test
    void majorVersionTellsIsakmpFromIkev2OnBothPorts() {
        byte[] v2 = ikeHeader();
        byte[] v1 = ikeHeader();
        v1[17] = 0x10; // ISAKMP 1.0 (RFC 2408 §3.1)
        assertEquals(2, DatagramDemux.ikeMajorVersion(DatagramDemux.classify(false, v2).payload()));
        assertEquals(1, DatagramDemux.ikeMajorVersion(DatagramDemux.classify(false, v1).payload()));
        assertEquals(1, DatagramDemux.ikeMajorVersion(DatagramDemux.classify(true, UdpEncap.wrapIke(v1)).payload()));
        assertEquals(0, DatagramDemux.ikeMajorVersion(new byte[27]));
        assertEquals(0, DatagramDemux.ikeMajorVersion(null));
    }

    @Test
    void ikePortRejectsShortMessages() {
        assertEquals(UdpEncap.Kind.INVALID, DatagramDemux.classify(false, new byte[27]).kind());
        assertEquals(UdpEncap.Kind.INVALID, DatagramDemux.classify(false, null).kind());
    }

    @Test
    void natTPortStripsTheNonEspMarker() {
        byte[] ike = ikeHeader();
        UdpEncap.Demuxed d = DatagramDemux.classify(true, UdpEncap.wrapIke(ike));
        assertEquals(UdpEncap.Kind.IKE, d.kind());
        assertArrayEquals(ike, d.payload());
    }

    @Test
    void natTPortPassesEspUnchanged() {
        byte[] esp = {0x0E, (byte) 0x84, 0x14, 0x41, 0, 0, 0, 1, 9, 9, 9, 9};
        UdpEncap.Demuxed d = DatagramDemux.classify(true, esp);
        assertEquals(UdpEncap.Kind.ESP, d.kind());
        assertArrayEquals(esp, d.payload());
    }

    @Test
    void natTPortRecognisesKeepalive() {
        assertEquals(UdpEncap.Kind.KEEPALIVE, DatagramDemux.classify(true, new byte[] {(byte) 0xFF}).kind());
    }

    @Test
    void natTPortRejectsGarbage() {
        assertEquals(UdpEncap.Kind.INVALID, DatagramDemux.classify(true, new byte[0]).kind());
        assertEquals(UdpEncap.Kind.INVALID, DatagramDemux.classify(true, new byte[] {1, 2, 3}).kind());
        assertEquals(UdpEncap.Kind.INVALID, DatagramDemux.classify(true, new byte[] {1, 2, 3, 4, 5}).kind());
        // A marker followed by less than an IKE header.
        assertEquals(UdpEncap.Kind.INVALID, DatagramDemux.classify(true, new byte[10]).kind());
        byte[] shortEsp = Arrays.copyOf(new byte[] {1, 2, 3, 4}, 6);
        assertEquals(UdpEncap.Kind.INVALID, DatagramDemux.classify(true, shortEsp).kind());
    }

    @Test
    void portMapTranslatesOnlyTheTwoPorts() {
        PortMap m = new PortMap(10500, 14500);
        assertEquals(10500, m.toWire(500));
        assertEquals(14500, m.toWire(4500));
        assertEquals(1234, m.toWire(1234));
        assertEquals(500, m.fromWire(10500));
        assertEquals(4500, m.fromWire(14500));
        assertEquals(500, PortMap.STANDARD.fromWire(500));
    }
}
