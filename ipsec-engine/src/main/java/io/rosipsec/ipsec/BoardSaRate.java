package io.rosipsec.ipsec;

import io.rosipsec.hw.AccelPath;
import io.rosipsec.hw.EspTransform;
import io.rosipsec.hw.HwProfile;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.RoutingCryptoSuite;
import io.rosipsec.ipsec.crypto.UnsupportedAlgorithmException;
import io.rosipsec.ipsec.ike.sa.ChildAlgorithms;
import io.rosipsec.ipsec.net.Datapath;
import io.rosipsec.ipsec.net.EnvelopeRate;
import io.rosipsec.ipsec.net.SadEntry;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The board's packet rate for each installed SA ({@code --emulate-throughput}, {@link EnvelopeRate}): the SA's
 * acceleration path as {@link RoutingCryptoSuite#forChildSa} picks it and its transform's label in the board's
 * throughput table, worked out once per SA. Used on the event loop only.
 */
final class BoardSaRate implements Datapath.SaRate {
    private record SaTransform(AccelPath path, String label) {}

    private final HwProfile board;
    private final RoutingCryptoSuite routing;
    private final Map<SadEntry, SaTransform> transforms = new WeakHashMap<>();

    BoardSaRate(HwProfile board, RoutingCryptoSuite routing) {
        this.board = board;
        this.routing = routing;
    }

    @Override
    public double packetsPerSecond(SadEntry sa, int packetSize) {
        SaTransform t = transforms.computeIfAbsent(sa, e -> {
            ChildAlgorithms a = e.child().algorithms();
            String auth = a.enc().alg().isAead() || a.integ() == IntegAlg.NONE ? "" : a.integ().routerOsName();
            AccelPath path;
            try {
                path = routing.forChildSa(a.enc().alg(), a.enc().keyBits(), a.integ()).path();
            } catch (UnsupportedAlgorithmException x) {
                path = AccelPath.SOFTWARE;
            }
            String label = EspTransform.parse(a.enc().alg().routerOsName(), a.enc().keyBits(), auth).label();
            return new SaTransform(path, label);
        });
        return EnvelopeRate.packetsPerSecond(board.throughput(), t.path(), t.label(), packetSize);
    }
}
