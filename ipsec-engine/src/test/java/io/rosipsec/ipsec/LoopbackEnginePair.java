package io.rosipsec.ipsec;

import io.rosipsec.hw.HwProfiles;
import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * Test fixture: two {@link IpsecEngine}s of the default board over real loopback UDP, r1 on {@value #H1} and r2 on
 * {@value #H2}, a test-chosen IKE/NAT-T port pair standing for 500/4500, each engine's log lines
 * ({@code topics message}) collected. {@link #configureTunnel()} gives them the IKEv2 PSK tunnel 10.1.0.0/24
 * &lt;-&gt; 10.2.0.0/24 (r2 passive); closing stops both engines.
 */
final class LoopbackEnginePair implements AutoCloseable {
    static final String H1 = "127.0.0.2";
    static final String H2 = "127.0.0.3";

    final int ike;
    final int natt;
    final List<String> log1 = new CopyOnWriteArrayList<>();
    final List<String> log2 = new CopyOnWriteArrayList<>();
    final IpsecEngine r1 = engine(log1);
    final IpsecEngine r2 = engine(log2);

    LoopbackEnginePair(int ike, int natt) {
        this.ike = ike;
        this.natt = natt;
    }

    private static IpsecEngine engine(List<String> log) {
        return new IpsecEngine(HwProfiles.builtIn().defaultProfile(), "", Clock.systemUTC(),
                (topics, msg) -> log.add(topics + " " + msg));
    }

    static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    /** An IKEv2 PSK session (secret {@code lab-secret}) with one tunnel policy {@code src} &lt;-&gt; {@code dst}. */
    static IkeSessionConfig session(String peer, String remote, boolean passive, String src, String dst,
            String myId, String remoteId) {
        ProfileConfig profile = ProfileConfig.of("default", "sha256", List.of("aes-256"), List.of("modp2048"));
        ProposalConfig proposal = ProposalConfig.of("default", List.of("sha256"), List.of("aes-256-cbc"));
        PeerConfig p = PeerConfig.ike2(peer, IpPrefix.parse(remote), null).withPassive(passive);
        return new IkeSessionConfig(p, profile, IdentityConfig.psk(peer, "lab-secret", myId, remoteId),
                List.of(PolicyConfig.tunnel(peer, src, dst, "default")), Map.of("default", proposal));
    }

    /** Polls {@code cond} every 50 ms for at most 15 s. */
    static void await(String what, BooleanSupplier cond) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15000;
        while (!cond.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Applies the tunnel 10.1.0.0/24 (r1, initiator) &lt;-&gt; 10.2.0.0/24 (r2, passive); starts no engine. */
    void configureTunnel() throws Exception {
        r2.apply(new IpsecConfig(List.of(session("r1", H1, true, "10.2.0.0/24", "10.1.0.0/24",
                "fqdn:r2.test", "fqdn:r1.test")), Set.of(ip("10.2.0.1"))));
        r1.apply(new IpsecConfig(List.of(session("r2", H2, false, "10.1.0.0/24", "10.2.0.0/24",
                "fqdn:r1.test", "fqdn:r2.test")), Set.of(ip("10.1.0.1"))));
    }

    /** Starts r2's sockets on {@value #H2}. */
    void startR2() throws Exception {
        r2.start(ip(H2), ike, natt);
    }

    /** Starts r1's sockets on {@value #H1}. */
    void startR1() throws Exception {
        r1.start(ip(H1), ike, natt);
    }

    @Override
    public void close() {
        r1.stop();
        r2.stop();
    }
}
