package io.rosipsec.ipsec;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * One row of {@code /ip ipsec active-peers}: an established IKE SA (RFC 7296 §2) as a read-only
 * view.
 *
 * @param number a number that stays with this row while the SA lives (RouterOS {@code .id})
 * @param id the peer's authenticated ID value ({@code spoke1}, an address)
 * @param peer the {@code /ip ipsec peer} name
 * @param local local endpoint (port 4500 once floated)
 * @param remote remote endpoint
 * @param state {@code established}
 * @param responder whether this router is the responder (flag {@code R})
 * @param nattPeer whether NAT traversal is in use (flag {@code N})
 * @param uptime time since the IKE SA was established
 * @param ph2Total Child SA pairs of this IKE SA
 * @param spii initiator SPI, 16 hex digits
 * @param spir responder SPI, 16 hex digits
 * @param rxBytes ESP payload bytes received
 * @param rxPackets ESP packets received
 * @param txBytes ESP payload bytes sent
 * @param txPackets ESP packets sent
 */
public record ActivePeerView(
        int number,
        String id,
        String peer,
        InetSocketAddress local,
        InetSocketAddress remote,
        String state,
        boolean responder,
        boolean nattPeer,
        Duration uptime,
        int ph2Total,
        String spii,
        String spir,
        long rxBytes,
        long rxPackets,
        long txBytes,
        long txPackets) {}
