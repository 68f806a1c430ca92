package io.rosipsec.ipsec.esp;

import java.util.Arrays;

/**
 * UDP encapsulation of ESP for NAT traversal (RFC 3948) on port 4500, where one socket carries
 * three kinds of datagram told apart by their first bytes (RFC 3948 §2, §4):
 *
 * <ul>
 *   <li>ESP: the ESP packet is the UDP payload unchanged; its SPI is never 0;
 *   <li>IKE: the four-zero-byte non-ESP marker, then the IKE message (§2.2);
 *   <li>NAT keepalive: the single byte {@code 0xFF} (§2.3), dropped by the receiver.
 * </ul>
 *
 * On port 500 IKE carries no marker. The UDP checksum of ESP-in-UDP is sent as 0 (§2.1).
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3948">RFC 3948</a>
 */
public final class UdpEncap {
    /** The NAT-T port (RFC 3948 §2; RouterOS shows peers as {@code address:4500}). */
    public static final int NAT_T_PORT = 4500;
    /** The IKE port without encapsulation. */
    public static final int IKE_PORT = 500;
    /** Length of the non-ESP marker. */
    public static final int MARKER_LENGTH = 4;
    private static final int UDP_HEADER = 8;

    /** What a datagram on port 4500 carries. */
    public enum Kind {
        ESP,
        IKE,
        KEEPALIVE,
        /** Too short, or an ESP-looking packet shorter than SPI + sequence number. */
        INVALID
    }

    /**
     * The classified content of one UDP payload.
     *
     * @param kind what it is
     * @param payload the ESP packet, the IKE message without the marker, or empty
     */
    public record Demuxed(Kind kind, byte[] payload) {}

    private UdpEncap() {}

    /** Sorts a UDP payload received on port 4500; never throws for any input. */
    public static Demuxed demux(byte[] udpPayload) {
        if (udpPayload == null || udpPayload.length == 0) {
            return new Demuxed(Kind.INVALID, new byte[0]);
        }
        if (udpPayload.length == 1) {
            boolean keepalive = (udpPayload[0] & 0xFF) == 0xFF;
            return new Demuxed(keepalive ? Kind.KEEPALIVE : Kind.INVALID, new byte[0]);
        }
        if (udpPayload.length < MARKER_LENGTH) {
            return new Demuxed(Kind.INVALID, new byte[0]);
        }
        boolean marker = udpPayload[0] == 0 && udpPayload[1] == 0 && udpPayload[2] == 0
                && udpPayload[3] == 0;
        if (marker) {
            return new Demuxed(Kind.IKE,
                    Arrays.copyOfRange(udpPayload, MARKER_LENGTH, udpPayload.length));
        }
        if (udpPayload.length < 8) {
            return new Demuxed(Kind.INVALID, new byte[0]);
        }
        return new Demuxed(Kind.ESP, udpPayload.clone());
    }

    /** The UDP payload for an ESP packet (the packet itself, RFC 3948 §2.1). */
    public static byte[] wrapEsp(byte[] espPacket) {
        if (espPacket.length < 8 || WireBytes.getInt(espPacket, 0) == 0) {
            throw new IllegalArgumentException("not an ESP packet (SPI 0 or too short)");
        }
        return espPacket.clone();
    }

    /**
     * Emulator framing of AH on the NAT-T socket: RFC 3948 encapsulates only ESP in UDP and Java has no raw sockets,
     * so two emulators carry AH (RFC 4302) as this 4-byte marker followed by the whole IPv4 packet (outer header
     * included, since AH authenticates it). 51 is AH's IP protocol number; it is neither the non-ESP marker (0) nor
     * a valid ESP SPI (1..255 are reserved, RFC 4303 §2.1, and the engine never allocates them), so {@link #demux}
     * hands such a datagram on as {@link Kind#ESP} and the data path tells it apart with {@link #isAh}. A real
     * RouterOS would send AH as IP protocol 51 and could not talk to this framing.
     */
    public static final int AH_MARKER = 51;

    /** The UDP payload for an IPv4 packet carrying AH: {@link #AH_MARKER}, then the packet. */
    public static byte[] wrapAh(byte[] ipv4Packet) {
        byte[] out = new byte[MARKER_LENGTH + ipv4Packet.length];
        WireBytes.putInt(out, 0, AH_MARKER);
        System.arraycopy(ipv4Packet, 0, out, MARKER_LENGTH, ipv4Packet.length);
        return out;
    }

    /** Whether a UDP payload classified as ESP is in fact AH framed by {@link #wrapAh}. */
    public static boolean isAh(byte[] udpPayload) {
        return udpPayload != null && udpPayload.length >= MARKER_LENGTH
                && WireBytes.getInt(udpPayload, 0) == AH_MARKER;
    }

    /** The UDP payload for an IKE message on port 4500: the non-ESP marker, then the message. */
    public static byte[] wrapIke(byte[] ikeMessage) {
        byte[] out = new byte[MARKER_LENGTH + ikeMessage.length];
        System.arraycopy(ikeMessage, 0, out, MARKER_LENGTH, ikeMessage.length);
        return out;
    }

    /** A NAT-keepalive payload: one byte {@code 0xFF} (RFC 3948 §2.3). */
    public static byte[] keepalive() {
        return new byte[] {(byte) 0xFF};
    }

    /**
     * A UDP datagram (header + payload) with checksum 0, as RFC 3948 §2.1 sends ESP-in-UDP; for
     * building whole packets in tunnel tests.
     */
    public static byte[] udpDatagram(int sourcePort, int destinationPort, byte[] payload) {
        int length = UDP_HEADER + payload.length;
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("UDP datagram of " + length + " bytes");
        }
        byte[] out = new byte[length];
        Ipv4Header.put16(out, 0, sourcePort);
        Ipv4Header.put16(out, 2, destinationPort);
        Ipv4Header.put16(out, 4, length);
        System.arraycopy(payload, 0, out, UDP_HEADER, payload.length);
        return out;
    }

    /**
     * The payload of a UDP datagram per its length field, or {@code null} if the datagram is
     * shorter than its header or its length field.
     */
    public static byte[] udpPayload(byte[] datagram) {
        if (datagram == null || datagram.length < UDP_HEADER) {
            return null;
        }
        int length = Ipv4Header.u16(datagram, 4);
        if (length < UDP_HEADER || length > datagram.length) {
            return null;
        }
        return Arrays.copyOfRange(datagram, UDP_HEADER, length);
    }
}
