package io.rosipsec.ipsec;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

/**
 * A full snapshot of what a router's menus say about IPsec, handed to {@link IpsecEngine#apply}:
 * one {@link IkeSessionConfig} per enabled {@code /ip ipsec peer} (with its enabled policies), and
 * the router's own addresses ({@code /ip address}), which the engine answers ICMP echo requests
 * for when they arrive through a tunnel. The engine works out what changed since the last
 * snapshot.
 *
 * @param sessions one per enabled peer, in menu order
 * @param localAddresses the router's addresses
 */
public record IpsecConfig(List<IkeSessionConfig> sessions, Set<InetAddress> localAddresses) {
    /** Nothing configured. */
    public static final IpsecConfig EMPTY = new IpsecConfig(List.of(), Set.of());

    public IpsecConfig {
        sessions = List.copyOf(sessions);
        localAddresses = Set.copyOf(localAddresses);
    }
}
