package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.PeerConfig;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.IkeMessage;
import io.rosipsec.ipsec.ike.v2.message.NoncePayload;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.SourceAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IKEv2 side of one emulated router, without sockets: it keeps the peer configurations,
 * creates initiator SAs on request and responder SAs for new IKE_SA_INIT requests, and routes
 * every received message to its SA's {@link TaskManager} by our own SPI (RFC 7296 §2.6). All
 * work runs on the context's serial scheduler.
 *
 * <p>A {@code passive=yes} peer only responds: {@link #initiate} refuses it. Rekeys of SAs that
 * exist are still started by either end (RFC 7296 §2.8), passive or not. When the number of
 * half-open responder SAs reaches {@code ddos-cookie-threshold}, new IKE_SA_INIT requests must
 * return a cookie first ({@link CookieGuard}, RFC 7296 §2.6).
 */
public final class Ikev2Engine {
    private static final int IKE_PORT = 500;

    private final EngineContext ctx;
    private final InetAddress localAddress;
    private final DatagramSender sender;
    private final Ikev2Listener listener;
    private final RetransmitPolicy retransmit;
    private final Map<String, IkeSessionConfig> configs = new LinkedHashMap<>();
    private final Map<Long, TaskManager> bySpi = new LinkedHashMap<>();
    private final CookieGuard cookies;
    private int cookieThreshold;
    private final SaRegistry registry = new SaRegistry() {
        @Override
        public TaskManager adopt(IkeSa successor) {
            TaskManager tm = register(successor);
            tm.adoptEstablished();
            return tm;
        }

        @Override
        public Optional<TaskManager> manager(IkeSa sa) {
            return Optional.ofNullable(bySpi.get(sa.localSpi())).filter(tm -> tm.sa() == sa);
        }

        @Override
        public List<IkeSa> ikeSas() {
            return Ikev2Engine.this.ikeSas();
        }
    };

    /** An engine with RouterOS's default {@code ddos-cookie-threshold} (20). */
    public Ikev2Engine(EngineContext ctx, InetAddress localAddress, DatagramSender sender,
            Ikev2Listener listener, RetransmitPolicy retransmit) {
        this(ctx, localAddress, sender, listener, retransmit, CookieGuard.DEFAULT_THRESHOLD);
    }

    /**
     * @param cookieThreshold {@code /ip ipsec settings ddos-cookie-threshold}: half-open SAs from
     *     which on new initiators must return a cookie (0: always)
     */
    public Ikev2Engine(EngineContext ctx, InetAddress localAddress, DatagramSender sender,
            Ikev2Listener listener, RetransmitPolicy retransmit, int cookieThreshold) {
        this.cookies = new CookieGuard(ctx.suite(), ctx.random());
        setCookieThreshold(cookieThreshold);
        this.ctx = ctx;
        this.localAddress = localAddress;
        this.sender = sender;
        this.listener = listener;
        this.retransmit = retransmit;
    }

    /** Sets {@code ddos-cookie-threshold} (applies to the next IKE_SA_INIT request). */
    public void setCookieThreshold(int threshold) {
        if (threshold < 0) {
            throw new IllegalArgumentException("ddos-cookie-threshold must not be negative");
        }
        this.cookieThreshold = threshold;
    }

    /** Replaces the cookie secret (RFC 7296 §2.6); the previous one stays valid once more. */
    public void rotateCookieSecret() {
        ctx.scheduler().execute(cookies::rotate);
    }

    /** Responder SAs whose IKE_AUTH has not completed yet. */
    public int halfOpenCount() {
        int n = 0;
        for (TaskManager tm : bySpi.values()) {
            IkeSa sa = tm.sa();
            if (!sa.isInitiator() && (sa.state() == IkeSa.State.CREATED
                    || sa.state() == IkeSa.State.CONNECTING)) {
                n++;
            }
        }
        return n;
    }

    /** Adds or replaces the configuration of one peer. */
    public void configure(IkeSessionConfig config) {
        configs.put(config.peer().name(), config);
    }

    /**
     * Forgets the configuration of one peer: no new SA is initiated or accepted for it. SAs
     * already up are not touched (delete them with {@link #deleteIkeSa}).
     */
    public void unconfigure(String peerName) {
        configs.remove(peerName);
    }

    /**
     * Starts IKE_SA_INIT and IKE_AUTH towards a configured peer, with the first encrypting
     * policy of the peer as the IKE_AUTH Child SA. Returns the new SA (state CREATED until the
     * scheduler runs).
     *
     * @throws IllegalArgumentException if there is no such IKEv2 peer, or it is {@code
     *     passive=yes} (a passive peer only responds)
     */
    public IkeSa initiate(String peerName) {
        IkeSessionConfig cfg = configs.get(peerName);
        if (cfg == null || cfg.peer().exchangeMode() != PeerConfig.ExchangeMode.IKE2) {
            throw new IllegalArgumentException("no IKEv2 peer " + peerName);
        }
        if (cfg.peer().passive()) {
            throw new IllegalArgumentException("peer " + peerName + " is passive: it only responds");
        }
        PeerConfig peer = cfg.peer();
        InetAddress local = SourceAddress.towards(
                peer.localAddress() != null ? peer.localAddress() : localAddress, peer.address().network());
        IkeSa sa = new IkeSa(true, cfg, new InetSocketAddress(local, IKE_PORT),
                new InetSocketAddress(peer.address().network(), peer.port()));
        sa.setSpis(ctx.spis().ikeSpi(), 0);
        boolean contact = peer.sendInitialContact() && ikeSas().stream()
                .noneMatch(o -> o.config().peer().name().equals(peerName));
        TaskManager tm = register(sa);
        tm.queue(new IkeInitTask(ctx, sa, true));
        tm.queue(new IkeAuthTask(ctx, sa, true, contact));
        for (PolicyConfig p : cfg.policies()) {
            if (p.action() == PolicyConfig.Action.ENCRYPT) {
                tm.queue(new ChildCreateTask(ctx, sa, listener, p));
                break;
            }
        }
        ctx.scheduler().execute(tm::initiate);
        return sa;
    }

    /** Sends an INFORMATIONAL { D(IKE) }. */
    public void deleteIkeSa(IkeSa sa) {
        run(sa, tm -> tm.queue(new IkeDeleteTask(sa, true)));
    }

    /** Sends an INFORMATIONAL { D(ESP, spiIn) } for one Child SA pair. */
    public void deleteChildSa(IkeSa sa, ChildSaRecord child) {
        run(sa, tm -> tm.queue(new ChildDeleteTask(sa, listener, child.spiIn())));
    }

    /**
     * Negotiates an additional Child SA for {@code policy} on an established IKE SA with
     * CREATE_CHILD_SA (RFC 7296 §1.3.1); with the proposal's {@code pfs-group} it carries KE.
     */
    public void createChildSa(IkeSa sa, PolicyConfig policy) {
        run(sa, tm -> tm.queue(ChildCreateTask.additional(ctx, sa, listener, policy)));
    }

    /** Rekeys one Child SA pair now (RFC 7296 §1.3.3), as its soft lifetime would. */
    public void rekeyChildSa(IkeSa sa, ChildSaRecord child) {
        run(sa, tm -> tm.queue(new ChildRekeyTask(ctx, tm, listener, child)));
    }

    /** Rekeys the IKE SA now (RFC 7296 §1.3.2), as its soft lifetime would. */
    public void rekeyIkeSa(IkeSa sa) {
        run(sa, tm -> tm.queue(new IkeRekeyTask(ctx, tm, listener, true)));
    }

    /** Sends an empty INFORMATIONAL (liveness check). */
    public void dpd(IkeSa sa) {
        run(sa, tm -> tm.queue(new IkeDpdTask(true)));
    }

    private void run(IkeSa sa, java.util.function.Consumer<TaskManager> action) {
        ctx.scheduler().execute(() -> {
            TaskManager tm = bySpi.get(sa.localSpi());
            if (tm != null && tm.sa() == sa) {
                action.accept(tm);
                tm.initiate();
            }
        });
    }

    /** Receives one IKE message (without the non-ESP marker). */
    public void receive(InetSocketAddress from, InetSocketAddress to, byte[] data) {
        byte[] copy = data.clone();
        ctx.scheduler().execute(() -> dispatch(from, to, copy));
    }

    private void dispatch(InetSocketAddress from, InetSocketAddress to, byte[] data) {
        IkeMessage msg;
        try {
            msg = IkeMessage.decode(data);
        } catch (IkeProtocolException e) {
            listener.malformedMessage(from, e.getMessage());
            return; // unauthenticated garbage: dropped (RFC 7296 §2.21.1)
        }
        IkeHeader h = msg.header();
        if (h.exchangeType().ikeVersion() != 2) {
            return;
        }
        long ourSpi = h.isFromInitiator() ? h.spiResponder() : h.spiInitiator();
        TaskManager tm = bySpi.get(ourSpi);
        if (tm == null && ourSpi == 0 && h.isFromInitiator() && !h.isResponse()
                && h.exchangeType() == ExchangeType.IKE_SA_INIT) {
            tm = existingHalfOpen(h.spiInitiator(), from).orElse(null);
            if (tm == null && needsCookie(msg, from, to)) {
                return;
            }
            if (tm == null) {
                tm = newResponder(from, to);
            }
        }
        if (tm != null) {
            tm.handle(data, msg, from, to);
        }
    }

    /**
     * Above the threshold, a request must lead with a valid N(COOKIE); otherwise it is answered
     * with one (RFC 7296 §2.6). Returns whether the request was answered here.
     */
    private boolean needsCookie(IkeMessage msg, InetSocketAddress from, InetSocketAddress to) {
        if (halfOpenCount() < cookieThreshold) {
            return false;
        }
        IkeHeader h = msg.header();
        Optional<NoncePayload> ni = msg.first(NoncePayload.class);
        if (ni.isEmpty()) {
            return true;
        }
        byte[] nonce = ni.get().nonce();
        Optional<NotifyPayload> cookie = msg.first(NotifyPayload.class)
                .filter(n -> n.notifyType() == NotifyType.COOKIE);
        if (cookie.isPresent() && msg.payloads().get(0) == cookie.get()
                && cookies.valid(cookie.get().data(), nonce, from.getAddress(), h.spiInitiator())) {
            return false;
        }
        NotifyPayload answer = new NotifyPayload(NotifyType.COOKIE,
                cookies.cookie(nonce, from.getAddress(), h.spiInitiator()));
        IkeHeader rh = IkeHeader.v2(h.spiInitiator(), 0, ExchangeType.IKE_SA_INIT, false, true,
                h.messageId());
        sender.send(to, from, new IkeMessage(rh, List.of(answer)).encode());
        return true;
    }

    private Optional<TaskManager> existingHalfOpen(long spiI, InetSocketAddress from) {
        for (TaskManager tm : bySpi.values()) {
            IkeSa sa = tm.sa();
            if (!sa.isInitiator() && sa.spiI() == spiI && sa.remote().equals(from)) {
                return Optional.of(tm);
            }
        }
        return Optional.empty();
    }

    private TaskManager newResponder(InetSocketAddress from, InetSocketAddress to) {
        for (IkeSessionConfig cfg : configs.values()) {
            PeerConfig p = cfg.peer();
            if (p.exchangeMode() == PeerConfig.ExchangeMode.IKE2
                    && p.address().contains(from.getAddress())) {
                IkeSa sa = new IkeSa(false, cfg, to, from);
                sa.setSpis(0, ctx.spis().ikeSpi());
                return register(sa);
            }
        }
        return null;
    }

    private TaskManager register(IkeSa sa) {
        long spi = sa.localSpi();
        TaskManager[] holder = new TaskManager[1];
        holder[0] = new TaskManager(ctx, sa, sender, listener, retransmit,
                () -> bySpi.remove(spi, holder[0]), registry);
        bySpi.put(spi, holder[0]);
        return holder[0];
    }

    /**
     * Drops every SA without telling the peers, as a router reboot does (RouterOS keeps no IKE
     * state across one); the next IKE_AUTH then carries INITIAL_CONTACT again. Affects the SAs
     * that exist at the time of the call.
     */
    public void forgetAll() {
        List<TaskManager> now = List.copyOf(bySpi.values());
        ctx.scheduler().execute(() -> now.forEach(TaskManager::deleteSilently));
    }

    /** The live IKE SAs. */
    public List<IkeSa> ikeSas() {
        List<IkeSa> out = new ArrayList<>();
        for (TaskManager tm : bySpi.values()) {
            out.add(tm.sa());
        }
        return out;
    }

    /** The SA whose local SPI is {@code spi}. */
    public Optional<IkeSa> find(long spi) {
        return Optional.ofNullable(bySpi.get(spi)).map(TaskManager::sa);
    }
}
