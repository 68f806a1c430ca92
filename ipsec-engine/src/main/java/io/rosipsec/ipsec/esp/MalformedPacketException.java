package io.rosipsec.ipsec.esp;

/**
 * An IPv4 header or ICMP message that does not parse ({@link Ipv4Header#parse}, {@link
 * IcmpEcho#parse}): the one exception those codecs throw.
 */
public final class MalformedPacketException extends Exception {
    private static final long serialVersionUID = 1L;

    public MalformedPacketException(String message) {
        super(message);
    }
}
