package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import java.util.List;

/**
 * One complete IKEv2 PSK handshake (IKE_SA_INIT + IKE_AUTH with its Child SA, RFC 7296 §1.2)
 * between two fresh in-JVM engines of {@link ExchangeTestHarness}, for benchmarks outside this
 * package (the harness itself is package-private). Each {@link #run()} builds a new harness, so
 * no SA table grows from one handshake to the next; {@link #setUpOnly()} measures that overhead
 * on its own.
 */
public final class InJvmHandshake {
    private final String backEnds;
    private final IkeSessionConfig moonConfig;
    private final IkeSessionConfig sunConfig;

    private InJvmHandshake(String backEnds, IkeSessionConfig moonConfig,
            IkeSessionConfig sunConfig) {
        this.backEnds = backEnds;
        this.moonConfig = moonConfig;
        this.sunConfig = sunConfig;
    }

    /**
     * Both sides offer only {@code dhGroup} (RouterOS profile {@code dh-group} spelling, e.g.
     * {@code x25519}, {@code ecp256}, {@code modp2048}) with AES-128-CBC / HMAC-SHA-256 for the
     * IKE SA and AES-128-GCM for the Child SA.
     *
     * @param backEnds initiator/responder crypto back ends, {@code "JCA/JCA"}, {@code "BC/BC"}, …
     */
    public static InJvmHandshake psk(String dhGroup, String backEnds) {
        ProfileConfig profile = ProfileConfig.of("bench", "sha256", List.of("aes-128"),
                List.of(dhGroup));
        ProposalConfig proposal = ProposalConfig.of("bench", List.of("sha256"),
                List.of("aes-128-gcm"));
        return new InJvmHandshake(backEnds,
                ExchangeTestHarness.moonConfig(profile, proposal, ExchangeTestHarness.PSK),
                ExchangeTestHarness.sunConfig(profile, proposal, ExchangeTestHarness.PSK));
    }

    /**
     * Runs one handshake to completion.
     *
     * @return the number of datagrams exchanged (4 for a clean handshake)
     * @throws IllegalStateException if either side did not establish the IKE SA and its child
     */
    public int run() {
        ExchangeTestHarness h = new ExchangeTestHarness(backEnds, moonConfig, sunConfig);
        IkeSa sa = h.initiate();
        int delivered = h.deliverAll();
        if (sa.state() != IkeSa.State.ESTABLISHED || h.sunEvents.established.size() != 1
                || h.moonEvents.children.size() != 1 || h.sunEvents.children.size() != 1) {
            throw new IllegalStateException("handshake did not complete: moon " + sa.state()
                    + ", failures " + h.moonEvents.failures + h.sunEvents.failures
                    + h.moonEvents.childFailures + h.sunEvents.childFailures);
        }
        return delivered;
    }

    /** Builds and configures the two engines without exchanging anything. */
    public Object setUpOnly() {
        return new ExchangeTestHarness(backEnds, moonConfig, sunConfig);
    }
}
