package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.PeerConfig.ExchangeMode;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import java.util.List;

/**
 * One complete IKEv1 PSK handshake (Main Mode, RFC 2409 §5.4, then one Quick Mode, §5.5: nine datagrams)
 * between two fresh in-JVM engines of {@link Ikev1TestHarness}, for benchmarks outside this package (the
 * harness is package-private). Each {@link #run()} builds a new harness, so no SA table grows from one
 * handshake to the next; {@link #setUpOnly()} measures that overhead on its own.
 */
public final class InJvmIkev1Handshake {
    /** Datagrams of a clean Main Mode + Quick Mode: 6 + 3. */
    public static final int DATAGRAMS = 9;

    private final String backEnds;
    private final IkeSessionConfig moonConfig;
    private final IkeSessionConfig sunConfig;

    private InJvmIkev1Handshake(String backEnds, IkeSessionConfig moonConfig, IkeSessionConfig sunConfig) {
        this.backEnds = backEnds;
        this.moonConfig = moonConfig;
        this.sunConfig = sunConfig;
    }

    /**
     * Both sides offer only {@code dhGroup} (RouterOS profile {@code dh-group} spelling, e.g. {@code modp1024},
     * {@code modp2048}) with AES-128-CBC / SHA-256 for the ISAKMP SA, and AES-128-GCM without PFS for the
     * IPsec SA pair (the IKEv2 benchmark's algorithms).
     *
     * @param backEnds initiator/responder crypto back ends, {@code "JCA/JCA"}, {@code "BC/BC"}, …
     */
    public static InJvmIkev1Handshake psk(String dhGroup, String backEnds) {
        ProfileConfig profile = ProfileConfig.of("bench", "sha256", List.of("aes-128"), List.of(dhGroup));
        ProposalConfig proposal = ProposalConfig.of("bench", List.of("sha256"), List.of("aes-128-gcm"));
        return new InJvmIkev1Handshake(backEnds,
                Ikev1TestHarness.moonConfig(ExchangeMode.MAIN, profile, proposal, Ikev1TestHarness.PSK, true),
                Ikev1TestHarness.sunConfig(ExchangeMode.MAIN, profile, proposal, Ikev1TestHarness.PSK, true));
    }

    /**
     * Runs one handshake to completion.
     *
     * @return the number of datagrams exchanged ({@link #DATAGRAMS} for a clean handshake)
     * @throws IllegalStateException if either side did not establish the ISAKMP SA and the IPsec SA pair
     */
    public int run() {
        Ikev1TestHarness h = new Ikev1TestHarness(backEnds, moonConfig, sunConfig);
        Ikev1Sa sa = h.initiate();
        int delivered = h.deliverAll();
        if (sa.state() != IkeSa.State.ESTABLISHED || h.sunEvents.established.size() != 1
                || h.moonEvents.children.size() != 1 || h.sunEvents.children.size() != 1) {
            throw new IllegalStateException("handshake did not complete: moon " + sa.state() + ", failures "
                    + h.moonEvents.failures + h.sunEvents.failures + h.moonEvents.childFailures
                    + h.sunEvents.childFailures);
        }
        return delivered;
    }

    /** Builds and configures the two engines without exchanging anything. */
    public Object setUpOnly() {
        return new Ikev1TestHarness(backEnds, moonConfig, sunConfig);
    }
}
