package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.PortRange;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Traffic selector construction from RouterOS policies and narrowing (RFC 7296 §2.9): the
 * responder answers with the intersection of what the initiator proposed and what its own policy
 * allows; an empty intersection is TS_UNACCEPTABLE.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc7296#section-2.9">RFC 7296 §2.9</a>
 */
public final class TsNarrowing {
    private TsNarrowing() {}

    /** The selector of one policy side: the prefix as an address range, ports, protocol. */
    public static TrafficSelector selector(IpPrefix prefix, PortRange ports, int protocol) {
        return new TrafficSelector(protocol, ports.start(), ports.end(), prefix.first(),
                prefix.last());
    }

    /** The intersection of two selectors, empty if they do not overlap. */
    public static Optional<TrafficSelector> intersect(TrafficSelector a, TrafficSelector b) {
        if (a.type() != b.type()) {
            return Optional.empty();
        }
        int proto;
        if (a.ipProtocol() == 0 || a.ipProtocol() == b.ipProtocol()) {
            proto = b.ipProtocol();
        } else if (b.ipProtocol() == 0) {
            proto = a.ipProtocol();
        } else {
            return Optional.empty();
        }
        int startPort = Math.max(a.startPort(), b.startPort());
        int endPort = Math.min(a.endPort(), b.endPort());
        if (startPort > endPort) {
            return Optional.empty();
        }
        byte[] start = max(a.startAddress().getAddress(), b.startAddress().getAddress());
        byte[] end = min(a.endAddress().getAddress(), b.endAddress().getAddress());
        if (Arrays.compareUnsigned(start, end) > 0) {
            return Optional.empty();
        }
        return Optional.of(new TrafficSelector(proto, startPort, endPort, start, end));
    }

    /** Every non-empty intersection of the offered selectors with ours, in offered order. */
    public static List<TrafficSelector> narrow(List<TrafficSelector> offered, TrafficSelector ours) {
        List<TrafficSelector> out = new ArrayList<>();
        for (TrafficSelector t : offered) {
            intersect(t, ours).filter(x -> !out.contains(x)).ifPresent(out::add);
        }
        return out;
    }

    /** Whether every selector in {@code inner} lies within {@code outer}. */
    public static boolean within(List<TrafficSelector> inner, TrafficSelector outer) {
        for (TrafficSelector t : inner) {
            if (!intersect(t, outer).map(t::equals).orElse(false)) {
                return false;
            }
        }
        return !inner.isEmpty();
    }

    private static byte[] max(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b) >= 0 ? a : b;
    }

    private static byte[] min(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b) <= 0 ? a : b;
    }
}
