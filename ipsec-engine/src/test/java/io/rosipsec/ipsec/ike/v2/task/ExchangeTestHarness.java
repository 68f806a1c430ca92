package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.testing.ManualScheduler;
import io.rosipsec.ipsec.testing.SeededRandom;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.IdentityConfig;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.PeerConfig;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.IkeMessage;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Two IKEv2 engines in one JVM (guideline 10b): "moon" (192.0.2.1, initiator) and "sun"
 * (192.0.2.2, responder) joined by a capturing in-memory sender, one manual scheduler with a
 * fake clock, and seeded randomness. Tests pass messages one by one with {@link #deliverNext()}
 * and assert state in between.
 */
final class ExchangeTestHarness {
    /** One captured datagram. */
    record Datagram(InetSocketAddress from, InetSocketAddress to, byte[] data) {
        IkeMessage decode() throws Exception {
            return IkeMessage.decode(data);
        }
    }

    /** Records listener events of one side. */
    static final class Events implements Ikev2Listener {
        final List<IkeSa> established = new ArrayList<>();
        final List<ChildSaRecord> children = new ArrayList<>();
        final List<NotifyType> childFailures = new ArrayList<>();
        final List<ChildSaRecord> childrenDeleted = new ArrayList<>();
        final List<IkeSa> deleted = new ArrayList<>();
        final List<NotifyType> failures = new ArrayList<>();

        @Override
        public void ikeSaEstablished(IkeSa sa) {
            established.add(sa);
        }

        @Override
        public void childSaEstablished(IkeSa sa, ChildSaRecord child) {
            children.add(child);
        }

        @Override
        public void childSaFailed(IkeSa sa, NotifyType reason) {
            childFailures.add(reason);
        }

        @Override
        public void childSaDeleted(IkeSa sa, ChildSaRecord child) {
            childrenDeleted.add(child);
        }

        @Override
        public void ikeSaDeleted(IkeSa sa) {
            deleted.add(sa);
        }

        @Override
        public void ikeSaFailed(IkeSa sa, NotifyType reason, String detail) {
            failures.add(reason);
        }
    }

    static final InetAddress MOON = addr("192.0.2.1");
    static final InetAddress SUN = addr("192.0.2.2");
    static final String PSK = "interop-test-psk";

    final ManualScheduler scheduler = new ManualScheduler();
    final Deque<Datagram> wire = new ArrayDeque<>();
    final List<Datagram> sent = new ArrayList<>();
    final Events moonEvents = new Events();
    final Events sunEvents = new Events();
    final Ikev2Engine moon;
    final Ikev2Engine sun;
    final CryptoSuite moonSuite;
    final CryptoSuite sunSuite;

    /**
     * @param backEnds "JCA/BC" style: initiator back end / responder back end
     */
    ExchangeTestHarness(String backEnds, IkeSessionConfig moonConfig, IkeSessionConfig sunConfig) {
        String[] b = backEnds.split("/");
        moonSuite = suite(b[0], 1);
        sunSuite = suite(b[1], 2);
        DatagramSender capture = (from, to, data) -> {
            Datagram d = new Datagram(from, to, data.clone());
            wire.add(d);
            sent.add(d);
        };
        moon = new Ikev2Engine(context(moonSuite, 11), MOON, capture, moonEvents,
                RetransmitPolicy.STRONGSWAN);
        sun = new Ikev2Engine(context(sunSuite, 22), SUN, capture, sunEvents,
                RetransmitPolicy.STRONGSWAN);
        moon.configure(moonConfig);
        sun.configure(sunConfig);
    }

    private EngineContext context(CryptoSuite suite, long seed) {
        return EngineContext.of(scheduler.clock, scheduler, suite, new SeededRandom(seed));
    }

    private static CryptoSuite suite(String name, long seed) {
        return name.equals("BC") ? new BcCryptoSuite(new SeededRandom(seed))
                : new JcaCryptoSuite(new SeededRandom(seed));
    }

    /** The four initiator/responder back-end combinations (guideline 9). */
    static List<String> matrix() {
        return List.of("JCA/JCA", "JCA/BC", "BC/JCA", "BC/BC");
    }

    /** Moon's config: a tunnel policy 10.1.0.0/16 → 10.2.0.0/16 towards sun. */
    static IkeSessionConfig moonConfig(ProfileConfig profile, ProposalConfig proposal, String psk) {
        return config("sun", SUN, profile, proposal, psk, "fqdn:moon.test", "fqdn:sun.test",
                PolicyConfig.tunnel("sun", "10.1.0.0/16", "10.2.0.0/16", proposal.name()));
    }

    /** Sun's config: the mirror policy; sun answers anyone (passive, 0.0.0.0/0). */
    static IkeSessionConfig sunConfig(ProfileConfig profile, ProposalConfig proposal, String psk) {
        IkeSessionConfig c = config("moon", MOON, profile, proposal, psk, "fqdn:sun.test",
                "fqdn:moon.test",
                PolicyConfig.tunnel("moon", "10.2.0.0/16", "10.1.0.0/16", proposal.name()));
        return new IkeSessionConfig(new PeerConfig("moon", IpPrefix.parse("0.0.0.0/0"), 500, SUN,
                true, PeerConfig.ExchangeMode.IKE2, true, profile.name()), c.profile(),
                c.identity(), c.policies(), c.proposals());
    }

    static IkeSessionConfig config(String peer, InetAddress remote, ProfileConfig profile,
            ProposalConfig proposal, String psk, String myId, String remoteId,
            PolicyConfig policy) {
        PeerConfig p = PeerConfig.ike2(peer, IpPrefix.host(remote), null).withProfile(profile.name());
        return new IkeSessionConfig(p, profile, IdentityConfig.psk(peer, psk, myId, remoteId),
                List.of(policy), Map.of(proposal.name(), proposal));
    }

    /** Starts moon → sun and runs the scheduler; the IKE_SA_INIT request is then on the wire. */
    IkeSa initiate() {
        IkeSa sa = moon.initiate("sun");
        scheduler.runPending();
        return sa;
    }

    /** Removes the next datagram from the wire without delivering it (a lost packet). */
    Datagram drop() {
        return wire.poll();
    }

    /** Delivers the next datagram to the engine it is addressed to. */
    Datagram deliverNext() {
        Datagram d = wire.poll();
        if (d == null) {
            throw new IllegalStateException("nothing on the wire");
        }
        (d.to().getAddress().equals(MOON) ? moon : sun).receive(d.from(), d.to(), d.data());
        scheduler.runPending();
        return d;
    }

    /** Delivers until the wire is empty; returns how many messages were delivered. */
    int deliverAll() {
        int n = 0;
        while (!wire.isEmpty()) {
            deliverNext();
            n++;
        }
        return n;
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
