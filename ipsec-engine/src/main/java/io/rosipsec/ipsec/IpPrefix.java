package io.rosipsec.ipsec;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * An address prefix as RouterOS writes it in {@code /ip ipsec peer address}, {@code policy
 * src-address} and {@code dst-address}: {@code 10.0.0.0/24}, or a bare address meaning a host
 * prefix ({@code /32}, {@code /128}). Host bits are cleared, as RouterOS does on input.
 *
 * @param network the network address (host bits zero)
 * @param length prefix length in bits
 */
public record IpPrefix(InetAddress network, int length) {
    public IpPrefix {
        int bits = network.getAddress().length * 8;
        if (length < 0 || length > bits) {
            throw new IllegalArgumentException("prefix length " + length + " out of range");
        }
        network = mask(network, length);
    }

    /** Parses {@code a.b.c.d[/n]} or an IPv6 literal with optional length; numeric input only. */
    public static IpPrefix parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String addr = slash < 0 ? t : t.substring(0, slash);
        if (addr.isEmpty() || !addr.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("not an address: " + text);
        }
        try {
            InetAddress a = InetAddress.getByName(addr);
            int len = slash < 0 ? a.getAddress().length * 8 : Integer.parseInt(t.substring(slash + 1));
            return new IpPrefix(a, len);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a prefix: " + text, e);
        }
    }

    /** A host prefix for one address. */
    public static IpPrefix host(InetAddress address) {
        return new IpPrefix(address, address.getAddress().length * 8);
    }

    /** The first address of the prefix. */
    public byte[] first() {
        return network.getAddress();
    }

    /** The last address of the prefix (all host bits set). */
    public byte[] last() {
        byte[] b = network.getAddress();
        for (int i = length; i < b.length * 8; i++) {
            b[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        return b;
    }

    /** Whether {@code address} (same family) lies in this prefix. */
    public boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        return a.length == network.getAddress().length
                && Arrays.equals(mask(address, length).getAddress(), network.getAddress());
    }

    private static InetAddress mask(InetAddress address, int length) {
        byte[] b = address.getAddress();
        for (int i = length; i < b.length * 8; i++) {
            b[i / 8] &= (byte) ~(0x80 >>> (i % 8));
        }
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + length;
    }
}
