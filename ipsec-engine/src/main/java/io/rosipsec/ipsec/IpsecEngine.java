package io.rosipsec.ipsec;

import io.rosipsec.hw.HwProfile;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Engine;
import io.rosipsec.ipsec.ike.v2.task.RetransmitPolicy;
import io.rosipsec.ipsec.net.EnvelopeRate;
import io.rosipsec.ipsec.net.KeyLog;
import io.rosipsec.ipsec.net.PortMap;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The IPsec engine of one emulated router (guideline 1's facade): UDP transport on the IKE and
 * NAT-T ports, the IKEv2 and IKEv1 engines, the SAD and the ESP data path, all on one Netty event loop
 * (guideline 5). The router hands it full configuration snapshots ({@link #apply}) and reads
 * {@code installed-sa}, {@code active-peers} and {@code statistics} through immutable views.
 *
 * <p>Behaviour towards the configuration, after RouterOS: a peer that is not passive, has a host
 * address and an encrypting policy initiates as soon as it is configured and again {@value
 * #RECONNECT_SECONDS} s after its IKE SA ends; a peer whose configuration changed or disappeared
 * (removed, {@code disabled=yes}, its last policy disabled) has its IKE SAs deleted with an
 * INFORMATIONAL exchange (RFC 7296 §1.4.1), so the other side removes them too. ESP is always
 * UDP-encapsulated on the NAT-T port (the IKEv2 engine reports a NAT so both sides float, see
 * {@code NatDetection}); a raw ESP transport is not implemented.
 *
 * <p>IKEv1 (issue 6): peers with {@code exchange-mode=main} or {@code aggressive} are handed to an {@link
 * Ikev1Engine} beside the IKEv2 one (Main/Aggressive Mode then one Quick Mode per encrypting policy, RFC 2409);
 * received IKE messages go to one or the other by the major version of their header (RFC 2408 §3.1, RFC 7296
 * §3.1) on both ports. IPsec SAs of either version land in the same SAD and data path and show in the same views.
 *
 * <p>Road warriors: a responder whose identity has {@code generate-policy} generates a policy from its {@code
 * policy-template-group}'s templates when no static policy fits the proposed selectors; {@link #dynamicPolicies()}
 * lists those of installed SAs ({@code /ip ipsec policy} {@code D} rows).
 *
 * <p>Debug aid: with the system property {@code rosipsec.ike.keylog} naming a directory when
 * {@link #start} runs, every new IKE and ESP SA's keys are appended there as Wireshark decryption
 * tables ({@link KeyLog}).
 *
 * <p>Thread-safety: every public method may be called from any thread; work is handed to the
 * event loop and views are computed there ({@code LoopCalls}).
 *
 * <p>Collaborators (package-private): {@code EngineRuntime} wires the running state (transport, scheduler, data
 * path, engines), {@code PeerSessions} reconciles configuration snapshots and acts on SAs, {@code StatusViews}
 * computes the menus' rows, {@code EchoTraffic} generates ping and burst traffic, {@code BoardSaRate} gives the
 * throughput emulation its per-SA packet rates.
 */
public final class IpsecEngine implements AutoCloseable {
    /** Seconds between the end of an initiator's IKE SA and the next attempt. */
    public static final int RECONNECT_SECONDS = 5;

    /** Where log lines go: topics ({@code ipsec,info}) and the message, in RouterOS wording. */
    @FunctionalInterface
    public interface EventSink {
        void log(String topics, String message);
    }

    private final HwProfile board;
    private final String serial;
    private final Clock clock;
    private final EventSink sink;
    private final RetransmitPolicy retransmit;
    private final LoopCalls loop = new LoopCalls(() -> this.run);
    private final EchoTraffic echo = new EchoTraffic(loop);
    private volatile EngineRuntime run;
    private volatile IpsecConfig wanted = IpsecConfig.EMPTY;
    private volatile long egressCapBits;
    private volatile boolean emulateThroughput;

    /**
     * @param board the emulated board (its acceleration table picks each Child SA's back end)
     * @param serial the unit's serial number (P1023 rows look at it), may be {@code null}
     * @param clock wall clock for lifetimes and uptimes
     * @param sink log lines
     */
    public IpsecEngine(HwProfile board, String serial, Clock clock, EventSink sink) {
        this(board, serial, clock, sink, RetransmitPolicy.STRONGSWAN);
    }

    /** As above with an explicit retransmission policy (tests shorten it). */
    public IpsecEngine(HwProfile board, String serial, Clock clock, EventSink sink, RetransmitPolicy retransmit) {
        this.board = Objects.requireNonNull(board, "board");
        this.serial = serial;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.retransmit = Objects.requireNonNull(retransmit, "retransmit");
    }

    /**
     * Binds UDP {@code ikePort} and {@code natTPort} on {@code bind} and applies the last
     * configuration given. The engine reasons in ports 500/4500; other socket ports are mapped
     * onto them ({@link PortMap}), so every router of a lab must use the same pair.
     *
     * @throws IOException if a port cannot be bound
     * @throws IllegalStateException if already running
     */
    public synchronized void start(InetAddress bind, int ikePort, int natTPort) throws IOException {
        if (run != null) {
            throw new IllegalStateException("IPsec engine already running");
        }
        EngineRuntime r = new EngineRuntime(bind, new PortMap(ikePort, natTPort), board, serial, clock, sink,
                retransmit, x -> run == x);
        applyLimits(r);
        r.open();
        run = r;
        r.scheduler.execute(() -> r.sessions.reconcile(wanted));
    }

    /** Closes the sockets and forgets every SA (no Delete is sent: the router is going away). */
    public synchronized void stop() {
        EngineRuntime r = run;
        if (r == null) {
            return;
        }
        run = null;
        r.close();
    }

    @Override
    public void close() {
        stop();
    }

    public boolean running() {
        return run != null;
    }

    /** The bound UDP endpoints ({@code address:ike-port}, {@code address:nat-t-port}), empty when stopped. */
    public List<InetSocketAddress> endpoints() {
        EngineRuntime r = run;
        return r == null ? List.of() : r.endpoints();
    }

    /** Datagrams dropped by the transport because they could not be classified. */
    public long malformedDatagrams() {
        EngineRuntime r = run;
        return r == null ? 0 : r.transport.malformed();
    }

    /**
     * Datagrams on the IKE sockets dropped as malformed: the transport's ({@link #malformedDatagrams}) and those the
     * IKE engines could not decode. RouterOS has no {@code statistics} counter for them (its counters are the
     * kernel's XFRM ones); they show in the {@code ipsec,debug} log ({@code IkeDrops}).
     */
    public long malformedIkeMessages() {
        return loop.call(r -> r.events.ikeDrops().count(), 0L);
    }

    /** Takes a new configuration snapshot; what changed is applied on the loop. */
    public void apply(IpsecConfig config) {
        wanted = Objects.requireNonNull(config, "config");
        EngineRuntime r = run;
        if (r != null) {
            r.scheduler.execute(() -> r.sessions.reconcile(config));
        }
    }

    /**
     * Rate limits of the data path (see {@code EgressShaper}): {@code egressBitsPerSecond} caps what
     * leaves the router through the tunnels (the CHR licence limit; 0 for none), and with
     * {@code emulateThroughput} each SA is held to the board's packet rate for its transform
     * ({@link EnvelopeRate}). Takes effect at once on a running engine.
     */
    public void setRateLimits(long egressBitsPerSecond, boolean emulateThroughput) {
        this.egressCapBits = Math.max(0, egressBitsPerSecond);
        this.emulateThroughput = emulateThroughput;
        EngineRuntime r = run;
        if (r != null) {
            r.scheduler.execute(() -> applyLimits(r));
        }
    }

    /** Outbound packets dropped by the rate limits since the engine started. */
    public record RateLimitDrops(long licence, long envelope) {}

    /** The drops of {@link #setRateLimits}'s limits; zeros when stopped. */
    public RateLimitDrops rateLimitDrops() {
        return loop.call(r -> new RateLimitDrops(r.datapath.droppedByLicence(), r.datapath.droppedByEnvelope()),
                new RateLimitDrops(0, 0));
    }

    private void applyLimits(EngineRuntime r) {
        r.datapath.setEgressCap(egressCapBits);
        r.datapath.setSaRate(emulateThroughput ? r.saRate : null);
    }

    // ------------------------------------------------------------------ views

    /** {@code /ip ipsec installed-sa}: two rows per Child SA pair. */
    public List<InstalledSaView> installedSas() {
        return loop.call(r -> StatusViews.installedSas(r, clock.millis()), List.of());
    }

    /** {@code /ip ipsec active-peers}: established IKE SAs. */
    public List<ActivePeerView> activePeers() {
        return loop.call(r -> StatusViews.activePeers(r, clock.millis()), List.of());
    }

    /** {@code /ip ipsec statistics}: the non-zero counters by RouterOS name. */
    public Map<String, Long> statistics() {
        return loop.call(r -> r.datapath.dropCounters(), Map.of());
    }

    /**
     * {@code ph2-count} of a policy: installed Child SA pairs of the policy's peer whose selectors
     * overlap the policy's addresses.
     */
    public int ph2Count(PolicyConfig policy) {
        return loop.call(r -> StatusViews.ph2Count(r, policy), 0);
    }

    /**
     * The dynamic policies ({@code D}) generated from templates for the installed Child SAs, one per (IKE SA, policy),
     * in SAD order; each keeps its number while it lives.
     */
    public List<DynamicPolicyView> dynamicPolicies() {
        return loop.call(StatusViews::dynamicPolicies, List.of());
    }

    // ------------------------------------------------------------------ actions

    /** {@code installed-sa flush}: every Child SA is deleted (the peer is told, RFC 7296 §1.4.1). */
    public void flushInstalledSas() {
        loop.call(r -> {
            r.sessions.flushChildSas();
            return null;
        }, null);
    }

    /** {@code active-peers kill-connections}: every IKE SA is deleted. */
    public void killConnections() {
        loop.call(r -> {
            r.sessions.killAll();
            return null;
        }, null);
    }

    /** {@code active-peers remove}: deletes the IKE SA shown with {@code number}; false if none. */
    public boolean killPeer(int number) {
        return loop.call(r -> r.sessions.kill(number, r.numbers), false);
    }

    // ------------------------------------------------------------------ ping

    /**
     * Sends {@code count} ICMP echo requests from {@code src} (or, when {@code null}, an own
     * address inside the selectors of an SA reaching {@code dst}) to {@code dst} through the
     * matching policy's SA, one per {@code interval}, each waiting up to {@code timeout} for its
     * reply; {@code each} gets every result as it is known. Blocks the caller, never the loop.
     * Without a covering SA every request times out, as on the device.
     *
     * @param size total IPv4 length of each request (28..65535, RouterOS {@code size})
     */
    public List<EchoResult> ping(InetAddress src, InetAddress dst, int count, int size, Duration interval,
            Duration timeout, Consumer<EchoResult> each) throws InterruptedException {
        return echo.ping(src, dst, count, size, interval, timeout, each);
    }

    /**
     * Sends {@code count} echo requests of {@code size} bytes from {@code src} to {@code dst} through
     * the tunnels, one every {@code interval} without waiting for replies (a bounded burst, as a
     * load test would send), then waits up to {@code timeout} after the last one. Returns one result
     * per request in sequence order. Used to measure what the rate limits let through.
     *
     * @throws IllegalArgumentException if {@code size} is outside 28..65535 or {@code count} outside
     *     1..65536
     */
    public List<EchoResult> burst(InetAddress src, InetAddress dst, int count, int size, Duration interval,
            Duration timeout) throws InterruptedException {
        return echo.burst(src, dst, count, size, interval, timeout);
    }
}
