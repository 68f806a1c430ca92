package io.rosipsec.ipsec;

import io.rosipsec.hw.AccelPath;
import io.rosipsec.hw.EspTransform;
import io.rosipsec.hw.HwProfile;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.RoutingCryptoSuite;
import io.rosipsec.ipsec.crypto.UnsupportedAlgorithmException;
import io.rosipsec.ipsec.crypto.bc.BcCryptoSuite;
import io.rosipsec.ipsec.crypto.jca.JcaCryptoSuite;
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.sa.ChildAlgorithms;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Engine;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Sa;
import io.rosipsec.ipsec.ike.v2.task.Ikev2Engine;
import io.rosipsec.ipsec.ike.v2.task.RetransmitPolicy;
import io.rosipsec.ipsec.net.DatagramDemux;
import io.rosipsec.ipsec.net.Datapath;
import io.rosipsec.ipsec.net.EnvelopeRate;
import io.rosipsec.ipsec.net.EventLoopScheduler;
import io.rosipsec.ipsec.net.Ikev1ByteFeed;
import io.rosipsec.ipsec.net.Ikev1SaEvents;
import io.rosipsec.ipsec.net.KeyLog;
import io.rosipsec.ipsec.net.PortMap;
import io.rosipsec.ipsec.net.SaEvents;
import io.rosipsec.ipsec.net.SadEntry;
import io.rosipsec.ipsec.net.UdpTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
 * event loop and views are computed there.
 */
public final class IpsecEngine implements AutoCloseable {
    /** Seconds between the end of an initiator's IKE SA and the next attempt. */
    public static final int RECONNECT_SECONDS = 5;
    private static final long CALL_TIMEOUT_MS = 5000;

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
    private volatile Running run;
    private volatile IpsecConfig wanted = IpsecConfig.EMPTY;
    private volatile long egressCapBits;
    private volatile boolean emulateThroughput;

    /** Everything that exists while the engine runs; touched only on the loop. */
    private static final class Running {
        UdpTransport transport;
        EventLoopScheduler scheduler;
        EngineContext ctx;
        Ikev2Engine ikev2;
        Ikev1Engine ikev1;
        Datapath datapath;
        RoutingCryptoSuite routing;
        final Map<SadEntry, SaTransform> transforms = new WeakHashMap<>();
        SaEvents events;
        Map<String, IkeSessionConfig> applied = new LinkedHashMap<>();
        final Map<Object, Integer> numbers = new IdentityHashMap<>();
        final Map<List<Object>, Integer> dynamicNumbers = new HashMap<>();
        int nextNumber = 1;

