package io.rosipsec.ipsec.net;

import java.net.InetSocketAddress;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Malformed datagrams on the IKE sockets (issue 7): too short for an IKE header or for ESP on the NAT-T port (RFC
 * 3948 §2.2), or not decodable as an IKEv2 message (RFC 7296 §3) or an ISAKMP header (RFC 2408 §3.1). RouterOS's
 * {@code /ip ipsec statistics} lists only the kernel's XFRM counters (ESP and AH), so these have no counter there;
 * they are counted here ({@code IpsecEngine.malformedIkeMessages()}) and reported where RouterOS reports IKE trouble,
 * the {@code ipsec} log topic, as a {@code ipsec,debug} line. A flood must not flood the log: at most one line per
 * {@value #LOG_INTERVAL_MS} ms, the next line saying how many were not logged. Called on the event loop.
 */
public final class IkeDrops {
    /** Minimum time between two log lines. */
    public static final long LOG_INTERVAL_MS = 1000;

    private final BiConsumer<String, String> log;
    private final LongSupplier millis;
    private long count;
    private long lastLogMillis = Long.MIN_VALUE;
    private long unlogged;

    /**
     * @param log receives (topics, message)
     * @param millis a millisecond clock
     */
    public IkeDrops(BiConsumer<String, String> log, LongSupplier millis) {
        this.log = log;
        this.millis = millis;
    }

    /**
     * Counts one dropped datagram and maybe logs it.
     *
     * @param from the sender
     * @param what what it failed to be ({@code IKEv2 message}, {@code ISAKMP message}, {@code datagram})
     * @param reason the decoder's reason
     */
    public void dropped(InetSocketAddress from, String what, String reason) {
        count++;
        long now = millis.getAsLong();
        if (lastLogMillis != Long.MIN_VALUE && now - lastLogMillis < LOG_INTERVAL_MS) {
            unlogged++;
            return;
        }
        lastLogMillis = now;
        String more = unlogged == 0 ? "" : " (" + unlogged + " more not logged)";
        unlogged = 0;
        log.accept("ipsec,debug", from.getAddress().getHostAddress() + "[" + from.getPort() + "] malformed " + what
                + " dropped: " + reason + more);
    }

    /** Datagrams dropped so far. */
    public long count() {
        return count;
    }
}
