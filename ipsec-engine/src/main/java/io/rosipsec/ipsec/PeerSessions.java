package io.rosipsec.ipsec;

import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Engine;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Sa;
import io.rosipsec.ipsec.ike.v2.task.Ikev2Engine;
import io.rosipsec.ipsec.net.Datapath;
import io.rosipsec.ipsec.net.SaEvents;
import io.rosipsec.ipsec.net.SadEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The configured IKE sessions of a running engine and what acts on their SAs, after RouterOS (see {@link
 * IpsecEngine}): a configuration snapshot is reconciled with the sessions applied so far (a changed or removed peer
 * is unconfigured and its IKE SAs deleted with an INFORMATIONAL exchange, RFC 7296 §1.4.1; a new or changed one is
 * configured on the engine of its exchange mode and initiated when it should be), an initiator reconnects {@value
 * IpsecEngine#RECONNECT_SECONDS} s after its IKE SA ends, and the {@code installed-sa flush} / {@code active-peers
 * kill-connections|remove} actions delete SAs. Runs on the event loop only.
 */
final class PeerSessions {
    private final EngineScheduler scheduler;
    private final Ikev2Engine ikev2;
    private final Ikev1Engine ikev1;
    private final SaEvents events;
    private final Datapath datapath;
    private final BooleanSupplier live;
    private final Map<String, IkeSessionConfig> applied = new LinkedHashMap<>();

    PeerSessions(EngineScheduler scheduler, Ikev2Engine ikev2, Ikev1Engine ikev1, SaEvents events, Datapath datapath,
            BooleanSupplier live) {
        this.scheduler = scheduler;
        this.ikev2 = ikev2;
        this.ikev1 = ikev1;
        this.events = events;
        this.datapath = datapath;
        this.live = live;
    }

    /** Applies a configuration snapshot; nothing once the runtime is no longer its engine's. */
    void reconcile(IpsecConfig config) {
        if (!live.getAsBoolean()) {
            return;
        }
        Map<String, IkeSessionConfig> next = new LinkedHashMap<>();
        for (IkeSessionConfig c : config.sessions()) {
            next.put(c.peer().name(), c);
        }
        for (Map.Entry<String, IkeSessionConfig> old : List.copyOf(applied.entrySet())) {
            IkeSessionConfig n = next.get(old.getKey());
            if (n == null || !n.equals(old.getValue())) {
                ikev2.unconfigure(old.getKey());
                ikev1.unconfigure(old.getKey());
                applied.remove(old.getKey());
                for (IkeSa sa : liveSas(old.getKey())) {
                    ikev2.deleteIkeSa(sa);
                }
                for (Ikev1Sa sa : liveV1Sas(old.getKey())) {
                    ikev1.delete(sa);
                }
            }
        }
        datapath.setOwnAddresses(config.localAddresses());
        for (IkeSessionConfig c : next.values()) {
            if (!c.equals(applied.get(c.peer().name()))) {
                if (isV1(c.peer())) {
                    ikev1.configure(c);
                } else {
                    ikev2.configure(c);
                }
                applied.put(c.peer().name(), c);
                maybeInitiate(c);
            }
        }
    }

    /** An IKE SA of {@code peer} (of either version) ended: an initiator tries again after the reconnect delay. */
    void ended(String peer, boolean initiator) {
        scheduler.schedule(Duration.ofSeconds(IpsecEngine.RECONNECT_SECONDS), () -> {
            IkeSessionConfig c = applied.get(peer);
            if (live.getAsBoolean() && c != null && initiator) {
                maybeInitiate(c);
            }
        });
    }

    private void maybeInitiate(IkeSessionConfig c) {
        PeerConfig p = c.peer();
        boolean host = p.address().length() == p.address().network().getAddress().length * 8;
        boolean encrypt = c.policies().stream().anyMatch(x -> x.action() == PolicyConfig.Action.ENCRYPT);
        if (p.passive() || !host || !encrypt) {
            return;
        }
        if (isV1(p)) {
            if (liveV1Sas(p.name()).isEmpty()) {
                ikev1.initiate(p.name());
            }
            return;
        }
        if (!liveSas(p.name()).isEmpty()) {
            return;
        }
        IkeSa sa = ikev2.initiate(p.name());
        events.created(sa);
    }

    private static boolean isV1(PeerConfig p) {
        return p.exchangeMode() != PeerConfig.ExchangeMode.IKE2;
    }

    private List<IkeSa> liveSas(String peer) {
        return live(ikev2.ikeSas(), IkeSa::state, IkeSa::config, peer);
    }

    private List<Ikev1Sa> liveV1Sas(String peer) {
        return live(ikev1.sas(), Ikev1Sa::state, Ikev1Sa::config, peer);
    }

    /** The IKE SAs of {@code peer} that are not being deleted. */
    private static <S> List<S> live(List<S> sas, Function<S, IkeSa.State> state,
            Function<S, IkeSessionConfig> config, String peer) {
        List<S> out = new ArrayList<>();
        for (S sa : sas) {
            if (state.apply(sa) != IkeSa.State.DESTROYING && config.apply(sa).peer().name().equals(peer)) {
                out.add(sa);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ actions

    /** {@code installed-sa flush}: every Child SA is deleted (the peer is told, RFC 7296 §1.4.1). */
    void flushChildSas() {
        for (SadEntry e : datapath.entries()) {
            if (e.owner() instanceof Ikev1Sa v1) {
                ikev1.deleteChildSa(v1, e.child());
            } else {
                ikev2.deleteChildSa(e.ikeSa(), e.child());
            }
        }
    }

    /** {@code active-peers kill-connections}: every IKE SA is deleted. */
    void killAll() {
        for (IkeSa sa : ikev2.ikeSas()) {
            ikev2.deleteIkeSa(sa);
        }
        for (Ikev1Sa sa : ikev1.sas()) {
            ikev1.delete(sa);
        }
    }

    /** {@code active-peers remove}: deletes the IKE SA shown with {@code number}; false if none. */
    boolean kill(int number, RowNumbers numbers) {
        for (IkeSa sa : ikev2.ikeSas()) {
            if (numbers.shownAs(sa, number)) {
                ikev2.deleteIkeSa(sa);
                return true;
            }
        }
        for (Ikev1Sa sa : ikev1.sas()) {
            if (numbers.shownAs(sa, number)) {
                ikev1.delete(sa);
                return true;
            }
        }
        return false;
    }
}
