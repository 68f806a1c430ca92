package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.PeerConfig;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v2.task.DatagramSender;
import io.rosipsec.ipsec.ike.v2.task.RetransmitPolicy;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.SourceAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The IKEv1 side of one emulated router, without sockets, with the same contract as the IKEv2 engine: it keeps the
 * peer configurations ({@code exchange-mode=main|aggressive}), starts phase 1 plus one Quick Mode per encrypting
 * policy on request, creates responder SAs for new phase-1 messages from a configured peer address (the PSK is
 * chosen by address, RFC 2409 §5), and routes every received message to its SA's {@link Ikev1TaskManager} by the
 * initiator cookie. All work runs on the context's serial scheduler.
 */
public final class Ikev1Engine {
    private static final int IKE_PORT = 500;

    private final EngineContext ctx;
    private final InetAddress localAddress;
    private final DatagramSender sender;
    private final Ikev1Listener listener;
    private final RetransmitPolicy retransmit;
    private final SaLifetime.Jitter jitter;
    private final Map<String, IkeSessionConfig> configs = new LinkedHashMap<>();
    private final Map<Long, Ikev1TaskManager> byCookie = new LinkedHashMap<>();
    private final Ikev1TaskManager.Hooks hooks = new Ikev1TaskManager.Hooks() {
        @Override
        public void reauthenticate(Ikev1Sa sa) {
            if (sa.isInitiator()) {
                start(sa.config(), false);
            }
        }

        @Override
        public void initialContact(Ikev1Sa sa) {
            for (Ikev1TaskManager tm : List.copyOf(byCookie.values())) {
                if (tm.sa() != sa && tm.sa().remote().getAddress().equals(sa.remote().getAddress())) {
                    tm.drop("INITIAL-CONTACT");
                }
            }
        }

        @Override
        public void destroyed(Ikev1Sa sa) {
            byCookie.values().removeIf(tm -> tm.sa() == sa);
        }
    };

    /**
     * @param jitter extra time added to configured lifetimes before the 80 % soft limit is taken (seeded in tests)
     */
    public Ikev1Engine(EngineContext ctx, InetAddress localAddress, DatagramSender sender, Ikev1Listener listener,
            RetransmitPolicy retransmit, SaLifetime.Jitter jitter) {
        this.ctx = ctx;
        this.localAddress = localAddress;
        this.sender = sender;
        this.listener = listener;
        this.retransmit = retransmit;
        this.jitter = jitter;
    }

    private static boolean isV1(PeerConfig p) {
        return p.exchangeMode() == PeerConfig.ExchangeMode.MAIN
                || p.exchangeMode() == PeerConfig.ExchangeMode.AGGRESSIVE;
    }

    /** Adds or replaces the configuration of one peer. */
    public void configure(IkeSessionConfig config) {
        configs.put(config.peer().name(), config);
    }

    /** Forgets the configuration of one peer (its live SAs are left to the caller to delete). */
    public void unconfigure(String peerName) {
        configs.remove(peerName);
    }

    /**
     * Starts phase 1 towards a configured peer and queues one Quick Mode per encrypting policy. Returns the new SA
     * (state CREATED until the scheduler runs).
     */
    public Ikev1Sa initiate(String peerName) {
        IkeSessionConfig cfg = configs.get(peerName);
        if (cfg == null || !isV1(cfg.peer())) {
            throw new IllegalArgumentException("no IKEv1 peer " + peerName);
        }
        return start(cfg, true);
    }

    private Ikev1Sa start(IkeSessionConfig cfg, boolean withPolicies) {
        PeerConfig peer = cfg.peer();
        InetAddress local = SourceAddress.towards(
                peer.localAddress() != null ? peer.localAddress() : localAddress, peer.address().network());
        Ikev1Sa sa = new Ikev1Sa(true, cfg, new InetSocketAddress(local, IKE_PORT),
                new InetSocketAddress(peer.address().network(), peer.port()));
        sa.setCookies(ctx.spis().ikeSpi(), 0);
        Ikev1TaskManager tm = register(sa);
        ctx.scheduler().execute(() -> {
            tm.start(peer.exchangeMode() == PeerConfig.ExchangeMode.AGGRESSIVE
                    ? new AggressiveModeTask(ctx, sa, listener) : new MainModeTask(ctx, sa, listener));
            if (withPolicies) {
                for (PolicyConfig p : cfg.policies()) {
                    if (p.action() == PolicyConfig.Action.ENCRYPT) {
                        tm.start(new QuickModeTask(ctx, sa, listener, p));
                    }
                }
            }
        });
        return sa;
    }

