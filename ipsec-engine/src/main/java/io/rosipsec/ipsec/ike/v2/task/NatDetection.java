package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.HashAlg;
import io.rosipsec.ipsec.crypto.Octets;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.List;

/**
 * NAT detection payloads (RFC 7296 §2.23): {@code SHA-1(SPIi | SPIr | IP | Port)} with SPIr zero
 * in the IKE_SA_INIT request.
 *
 * <p>The emulated router has no raw-ESP path, so it always encapsulates ESP in UDP on port 4500.
 * It makes the peer agree by reporting a NAT the way strongSwan's {@code encap=yes} does: the
 * NAT_DETECTION_SOURCE_IP hash is computed over a random address and port 0, so it never
 * matches, and both ends float to port 4500. NAT_DETECTION_DESTINATION_IP is computed honestly.
 */
public final class NatDetection {
    private NatDetection() {}

    /** SHA-1(SPIi | SPIr | IP | Port). */
    public static byte[] hash(CryptoSuite suite, long spiI, long spiR, InetSocketAddress endpoint) {
        byte[] ip = endpoint.getAddress().getAddress();
        byte[] in = ByteBuffer.allocate(16 + ip.length + 2).putLong(spiI).putLong(spiR).put(ip)
                .putShort((short) endpoint.getPort()).array();
        return suite.digest(HashAlg.SHA1, in);
    }

    /** The faked NAT_DETECTION_SOURCE_IP (random address of the local family, port 0). */
    public static NotifyPayload fakedSource(CryptoSuite suite, SecureRandom random, long spiI,
            long spiR, InetSocketAddress local) {
        byte[] addr = new byte[local.getAddress().getAddress().length];
        random.nextBytes(addr);
        byte[] ip = addr;
        byte[] in = ByteBuffer.allocate(16 + ip.length + 2).putLong(spiI).putLong(spiR).put(ip)
                .putShort((short) 0).array();
        return new NotifyPayload(NotifyType.NAT_DETECTION_SOURCE_IP,
                suite.digest(HashAlg.SHA1, in));
    }

    /** NAT_DETECTION_DESTINATION_IP for the peer's address as we send to it. */
    public static NotifyPayload destination(CryptoSuite suite, long spiI, long spiR,
            InetSocketAddress remote) {
        return new NotifyPayload(NotifyType.NAT_DETECTION_DESTINATION_IP,
                hash(suite, spiI, spiR, remote));
    }

    /** Whether none of the peer's source hashes matches the address it sent from. */
    public static boolean remoteBehindNat(CryptoSuite suite, List<NotifyPayload> sources,
            long spiI, long spiR, InetSocketAddress remote) {
        return !matchesAny(sources, hash(suite, spiI, spiR, remote));
    }

    /** Whether the peer's destination hash does not match our address. */
    public static boolean localBehindNat(CryptoSuite suite, List<NotifyPayload> destinations,
            long spiI, long spiR, InetSocketAddress local) {
        return !matchesAny(destinations, hash(suite, spiI, spiR, local));
    }

    private static boolean matchesAny(List<NotifyPayload> notifies, byte[] expected) {
        for (NotifyPayload n : notifies) {
            byte[] d = n.data();
            if (d.length == expected.length
                    && Octets.constantTimeEquals(d, 0, expected, 0, d.length)) {
                return true;
            }
        }
        return false;
    }
}
