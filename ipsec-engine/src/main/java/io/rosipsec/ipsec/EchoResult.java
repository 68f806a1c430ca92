package io.rosipsec.ipsec;

import java.net.InetAddress;
import java.time.Duration;

/**
 * The outcome of one ICMP echo request (RFC 792) sent by {@link IpsecEngine#ping}: a row of the
 * RouterOS {@code /ping} output.
 *
 * @param sequence the echo sequence number ({@code SEQ})
 * @param host the address pinged ({@code HOST})
 * @param replied whether a reply arrived before the timeout
 * @param size total IPv4 length of the reply ({@code SIZE})
 * @param ttl TTL of the reply ({@code TTL})
 * @param rtt round-trip time ({@code TIME}); zero when not replied
 */
public record EchoResult(int sequence, InetAddress host, boolean replied, int size, int ttl, Duration rtt) {
    /** A request that got no reply. */
    public static EchoResult timeout(int sequence, InetAddress host) {
        return new EchoResult(sequence, host, false, 0, 0, Duration.ZERO);
    }
}
