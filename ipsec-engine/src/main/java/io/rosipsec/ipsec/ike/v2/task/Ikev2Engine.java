package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.PeerConfig;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.IkeMessage;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
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

    public Ikev2Engine(EngineContext ctx, InetAddress localAddress, DatagramSender sender,
            Ikev2Listener listener, RetransmitPolicy retransmit) {
        this.ctx = ctx;
        this.localAddress = localAddress;
        this.sender = sender;
        this.listener = listener;
        this.retransmit = retransmit;
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
     */
    public IkeSa initiate(String peerName) {
        IkeSessionConfig cfg = configs.get(peerName);
        if (cfg == null || cfg.peer().exchangeMode() != PeerConfig.ExchangeMode.IKE2) {
            throw new IllegalArgumentException("no IKEv2 peer " + peerName);
        }
        PeerConfig peer = cfg.peer();
        InetAddress local = peer.localAddress() != null ? peer.localAddress() : localAddress;
        IkeSa sa = new IkeSa(true, cfg, new InetSocketAddress(local, IKE_PORT),
                new InetSocketAddress(peer.address().network(), peer.port()));
        sa.setSpis(ctx.spis().ikeSpi(), 0);
        TaskManager tm = register(sa);
        tm.queue(new IkeInitTask(ctx, sa, true));
        tm.queue(new IkeAuthTask(ctx, sa, true));
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
            tm = existingHalfOpen(h.spiInitiator(), from).orElseGet(() -> newResponder(from, to));
        }
        if (tm != null) {
            tm.handle(data, msg, from, to);
        }
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
                () -> bySpi.remove(spi, holder[0]));
        bySpi.put(spi, holder[0]);
        return holder[0];
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