    /** Negotiates one more IPsec SA pair for {@code policy} under an established SA. */
    public void negotiate(Ikev1Sa sa, PolicyConfig policy) {
        run(sa, tm -> tm.start(new QuickModeTask(ctx, sa, listener, policy)));
    }

    /**
     * Negotiates one more IPsec SA pair proposing a byte lifetime of {@code lifeKilobytes} as well, as a
     * strongSwan peer does with {@code life_bytes} (RouterOS proposals have none: this plays the other side).
     */
    public void negotiate(Ikev1Sa sa, PolicyConfig policy, long lifeKilobytes) {
        run(sa, tm -> tm.start(new QuickModeTask(ctx, sa, listener, policy, lifeKilobytes)));
    }

    /** Deletes the IPsec SAs and the ISAKMP SA with Delete payloads. */
    public void delete(Ikev1Sa sa) {
        run(sa, Ikev1TaskManager::delete);
    }

    /** Deletes one IPsec SA pair. */
    public void deleteChildSa(Ikev1Sa sa, ChildSaRecord child) {
        run(sa, tm -> tm.deleteChild(child));
    }

    /**
     * Reports an ESP SA byte counter ({@code current-bytes}) of one direction of an IPsec SA pair under {@code sa}
     * ({@code spi} inbound or outbound), for the byte lifetime: rekey at the soft, delete at the hard limit.
     */
    public void childSaBytes(Ikev1Sa sa, int spi, long counter) {
        run(sa, tm -> tm.childBytes(spi, counter));
    }

    private void run(Ikev1Sa sa, Consumer<Ikev1TaskManager> action) {
        ctx.scheduler().execute(() -> {
            Ikev1TaskManager tm = byCookie.get(sa.ckyI());
            if (tm != null && tm.sa() == sa) {
                action.accept(tm);
            }
        });
    }

    /** Receives one ISAKMP message (without the non-ESP marker). */
    public void receive(InetSocketAddress from, InetSocketAddress to, byte[] data) {
        byte[] copy = data.clone();
        ctx.scheduler().execute(() -> dispatch(from, to, copy));
    }

    private void dispatch(InetSocketAddress from, InetSocketAddress to, byte[] data) {
        IkeHeader h;
        try {
            h = IkeV1Message.peekHeader(data);
        } catch (IkeProtocolException e) {
            listener.malformedMessage(from, e.getMessage());
            return; // not ISAKMP: dropped
        }
        if (h.exchangeType().ikeVersion() != 1) {
            return;
        }
        Ikev1TaskManager tm = byCookie.get(h.spiInitiator());
        if (tm == null && h.messageId() == 0 && h.spiResponder() == 0
                && (h.exchangeType() == ExchangeType.IDENTITY_PROTECTION
                        || h.exchangeType() == ExchangeType.AGGRESSIVE)) {
            tm = newResponder(h, from, to);
        }
        if (tm != null && tm.sa().remote().getAddress().equals(from.getAddress())) {
            tm.handle(data, h, from, to);
        }
    }

    private Ikev1TaskManager newResponder(IkeHeader h, InetSocketAddress from, InetSocketAddress to) {
        PeerConfig.ExchangeMode mode = h.exchangeType() == ExchangeType.AGGRESSIVE
                ? PeerConfig.ExchangeMode.AGGRESSIVE : PeerConfig.ExchangeMode.MAIN;
        for (IkeSessionConfig cfg : configs.values()) {
            PeerConfig p = cfg.peer();
            if (p.exchangeMode() == mode && p.address().contains(from.getAddress())) {
                Ikev1Sa sa = new Ikev1Sa(false, cfg, to, from);
                sa.setCookies(h.spiInitiator(), ctx.spis().ikeSpi());
                return register(sa);
            }
        }
        listener.log("ipsec,error", "no suitable peer for " + from.getAddress().getHostAddress()
                + " (exchange " + h.exchangeType() + ")");
        return null;
    }

    private Ikev1TaskManager register(Ikev1Sa sa) {
        Ikev1TaskManager tm = new Ikev1TaskManager(ctx, sa, sender, listener, retransmit, jitter, hooks);
        byCookie.put(sa.ckyI(), tm);
        return tm;
    }

    /** The live ISAKMP SAs. */
    public List<Ikev1Sa> sas() {
        List<Ikev1Sa> out = new ArrayList<>();
        for (Ikev1TaskManager tm : byCookie.values()) {
            out.add(tm.sa());
        }
        return out;
    }

    /** The SA whose initiator cookie is {@code ckyI}. */
    public Optional<Ikev1Sa> find(long ckyI) {
        return Optional.ofNullable(byCookie.get(ckyI)).map(Ikev1TaskManager::sa);
    }
}
