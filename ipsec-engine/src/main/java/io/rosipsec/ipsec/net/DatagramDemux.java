package io.rosipsec.ipsec.net;

import io.rosipsec.ipsec.esp.UdpEncap;

/**
 * Sorts one received UDP payload by the socket it arrived on (RFC 3948 §2, §4): on the IKE port
 * everything is an IKE message; on the NAT-T port the first four bytes tell a non-ESP-marked IKE
 * message from an ESP packet, and a lone {@code 0xFF} is a NAT keepalive. An IKE message shorter
 * than its 28-byte header (RFC 7296 §3.1) is {@link UdpEncap.Kind#INVALID}. Never throws.
 */
public final class DatagramDemux {
    /** Length of the IKE header (RFC 7296 §3.1). */
    public static final int IKE_HEADER_LENGTH = 28;

    private DatagramDemux() {}

    /**
     * The major version of an IKE message (the high nibble of header octet 17): 1 for ISAKMP/IKEv1 (RFC 2408
     * §3.1), 2 for IKEv2 (RFC 7296 §3.1); 0 for a message shorter than the header.
     */
    public static int ikeMajorVersion(byte[] ikeMessage) {
        return ikeMessage == null || ikeMessage.length < IKE_HEADER_LENGTH ? 0 : (ikeMessage[17] & 0xF0) >>> 4;
    }

    /**
     * @param natTSocket whether the datagram arrived on the NAT-T (4500) socket
     * @param payload the UDP payload
     */
    public static UdpEncap.Demuxed classify(boolean natTSocket, byte[] payload) {
        if (payload == null) {
            return new UdpEncap.Demuxed(UdpEncap.Kind.INVALID, new byte[0]);
        }
        UdpEncap.Demuxed d = natTSocket ? UdpEncap.demux(payload)
                : new UdpEncap.Demuxed(UdpEncap.Kind.IKE, payload.clone());
        if (d.kind() == UdpEncap.Kind.IKE && d.payload().length < IKE_HEADER_LENGTH) {
            return new UdpEncap.Demuxed(UdpEncap.Kind.INVALID, new byte[0]);
        }
        return d;
    }
}
