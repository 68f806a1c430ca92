package io.rosipsec.ipsec.ike.v2.task;

import java.net.InetSocketAddress;

/**
 * Where the engine hands encoded IKE messages: the UDP 500/4500 transport in production (which
 * adds the non-ESP marker on port 4500, RFC 3948 §2.2), an in-memory capturing sender in tests.
 */
@FunctionalInterface
public interface DatagramSender {
    void send(InetSocketAddress from, InetSocketAddress to, byte[] ikeMessage);
}
