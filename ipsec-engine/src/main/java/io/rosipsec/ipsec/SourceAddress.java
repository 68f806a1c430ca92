package io.rosipsec.ipsec;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The router's own address towards a peer when the engine is bound to the wildcard address ({@code --bind 0.0.0.0},
 * the default, e.g. in a container): the source address the host's routing table picks, as RouterOS uses the
 * address of the outgoing interface. It is found by connecting an unbound UDP socket to the peer, which sends
 * nothing (a UDP connect only looks up the route). A concrete address is returned as it is.
 *
 * <p>Without this, an engine bound to 0.0.0.0 would show and sign as its address {@code 0.0.0.0} (IKE ID, NAT-D,
 * {@code active-peers}, {@code installed-sa}), and a responder would see 0.0.0.0 as the destination of every
 * datagram (Java's UDP sockets do not report it).
 */
public final class SourceAddress {
    private static final Map<InetAddress, InetAddress> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 1024;

    private SourceAddress() {}

    /** {@code local} unless it is the wildcard address; then the routed source address towards {@code remote}. */
    public static InetAddress towards(InetAddress local, InetAddress remote) {
        if (local == null || !local.isAnyLocalAddress() || remote == null || remote.isAnyLocalAddress()) {
            return local;
        }
        InetAddress known = CACHE.get(remote);
        if (known != null) {
            return known;
        }
        InetAddress found = route(remote);
        if (found == null || found.isAnyLocalAddress() || found.getClass() != local.getClass()) {
            return local; // no route, or another family: keep the wildcard rather than guess
        }
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(remote, found);
        }
        return found;
    }

    /** {@code to} with its address made concrete by {@link #towards} (the port kept). */
    public static InetSocketAddress towards(InetSocketAddress to, InetSocketAddress from) {
        InetAddress a = towards(to.getAddress(), from.getAddress());
        return a == to.getAddress() ? to : new InetSocketAddress(a, to.getPort());
    }

    private static InetAddress route(InetAddress remote) {
        try (DatagramSocket s = new DatagramSocket()) {
            s.connect(new InetSocketAddress(remote, 500));
            return s.getLocalAddress();
        } catch (SocketException | RuntimeException e) {
            return null;
        }
    }

    /** Forgets the routes learnt (tests; a host whose addresses changed). */
    static void clear() {
        CACHE.clear();
    }
}
