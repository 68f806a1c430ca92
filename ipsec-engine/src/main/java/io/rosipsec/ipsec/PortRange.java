package io.rosipsec.ipsec;

/**
 * A port or port range of an {@code /ip ipsec policy} ({@code src-port}, {@code dst-port}):
 * RouterOS accepts {@code any}, a number, or {@code from-to}. Maps onto the Start/End Port fields
 * of an IKEv2 traffic selector (RFC 7296 §3.13.1).
 *
 * @param start first port
 * @param end last port (inclusive)
 */
public record PortRange(int start, int end) {
    /** Every port, RouterOS {@code any}. */
    public static final PortRange ANY = new PortRange(0, 0xffff);

    public PortRange {
        if (start < 0 || end > 0xffff || start > end) {
            throw new IllegalArgumentException("bad port range " + start + "-" + end);
        }
    }

    /** Parses {@code any}, {@code 80} or {@code 1000-2000}. */
    public static PortRange parse(String text) {
        String t = text.trim();
        if (t.equals("any") || t.isEmpty()) {
            return ANY;
        }
        int dash = t.indexOf('-');
        try {
            if (dash < 0) {
                int p = Integer.parseInt(t);
                return new PortRange(p, p);
            }
            return new PortRange(
                    Integer.parseInt(t.substring(0, dash)), Integer.parseInt(t.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + text, e);
        }
    }

    public boolean isAny() {
        return equals(ANY);
    }

    @Override
    public String toString() {
        return isAny() ? "any" : start == end ? Integer.toString(start) : start + "-" + end;
    }
}