        int number(Object o, int width) {
            Integer n = numbers.get(o);
            if (n == null) {
                n = nextNumber;
                nextNumber += width;
                numbers.put(o, n);
            }
            return n;
        }
    }

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
        Running r = new Running();
        r.transport = new UdpTransport(bind, new PortMap(ikePort, natTPort));
        SecureRandom random = new SecureRandom();
        RoutingCryptoSuite suite = new RoutingCryptoSuite(board, serial, new JcaCryptoSuite(random),
                new BcCryptoSuite(random));
        r.scheduler = new EventLoopScheduler(r.transport.eventLoop(),
                () -> sink.log("ipsec,error", "internal error, event dropped"));
        r.ctx = EngineContext.of(clock, r.scheduler, suite, random);
        r.datapath = new Datapath(r.transport::sendEsp, r.scheduler, System::nanoTime);
        r.routing = suite;
        applyLimits(r);
        r.events = new SaEvents(suite, r.datapath, sink::log, sa -> ended(r, sa),
                KeyLog.fromSystemProperty().orElse(null));
        r.ikev2 = new Ikev2Engine(r.ctx, bind, r.transport, r.events, retransmit);
        r.ikev1 = new Ikev1Engine(r.ctx, bind, r.transport,
                new Ikev1SaEvents(r.events, r.datapath, sink::log, sa -> ended(r, sa)), retransmit,
                SaLifetime.Jitter.NONE);
        r.datapath.setByteObserver(new Ikev1ByteFeed(r.ikev1));
        r.transport.start(new UdpTransport.Receiver() {
            @Override
            public void ike(InetSocketAddress from, InetSocketAddress to, byte[] message) {
                if (DatagramDemux.ikeMajorVersion(message) == 1) {
                    r.ikev1.receive(from, to, message);
                } else {
                    r.ikev2.receive(from, to, message);
                }
            }

            @Override
            public void esp(InetSocketAddress from, InetSocketAddress to, byte[] packet) {
                r.datapath.receive(from, packet);
            }

            @Override
            public void invalid(InetSocketAddress from, boolean natT) {
                r.events.ikeDrops().dropped(from, "datagram", "shorter than " + (natT ? "ESP or " : "") + "an IKE header");
            }
        });
        run = r;
        r.scheduler.execute(() -> reconcile(r, wanted));
    }

    /** Closes the sockets and forgets every SA (no Delete is sent: the router is going away). */
    public synchronized void stop() {
        Running r = run;
        if (r == null) {
            return;
        }
        run = null;
        try {
            r.transport.eventLoop().submit(() -> r.datapath.clear()).get(CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing anyway
        }
        r.transport.close();
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
        Running r = run;
        if (r == null) {
            return List.of();
        }
        PortMap p = r.transport.ports();
        return List.of(new InetSocketAddress(r.transport.bindAddress(), p.ikePort()),
                new InetSocketAddress(r.transport.bindAddress(), p.natTPort()));
    }

    /** Datagrams dropped by the transport because they could not be classified. */
    public long malformedDatagrams() {
        Running r = run;
        return r == null ? 0 : r.transport.malformed();
    }

    /**
     * Datagrams on the IKE sockets dropped as malformed: the transport's ({@link #malformedDatagrams}) and those the
     * IKE engines could not decode. RouterOS has no {@code statistics} counter for them (its counters are the
     * kernel's XFRM ones); they show in the {@code ipsec,debug} log ({@code IkeDrops}).
     */
    public long malformedIkeMessages() {
        return call(() -> run.events.ikeDrops().count(), 0L);
    }

    /** Takes a new configuration snapshot; what changed is applied on the loop. */
    public void apply(IpsecConfig config) {
        wanted = Objects.requireNonNull(config, "config");
        Running r = run;
        if (r != null) {
            r.scheduler.execute(() -> reconcile(r, config));
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
        Running r = run;
        if (r != null) {
            r.scheduler.execute(() -> applyLimits(r));
        }
    }

    /** Outbound packets dropped by the rate limits since the engine started. */
    public record RateLimitDrops(long licence, long envelope) {}

    /** The drops of {@link #setRateLimits}'s limits; zeros when stopped. */
    public RateLimitDrops rateLimitDrops() {
        return call(() -> new RateLimitDrops(run.datapath.droppedByLicence(), run.datapath.droppedByEnvelope()),
                new RateLimitDrops(0, 0));
    }

    private record SaTransform(AccelPath path, String label) {}

    private void applyLimits(Running r) {
        r.datapath.setEgressCap(egressCapBits);
        r.datapath.setSaRate(emulateThroughput ? (sa, size) -> saPacketsPerSecond(r, sa, size) : null);
    }

    /** The board's packet rate for an SA: its path and table label, worked out once per SA. */
    private double saPacketsPerSecond(Running r, SadEntry sa, int packetSize) {
        SaTransform t = r.transforms.computeIfAbsent(sa, e -> {
            ChildAlgorithms a = e.child().algorithms();
            String auth = a.enc().alg().isAead() || a.integ() == IntegAlg.NONE ? "" : a.integ().routerOsName();
            AccelPath path;
            try {
                path = r.routing.forChildSa(a.enc().alg(), a.enc().keyBits(), a.integ()).path();
            } catch (UnsupportedAlgorithmException x) {
                path = AccelPath.SOFTWARE;
            }
            String label = EspTransform.parse(a.enc().alg().routerOsName(), a.enc().keyBits(), auth).label();
            return new SaTransform(path, label);
        });
        return EnvelopeRate.packetsPerSecond(board.throughput(), t.path(), t.label(), packetSize);
    }

    // ------------------------------------------------------------------ configuration (on the loop)

    private void reconcile(Running r, IpsecConfig config) {
        if (run != r) {
            return;
        }
        Map<String, IkeSessionConfig> next = new LinkedHashMap<>();
        for (IkeSessionConfig c : config.sessions()) {
            next.put(c.peer().name(), c);
        }
        for (Map.Entry<String, IkeSessionConfig> old : List.copyOf(r.applied.entrySet())) {
            IkeSessionConfig n = next.get(old.getKey());
            if (n == null || !n.equals(old.getValue())) {
                r.ikev2.unconfigure(old.getKey());
                r.ikev1.unconfigure(old.getKey());
                r.applied.remove(old.getKey());
                for (IkeSa sa : liveSas(r, old.getKey())) {
                    r.ikev2.deleteIkeSa(sa);
                }
                for (Ikev1Sa sa : liveV1Sas(r, old.getKey())) {
                    r.ikev1.delete(sa);
                }
            }
        }
        r.datapath.setOwnAddresses(config.localAddresses());
        for (IkeSessionConfig c : next.values()) {
            if (!c.equals(r.applied.get(c.peer().name()))) {
                if (isV1(c.peer())) {
                    r.ikev1.configure(c);
                } else {
                    r.ikev2.configure(c);
                }
                r.applied.put(c.peer().name(), c);
                maybeInitiate(r, c);
            }
        }
    }

    private void maybeInitiate(Running r, IkeSessionConfig c) {
        PeerConfig p = c.peer();
        boolean host = p.address().length() == p.address().network().getAddress().length * 8;
        boolean encrypt = c.policies().stream().anyMatch(x -> x.action() == PolicyConfig.Action.ENCRYPT);
        if (p.passive() || !host || !encrypt) {
            return;
        }
        if (isV1(p)) {
            if (liveV1Sas(r, p.name()).isEmpty()) {
                r.ikev1.initiate(p.name());
            }
            return;
        }
        if (!liveSas(r, p.name()).isEmpty()) {
            return;
        }
        IkeSa sa = r.ikev2.initiate(p.name());
        r.events.created(sa);
    }

    private static List<IkeSa> liveSas(Running r, String peer) {
        List<IkeSa> out = new ArrayList<>();
        for (IkeSa sa : r.ikev2.ikeSas()) {
            if (sa.state() != IkeSa.State.DESTROYING && sa.config().peer().name().equals(peer)) {
                out.add(sa);
            }
        }
        return out;
    }

    private static boolean isV1(PeerConfig p) {
        return p.exchangeMode() != PeerConfig.ExchangeMode.IKE2;
    }

    private static List<Ikev1Sa> liveV1Sas(Running r, String peer) {
        List<Ikev1Sa> out = new ArrayList<>();
        for (Ikev1Sa sa : r.ikev1.sas()) {
            if (sa.state() != IkeSa.State.DESTROYING && sa.config().peer().name().equals(peer)) {
                out.add(sa);
            }
        }
        return out;
    }

    private void ended(Running r, Ikev1Sa sa) {
        String peer = sa.config().peer().name();
        r.scheduler.schedule(Duration.ofSeconds(RECONNECT_SECONDS), () -> {
            IkeSessionConfig c = r.applied.get(peer);
            if (run == r && c != null && sa.isInitiator()) {
                maybeInitiate(r, c);
            }
        });
    }

    private void ended(Running r, IkeSa sa) {
        String peer = sa.config().peer().name();
        r.scheduler.schedule(Duration.ofSeconds(RECONNECT_SECONDS), () -> {
            IkeSessionConfig c = r.applied.get(peer);
            if (run == r && c != null && sa.isInitiator()) {
                maybeInitiate(r, c);
            }
        });
    }

    // ------------------------------------------------------------------ views

    private <T> T call(Supplier<T> work, T whenStopped) {
        Running r = run;
        if (r == null) {
            return whenStopped;
        }
        if (r.scheduler.inLoop()) {
            return work.get();
        }
        try {
            return CompletableFuture.supplyAsync(work, r.transport.eventLoop())
                    .get(CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return whenStopped;
        } catch (ExecutionException | TimeoutException e) {
            return whenStopped;
        }
    }

    /** {@code /ip ipsec installed-sa}: two rows per Child SA pair. */
    public List<InstalledSaView> installedSas() {
        return call(() -> {
            Running r = run;
            List<InstalledSaView> out = new ArrayList<>();
            long now = clock.millis();
            for (SadEntry e : r.datapath.entries()) {
                out.addAll(e.views(r.number(e, 2), now));
            }
            return out;
        }, List.of());
    }

    /** {@code /ip ipsec active-peers}: established IKE SAs. */
    public List<ActivePeerView> activePeers() {
        return call(() -> {
            Running r = run;
            List<ActivePeerView> out = new ArrayList<>();
            long now = clock.millis();
            List<SadEntry> sad = r.datapath.entries();
            for (IkeSa sa : r.ikev2.ikeSas()) {
                if (sa.state() != IkeSa.State.ESTABLISHED || sa.record().isEmpty()) {
                    continue;
                }
                long rxB = 0;
                long rxP = 0;
                long txB = 0;
                long txP = 0;
                int ph2 = 0;
                for (SadEntry e : sad) {
                    if (e.owner() == sa) {
                        ph2++;
                        rxB += e.inbound().counters().bytes();
                        rxP += e.inbound().counters().packets();
                        txB += e.outbound().counters().bytes();
                        txP += e.outbound().counters().packets();
                    }
                }
                String id = sa.remoteIdentity().map(IpsecEngine::idValue)
                        .orElse(sa.remote().getAddress().getHostAddress());
                out.add(new ActivePeerView(r.number(sa, 1), id, sa.config().peer().name(), sa.local(), sa.remote(),
                        "established", !sa.isInitiator(), sa.natDetected(),
                        Duration.ofMillis(Math.max(0, now - sa.record().get().createdAtMillis())), ph2,
                        String.format("%016x", sa.spiI()), String.format("%016x", sa.spiR()), rxB, rxP, txB, txP));
            }
            for (Ikev1Sa sa : r.ikev1.sas()) {
                if (sa.state() == IkeSa.State.ESTABLISHED) {
                    out.add(Ikev1PeerRow.of(r.number(sa, 1), sa, sad, now));
                }
            }
            return out;
        }, List.of());
    }

    private static String idValue(String typed) {
        int colon = typed.indexOf(':');
        return colon < 0 ? typed : typed.substring(colon + 1);
    }

    /** {@code /ip ipsec statistics}: the non-zero counters by RouterOS name. */
    public Map<String, Long> statistics() {
        return call(() -> run.datapath.dropCounters(), Map.of());
    }

    /**
     * {@code ph2-count} of a policy: installed Child SA pairs of the policy's peer whose selectors
     * overlap the policy's addresses.
     */
    public int ph2Count(PolicyConfig policy) {
        return call(() -> {
            int n = 0;
            for (SadEntry e : run.datapath.entries()) {
                if (e.peer().equals(policy.peer()) && e.overlaps(policy.srcAddress().first(),
                        policy.srcAddress().last(), policy.dstAddress().first(), policy.dstAddress().last())) {
                    n++;
                }
            }
            return n;
        }, 0);
    }

    /**
     * The dynamic policies ({@code D}) generated from templates for the installed Child SAs, one per (IKE SA, policy),
     * in SAD order; each keeps its number while it lives.
     */
    public List<DynamicPolicyView> dynamicPolicies() {
        return call(() -> {
            Running r = run;
            Map<List<Object>, DynamicPolicyView> out = new LinkedHashMap<>();
            for (SadEntry e : r.datapath.entries()) {
                PolicyConfig p = e.child().policy();
                IkeSessionConfig c = e.owner() instanceof Ikev1Sa v1 ? v1.config() : e.ikeSa().config();
                if (!c.isGenerated(p)) {
                    continue;
                }
                List<Object> key = List.of(e.owner(), p);
                DynamicPolicyView old = out.get(key);
                int n = r.dynamicNumbers.computeIfAbsent(key, k -> r.nextNumber++);
                out.put(key, new DynamicPolicyView(n, p, e.local().getAddress(), e.remote().getAddress(),
                        old == null ? 1 : old.ph2Count() + 1));
            }
            r.dynamicNumbers.keySet().retainAll(out.keySet());
            return List.copyOf(out.values());
        }, List.of());
    }

    // ------------------------------------------------------------------ actions

    /** {@code installed-sa flush}: every Child SA is deleted (the peer is told, RFC 7296 §1.4.1). */
    public void flushInstalledSas() {
        call(() -> {
            Running r = run;
            for (SadEntry e : r.datapath.entries()) {
                if (e.owner() instanceof Ikev1Sa v1) {
                    r.ikev1.deleteChildSa(v1, e.child());
                } else {
                    r.ikev2.deleteChildSa(e.ikeSa(), e.child());
                }
            }
            return null;
        }, null);
    }

    /** {@code active-peers kill-connections}: every IKE SA is deleted. */
    public void killConnections() {
        call(() -> {
            Running r = run;
            for (IkeSa sa : r.ikev2.ikeSas()) {
                r.ikev2.deleteIkeSa(sa);
            }
            for (Ikev1Sa sa : r.ikev1.sas()) {
                r.ikev1.delete(sa);
            }
            return null;
        }, null);
    }

    /** {@code active-peers remove}: deletes the IKE SA shown with {@code number}; false if none. */
    public boolean killPeer(int number) {
        return call(() -> {
            Running r = run;
            for (IkeSa sa : r.ikev2.ikeSas()) {
                Integer n = r.numbers.get(sa);
                if (n != null && n == number) {
                    r.ikev2.deleteIkeSa(sa);
                    return true;
                }
            }
            for (Ikev1Sa sa : r.ikev1.sas()) {
                Integer n = r.numbers.get(sa);
                if (n != null && n == number) {
                    r.ikev1.delete(sa);
                    return true;
                }
            }
            return false;
        }, false);
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
        if (size < 28 || size > 0xFFFF) {
            throw new IllegalArgumentException("size must be 28..65535");
        }
        int identifier = new SecureRandom().nextInt(0x10000);
        List<EchoResult> out = new ArrayList<>();
        for (int seq = 0; seq < count; seq++) {
            long start = System.nanoTime();
            final int s = seq;
            Running r = run;
            EchoResult result;
            if (r == null) {
                Thread.sleep(timeout.toMillis());
                result = EchoResult.timeout(seq, dst);
            } else {
                CompletableFuture<EchoResult> f = call(() -> {
                    InetAddress from = src != null ? src : run.datapath.sourceFor(dst);
                    return run.datapath.echo(from, dst, identifier, s, size, timeout);
                }, CompletableFuture.completedFuture(EchoResult.timeout(seq, dst)));
                try {
                    result = f.get(timeout.toMillis() + CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    result = EchoResult.timeout(seq, dst);
                }
            }
            out.add(result);
            each.accept(result);
            long wait = interval.toNanos() - (System.nanoTime() - start);
            if (seq + 1 < count && wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return out;
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
        if (size < 28 || size > 0xFFFF || count < 1 || count > 0x10000) {
            throw new IllegalArgumentException("size must be 28..65535 and count 1..65536");
        }
        int identifier = new SecureRandom().nextInt(0x10000);
        List<CompletableFuture<EchoResult>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int seq = 0; seq < count; seq++) {
            long wait = start + seq * interval.toNanos() - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            final int s = seq;
            sent.add(call(() -> run.datapath.echo(src, dst, identifier, s, size, timeout),
                    CompletableFuture.completedFuture(EchoResult.timeout(seq, dst))));
        }
        List<EchoResult> out = new ArrayList<>();
        for (int seq = 0; seq < count; seq++) {
            try {
                out.add(sent.get(seq).get(timeout.toMillis() + CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS));
            } catch (ExecutionException | TimeoutException e) {
                out.add(EchoResult.timeout(seq, dst));
            }
        }
        return out;
    }
}
