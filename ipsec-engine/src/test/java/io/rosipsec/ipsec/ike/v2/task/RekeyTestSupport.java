package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.PeerConfig;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.IkePayload;
import io.rosipsec.ipsec.ike.v2.message.NoncePayload;
import io.rosipsec.ipsec.ike.v2.message.SaPayload;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Configurations and helpers shared by the CREATE_CHILD_SA and responder-policy tests. */
final class RekeyTestSupport {
    private RekeyTestSupport() {}

    /** A profile without DPD (so timers do not interleave) and the given IKE lifetime. */
    static ProfileConfig profile(Duration lifetime) {
        return new ProfileConfig("p", "sha256", "auto", List.of("aes-256", "aes-128"),
                List.of("ecp256", "modp2048"), lifetime, Duration.ZERO, 5, true,
                ProfileConfig.ProposalCheck.OBEY);
    }

    static ProposalConfig proposal(String pfs) {
        return new ProposalConfig("prop", List.of("sha256", "sha1"),
                List.of("aes-256-cbc", "aes-128-gcm"), Duration.ofMinutes(30), pfs);
    }

    static ExchangeTestHarness harness(String backEnds, String moonPfs, String sunPfs) {
        ProfileConfig p = profile(Duration.ofDays(1));
        return IkeAuthExchangeTest.harness(backEnds, p, p, proposal(moonPfs), proposal(sunPfs),
                ExchangeTestHarness.PSK, ExchangeTestHarness.PSK);
    }

    /** Both sides with a second policy pair 10.3.0.0/16 &lt;-&gt; 10.4.0.0/16. */
    static ExchangeTestHarness twoPolicies(String backEnds, String pfs) {
        ProfileConfig p = profile(Duration.ofDays(1));
        ProposalConfig q = proposal(pfs);
        IkeSessionConfig m = ExchangeTestHarness.moonConfig(p, q, ExchangeTestHarness.PSK);
        IkeSessionConfig s = ExchangeTestHarness.sunConfig(p, q, ExchangeTestHarness.PSK);
        return new ExchangeTestHarness(backEnds,
                withPolicy(m, PolicyConfig.tunnel("sun", "10.3.0.0/16", "10.4.0.0/16", "prop")),
                withPolicy(s, PolicyConfig.tunnel("moon", "10.4.0.0/16", "10.3.0.0/16", "prop")));
    }

    static IkeSessionConfig withPolicy(IkeSessionConfig c, PolicyConfig extra) {
        List<PolicyConfig> all = new java.util.ArrayList<>(c.policies());
        all.add(extra);
        return new IkeSessionConfig(c.peer(), c.profile(), c.identity(), all, c.proposals());
    }

    static IkeSessionConfig withPeer(IkeSessionConfig c, PeerConfig peer) {
        return new IkeSessionConfig(peer, c.profile(), c.identity(), c.policies(),
                Map.copyOf(c.proposals()));
    }

    static ExchangeTestHarness established(ExchangeTestHarness h) {
        h.initiate();
        h.deliverAll();
        return h;
    }

    /** The decrypted payloads of a captured message, opened with the receiver's keys. */
    static List<IkePayload> inner(IkeSa receiver, ExchangeTestHarness.Datagram d)
            throws Exception {
        return receiver.inbound().orElseThrow().unprotect(d.data(), d.decode());
    }

    static byte[] nonce(List<IkePayload> payloads) {
        return payloads.stream().filter(p -> p instanceof NoncePayload).map(p -> (NoncePayload) p)
                .findFirst().orElseThrow().nonce();
    }

    static byte[] proposalSpi(List<IkePayload> payloads) {
        return payloads.stream().filter(p -> p instanceof SaPayload).map(p -> (SaPayload) p)
                .findFirst().orElseThrow().proposals().get(0).spi();
    }

    /** Advances the clock in steps, delivering everything on the wire after each. */
    static void run(ExchangeTestHarness h, Duration total, Duration step) {
        for (long t = 0; t < total.toMillis(); t += step.toMillis()) {
            h.scheduler.advance(step);
            h.deliverAll();
        }
    }
}
