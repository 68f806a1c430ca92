package io.rosipsec.ipsec.esp;

/**
 * IPsec mode of an SA (RFC 4301 §4.1), RouterOS policy {@code tunnel=yes|no}. In tunnel mode the
 * protected payload is a whole inner IP packet (next header 4 or 41); in transport mode it is the
 * upper-layer segment of the packet whose IP header stays outside.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4303#section-3.1">RFC 4303 §3.1</a>
 */
public enum EspMode {
    TUNNEL,
    TRANSPORT;

    /** Next header of an IPv4 inner packet (RFC 4303 §2.6). */
    public static final int NEXT_IPV4 = 4;
    /** Next header of an IPv6 inner packet. */
    public static final int NEXT_IPV6 = 41;
    /** Next header of a TFC dummy packet, discarded silently (RFC 4303 §2.6, §2.7). */
    public static final int NEXT_DUMMY = 59;

    /**
     * Whether a received next-header value is acceptable in this mode: tunnel mode needs an inner
     * IP packet (or a dummy, 59); transport mode takes any protocol, IP-in-IP included (RouterOS
     * {@code /interface ipip ipsec-secret} runs protocol 4 over a transport-mode SA).
     */
    public boolean accepts(int nextHeader) {
        if (this == TRANSPORT) {
            return true;
        }
        return nextHeader == NEXT_IPV4 || nextHeader == NEXT_IPV6 || nextHeader == NEXT_DUMMY;
    }
}
