package io.rosipsec.ipsec.ike.v1.task;

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
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v2.task.DatagramSender;
import io.rosipsec.ipsec.ike.v2.task.RetransmitPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Two IKEv1 engines in one JVM (guideline 10b): "moon" (192.0.2.1, initiator) and "sun" (192.0.2.2, responder)
 * joined by a capturing in-memory sender, one manual scheduler with a fake clock, seeded randomness and seeded
 * lifetime jitter. Tests pass messages one by one with {@link #deliverNext()} and assert state in between.
 */
final class Ikev1TestHarness {
    /** One captured datagram. */
    record Datagram(InetSocketAddress from, InetSocketAddress to, byte[] data) {
        IkeV1Message decodePlain() throws Exception {
            return IkeV1Message.decode(data);
        }
    }

    /** Records listener events of one side. */
    static final class Events implements Ikev1Listener {
        final List<Ikev1Sa> established = new ArrayList<>();
        final List<ChildSaRecord> children = new ArrayList<>();
        final List<String> childFailures = new ArrayList<>();
        final List<ChildSaRecord> childrenDeleted = new ArrayList<>();
        final List<String> deleted = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        final List<String> log = new ArrayList<>();

        @Override
        public void phase1Established(Ikev1Sa sa) {
            established.add(sa);
        }

        @Override
        public void childSaEstablished(Ikev1Sa sa, ChildSaRecord child) {
            children.add(child);
        }

        @Override
        public void childSaFailed(Ikev1Sa sa, String reason) {
            childFailures.add(reason);
        }

        @Override
        public void childSaDeleted(Ikev1Sa sa, ChildSaRecord child) {
            childrenDeleted.add(child);
        }

        @Override
        public void phase1Deleted(Ikev1Sa sa, String reason) {
            deleted.add(reason);
        }

        @Override
        public void phase1Failed(Ikev1Sa sa, String reason) {
            failures.add(reason);
        }

        @Override
        public void log(String topics, String message) {
            log.add(topics + " " + message);
        }

        boolean logged(String fragment) {
            return log.stream().anyMatch(l -> l.contains(fragment));
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
    final Ikev1Engine moon;
    final Ikev1Engine sun;
    final CryptoSuite moonSuite;
    final CryptoSuite sunSuite;

    /** @param backEnds "JCA/BC" style: initiator back end / responder back end */
    Ikev1TestHarness(String backEnds, IkeSessionConfig moonConfig, IkeSessionConfig sunConfig) {
        String[] b = backEnds.split("/");
        moonSuite = suite(b[0], 1);
        sunSuite = suite(b[1], 2);
        DatagramSender capture = (from, to, data) -> {
            Datagram d = new Datagram(from, to, data.clone());
            wire.add(d);
            sent.add(d);
        };
        moon = new Ikev1Engine(context(moonSuite, 11), MOON, capture, moonEvents, RetransmitPolicy.STRONGSWAN,
                SaLifetime.Jitter.seeded(5, 0.02));
        sun = new Ikev1Engine(context(sunSuite, 22), SUN, capture, sunEvents, RetransmitPolicy.STRONGSWAN,
                SaLifetime.Jitter.seeded(6, 0.02));
        moon.configure(moonConfig);
        sun.configure(sunConfig);
    }

    private EngineContext context(CryptoSuite suite, long seed) {
        return EngineContext.of(scheduler.clock, scheduler, suite, new SeededRandom(seed));
    }

    private static CryptoSuite suite(String name, long seed) {
        return name.equals("BC") ? new BcCryptoSuite(new SeededRandom(seed)) : new JcaCryptoSuite(new SeededRandom(seed));
    }

    /** The four initiator/responder back-end combinations (guideline 9). */
    static List<String> matrix() {
        return List.of("JCA/JCA", "JCA/BC", "BC/JCA", "BC/BC");
    }

    /** The seed parameters: aes-128/sha1/modp1024 phase 1 lifetime 1d, DPD 2m × 5. */
    static ProfileConfig seedProfile(ProfileConfig.ProposalCheck check) {
        ProfileConfig d = ProfileConfig.defaults();
        return new ProfileConfig("p1", "sha1", "auto", List.of("aes-128"), List.of("modp1024"),
                java.time.Duration.ofDays(1), d.dpdInterval(), d.dpdMaximumFailures(), true, check);
    }

    /** The seed parameters: aes-128-cbc/sha1 lifetime 8h PFS modp1024. */
    static ProposalConfig seedProposal() {
        return new ProposalConfig("p2", List.of("sha1"), List.of("aes-128-cbc"), java.time.Duration.ofHours(8),
                "modp1024");
    }

    static IkeSessionConfig config(String peerName, InetAddress remote, boolean passive,
            PeerConfig.ExchangeMode mode, ProfileConfig profile, ProposalConfig proposal, String psk, String myId,
            String remoteId, PolicyConfig policy) {
        PeerConfig p = new PeerConfig(peerName, passive ? IpPrefix.parse("0.0.0.0/0") : IpPrefix.host(remote), 500,
                null, passive, mode, true, profile.name());
        return new IkeSessionConfig(p, profile, IdentityConfig.psk(peerName, psk, myId, remoteId), List.of(policy),
                Map.of(proposal.name(), proposal));
    }

    static IkeSessionConfig moonConfig(PeerConfig.ExchangeMode mode, ProfileConfig profile, ProposalConfig proposal,
            String psk, boolean tunnel) {
        PolicyConfig pol = tunnel ? PolicyConfig.tunnel("sun", "10.1.0.0/16", "10.2.0.0/16", proposal.name())
                : PolicyConfig.transport("sun", "192.0.2.1", "192.0.2.2", proposal.name());
        return config("sun", SUN, false, mode, profile, proposal, psk, "fqdn:moon.test", "fqdn:sun.test", pol);
    }

    static IkeSessionConfig sunConfig(PeerConfig.ExchangeMode mode, ProfileConfig profile, ProposalConfig proposal,
            String psk, boolean tunnel) {
        PolicyConfig pol = tunnel ? PolicyConfig.tunnel("moon", "10.2.0.0/16", "10.1.0.0/16", proposal.name())
                : PolicyConfig.transport("moon", "192.0.2.2", "192.0.2.1", proposal.name());
        return config("moon", MOON, true, mode, profile, proposal, psk, "fqdn:sun.test", "fqdn:moon.test", pol);
    }

    /**
     * Moon and sun in Main Mode with the same {@code profile}, the {@link #seedProposal()} and {@link #PSK}, with
     * tunnel policies 10.1.0.0/16 &lt;-&gt; 10.2.0.0/16 or, without {@code tunnel}, transport between the two hosts.
     */
    static Ikev1TestHarness mainMode(String backEnds, ProfileConfig profile, boolean tunnel) {
        return new Ikev1TestHarness(backEnds,
                moonConfig(PeerConfig.ExchangeMode.MAIN, profile, seedProposal(), PSK, tunnel),
                sunConfig(PeerConfig.ExchangeMode.MAIN, profile, seedProposal(), PSK, tunnel));
    }

    /** Starts moon → sun; the first message is then on the wire. */
    Ikev1Sa initiate() {
        Ikev1Sa sa = moon.initiate("sun");
        scheduler.runPending();
        return sa;
    }

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

    /** Delivers until the wire is empty (bounded); returns how many messages were delivered. */
    int deliverAll() {
        int n = 0;
        while (!wire.isEmpty() && n < 1000) {
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
