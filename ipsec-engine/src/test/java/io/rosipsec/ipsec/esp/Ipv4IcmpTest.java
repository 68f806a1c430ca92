package io.rosipsec.ipsec.esp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.ipsec.crypto.TestVectors;
import org.junit.jupiter.api.Test;

/** IPv4 header and ICMP echo codecs (RFC 791, RFC 792, RFC 1071). */
class Ipv4IcmpTest {
    /** The inner packet of RFC 3602 §4 case #7: ICMP echo 192.168.123.3 → 192.168.123.200. */
    private static final byte[] RFC3602_PING = TestVectors.hex(
            "45000054090400004001f988c0a87b03c0a87bc808009f76a90a0100b49c083d02a20400"
            + "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b"
            + "2c2d2e2f3031323334353637");

    @Test
    void parsesAPublishedPacket() throws Exception {
        Ipv4Header h = Ipv4Header.parse(RFC3602_PING);
        assertEquals(84, h.totalLength());
        assertEquals(64, h.ttl());
        assertEquals(Ipv4Header.PROTO_ICMP, h.protocol());
        assertArrayEquals(new byte[] {(byte) 192, (byte) 168, 123, 3}, h.source());
        assertTrue(Ipv4Header.checksumValid(RFC3602_PING));
        assertArrayEquals(RFC3602_PING, h.packet(Ipv4Header.payload(RFC3602_PING)),
                "re-encoding gives the same bytes, checksum included");
        IcmpEcho echo = IcmpEcho.parseIpv4(RFC3602_PING);
        assertEquals(IcmpEcho.ECHO_REQUEST, echo.type());
        assertEquals(0xa90a, echo.identifier());
        assertEquals(0x0100, echo.sequence());
        assertEquals(56, echo.data().length);
    }

    @Test
    void replyMirrorsRequest() throws Exception {
        IcmpEcho req = IcmpEcho.request(0x4242, 7, "abcdefgh".getBytes());
        byte[] pkt = req.reply().toIpv4(new byte[] {10, 0, 0, 2}, new byte[] {10, 0, 0, 1}, 64, 3);
        IcmpEcho rep = IcmpEcho.parseIpv4(pkt);
        assertEquals(IcmpEcho.ECHO_REPLY, rep.type());
        assertEquals(0x4242, rep.identifier());
        assertEquals(7, rep.sequence());
        assertArrayEquals("abcdefgh".getBytes(), rep.data());
    }

    @Test
    void rejectsDamage() {
        byte[] bad = RFC3602_PING.clone();
        bad[40] ^= 1;
        assertThrows(MalformedPacketException.class, () -> IcmpEcho.parseIpv4(bad));
        byte[] badHeader = RFC3602_PING.clone();
        badHeader[8] = 1;
        assertFalse(Ipv4Header.checksumValid(badHeader));
        assertThrows(MalformedPacketException.class, () -> IcmpEcho.parseIpv4(badHeader));
        assertThrows(MalformedPacketException.class, () -> Ipv4Header.parse(new byte[19]));
        byte[] v6 = RFC3602_PING.clone();
        v6[0] = 0x60;
        assertThrows(MalformedPacketException.class, () -> Ipv4Header.parse(v6));
        byte[] longer = RFC3602_PING.clone();
        longer[3] = (byte) 0xFF;
        assertThrows(MalformedPacketException.class, () -> Ipv4Header.parse(longer));
        assertThrows(MalformedPacketException.class, () -> IcmpEcho.parse(new byte[] {3, 0, 0, 0, 0, 0, 0, 0}));
        assertThrows(MalformedPacketException.class, () -> IcmpEcho.parse(null));
    }

    @Test
    void checksumOfRfc1071Example() {
        // RFC 1071 §3 example words 0001 f203 f4f5 f6f7: sum ddf2, checksum 220d.
        byte[] data = TestVectors.hex("0001f203f4f5f6f7");
        assertEquals(0x220d, InetChecksum.compute(data, 0, data.length));
    }
}
