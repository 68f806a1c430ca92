package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.EngineScheduler;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.esp.SaLifetime;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.message.DeletePayload;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v1.message.Ikev1MessageRules;
import io.rosipsec.ipsec.ike.v1.message.Ikev1NotifyType;
import io.rosipsec.ipsec.ike.v1.message.Ikev1ProtocolId;
import io.rosipsec.ipsec.ike.v1.message.NotificationPayload;
import io.rosipsec.ipsec.ike.v2.task.DatagramSender;
import io.rosipsec.ipsec.ike.v2.task.RetransmitPolicy;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the exchanges of one ISAKMP SA (after strongSwan's {@code task_manager_v1}): phase 1 on message ID 0,
 * Quick Mode and Informational exchanges on random message IDs, several at a time. It owns the message rules
 * check, body encryption and IV acceptance, duplicate detection (a repeated message gets our last message again),
 * retransmission with backoff on the injected scheduler, the one place where failures end an exchange or the SA
 * (with RouterOS's log lines), DPD (RFC 3706) and the phase-1/phase-2 lifetimes: rekey at the soft limit (80 %
 * of the hard one plus seeded jitter, as RouterOS shows {@code add-lifetime}), delete at the hard limit, by time
 * and by bytes ({@link ByteLimit}: the ISAKMP SA counts its own message bytes after phase 1 against the
 * negotiated kilobytes or the profile's {@code lifebytes}; an IPsec SA pair counts the ESP byte counters reported
 * through {@link #childBytes}).
 */
public final class Ikev1TaskManager {
    /** Engine-level reactions the manager cannot perform itself. */
    public interface Hooks {
        /** The SA reached its phase-1 soft lifetime: start a new phase 1 (strongSwan reauthenticates). */
        void reauthenticate(Ikev1Sa sa);

        /** The peer sent INITIAL-CONTACT: other SAs with it are stale. */
        void initialContact(Ikev1Sa sa);

        /** The SA is gone. */
        void destroyed(Ikev1Sa sa);
    }

    private static final class Exchange {
        final Task task;
        int messages;
        byte[] lastSent;
        byte[] lastReceived;
        EngineScheduler.Timer timer;
        int tries;
        boolean done;

        Exchange(Task task) {
            this.task = task;
        }
    }

    private final EngineContext ctx;
    private final Ikev1Sa sa;
    private final DatagramSender sender;
    private final Ikev1Listener listener;
    private final RetransmitPolicy retransmit;
    private final SaLifetime.Jitter jitter;
    private final Hooks hooks;
    private final Map<Integer, Exchange> exchanges = new LinkedHashMap<>();
    private final Deque<Task> waiting = new ArrayDeque<>();
    private final Map<Integer, List<EngineScheduler.Timer>> childTimers = new HashMap<>();
    private final List<EngineScheduler.Timer> saTimers = new ArrayList<>();
    private final Map<Integer, ByteLimit> childBytes = new HashMap<>();
    private ByteLimit isakmpBytes;
    private boolean established;
    private boolean destroyed;
    private boolean peerDeleted;
    private long lastInboundMillis;
    private long dpdSequence;
    private Long dpdOutstanding;
    private int dpdFailures;

    public Ikev1TaskManager(EngineContext ctx, Ikev1Sa sa, DatagramSender sender, Ikev1Listener listener,
            RetransmitPolicy retransmit, SaLifetime.Jitter jitter, Hooks hooks) {
        this.ctx = ctx;
        this.sa = sa;
        this.sender = sender;
        this.listener = listener;
        this.retransmit = retransmit;
        this.jitter = jitter;
        this.hooks = hooks;
        this.dpdSequence = ctx.random().nextInt() & 0x7fffffffL;
    }

    public Ikev1Sa sa() {
        return sa;
    }

    public boolean destroyed() {
        return destroyed;
    }

    /** Starts an active task now, or after phase 1 for Quick Mode and Informational tasks. */
    public void start(Task task) {
        if (destroyed) {
            return;
        }
        if (task.isPhase1()) {
            sa.setState(IkeSa.State.CONNECTING);
            listener.log("ipsec,info", "initiate new phase 1 (" + (task.exchange() == ExchangeType.AGGRESSIVE
                    ? "Aggressive" : "Identity Protection") + "): " + endpoints("<=>"));
            begin(0, task);
        } else if (!established) {
            waiting.add(task);
        } else {
            begin(newMessageId(), task);
        }
    }

    private void begin(int mid, Task task) {
        Exchange ex = new Exchange(task);
        exchanges.put(mid, ex);
        send(mid, ex);
    }

    private int newMessageId() {
        int mid;
        do {
            mid = ctx.random().nextInt();
        } while (mid == 0 || exchanges.containsKey(mid));
        return mid;
    }

    private void send(int mid, Exchange ex) {
        Outgoing out = new Outgoing(mid);
        Task.Status s;
        try {
            s = ex.task.build(out);
        } catch (IkeProtocolException e) {
            failed(mid, ex, e.getMessage(), e);
            return;
        }
        IkeV1Message m = new IkeV1Message(IkeV1Message.header(sa.ckyI(), sa.ckyR(), ex.task.exchange(),
                out.committed() ? IkeHeader.FLAG_V1_COMMIT : 0, mid), out.payloads());
        ex.lastSent = out.encrypted() ? m.encode(sa.cipher().orElseThrow()) : m.encode();
        ex.messages++;
        ex.tries = 0;
        transmit(ex.lastSent);
        if (s == Task.Status.NEED_MORE) {
            arm(mid, ex);
        } else {
            completed(mid, ex);
        }
    }

    private void arm(int mid, Exchange ex) {
        cancel(ex.timer);
        ex.timer = ctx.scheduler().schedule(retransmit.delay(ex.tries), () -> {
            if (destroyed || ex.done) {
                return;
            }
            if (ex.tries >= retransmit.tries()) {
                failed(mid, ex, "no response after " + ex.tries + " retransmissions", null);
                return;
            }
            ex.tries++;
            transmit(ex.lastSent);
            arm(mid, ex);
        });
    }

    /** Handles one received message for this SA (on the serial executor). */
    public void handle(byte[] raw, IkeHeader h, InetSocketAddress from, InetSocketAddress to) {
        if (destroyed) {
            return;
        }
        int mid = h.messageId();
        Exchange ex = exchanges.get(mid);
        if (ex != null && ex.lastReceived != null && Arrays.equals(raw, ex.lastReceived)) {
            if (ex.lastSent != null) {
                transmit(ex.lastSent); // the peer lost our answer
            }
            return;
        }
        boolean encrypted = (h.flags() & IkeHeader.FLAG_V1_ENCRYPTION) != 0;
        if (h.exchangeType() == ExchangeType.INFORMATIONAL_V1 && !encrypted) {
            plainNotify(raw);
            return;
        }
        if (ex == null) {
            ex = passive(mid, h.exchangeType());
            if (ex == null) {
                return;
            }
        } else if (ex.done) {
            return;
        }
        IkeV1Message m;
        try {
            m = IkeV1Message.decode(raw, sa.cipher().orElse(null));
            Ikev1MessageRules.check(m, ex.messages + 1);
        } catch (IkeProtocolException e) {
            if (mid == 0 && !established) {
                if (encrypted) {
                    listener.log("ipsec,error", peer() + " parsing packet failed, possible cause: wrong password");
                }
                failed(0, ex, e.getMessage(), e);
            }
            return; // a broken phase-2 or Informational message is dropped (RFC 2408 §5)
        }
        if (sa.ckyR() == 0 && h.spiResponder() != 0) {
            sa.setCookies(sa.ckyI(), h.spiResponder());
        }
        exchanges.putIfAbsent(mid, ex);
        cancel(ex.timer);
        Task.Status s;
        try {
            s = ex.task.process(m);
        } catch (IkeProtocolException e) {
            failed(mid, ex, e.getMessage(), e);
            return;
        }
        ex.lastReceived = raw;
        ex.messages++;
        lastInboundMillis = ctx.nowMillis();
        if (isakmpBytes != null && mid != 0) {
            isakmpBytes.add(raw.length);
        }
        if (m.isEncrypted()) {
            sa.cipher().orElseThrow().accept(mid, m.wireBody());
            if (!from.equals(sa.remote())) {
                sa.setEndpoints(to, from); // authenticated: follow the peer's NAT mapping
            }
        }
        switch (s) {
            case NEED_MORE -> send(mid, ex);
            case SUCCESS -> completed(mid, ex);
            default -> failed(mid, ex, ex.task.getClass().getSimpleName() + " failed", null);
        }
    }

    private Exchange passive(int mid, ExchangeType type) {
        Task t = null;
        if (mid == 0 && !sa.isInitiator() && !exchanges.containsKey(0)) {
            t = type == ExchangeType.AGGRESSIVE ? new AggressiveModeTask(ctx, sa, listener)
                    : new MainModeTask(ctx, sa, listener);
            sa.setState(IkeSa.State.CONNECTING);
            listener.log("ipsec,info", "respond new phase 1 (" + (type == ExchangeType.AGGRESSIVE
                    ? "Aggressive" : "Identity Protection") + "): " + endpoints("<=>"));
        } else if (mid != 0 && established && type == ExchangeType.QUICK_MODE) {
            t = new QuickModeTask(ctx, sa, listener);
        } else if (mid != 0 && sa.keys().isPresent() && type == ExchangeType.INFORMATIONAL_V1) {
            t = new InformationalTask(sa, this);
        }
        return t == null ? null : new Exchange(t);
    }

    /** An unprotected Informational: phase-1 error notifies, believed only while phase 1 is incomplete. */
    private void plainNotify(byte[] raw) {
        IkeV1Message m;
        try {
            m = IkeV1Message.decode(raw);
            Ikev1MessageRules.check(m, 1);
        } catch (IkeProtocolException e) {
            return;
        }
        for (NotificationPayload n : m.all(NotificationPayload.class)) {
            listener.log("ipsec,error", peer() + " notify: " + n.notifyType());
            Exchange p1 = exchanges.get(0);
            if (n.isError() && !established && p1 != null && !p1.done) {
                failed(0, p1, "received " + n.notifyType() + " notify", null);
                return;
            }
        }
    }

    private void completed(int mid, Exchange ex) {
        ex.done = true;
        cancel(ex.timer);
        if (ex.task.isPhase1()) {
            phase1Done();
        } else if (ex.task instanceof QuickModeTask q && q.child().isPresent()) {
            installChild(q.child().get(), q.policy(), q.initiatedLocally(), q.lifeKilobytes() * 1024);
        } else if (ex.task instanceof InformationalTask i && i.deletesIsakmp()) {
            destroy("deleted", true);
        }
        if (peerDeleted) {
            destroy("deleted by peer", true);
        }
    }

    private void phase1Done() {
        established = true;
        Phase1Support.floatIfNat(sa); // Aggressive Mode floats after its last message
        sa.setEstablishedAt(ctx.nowMillis());
        listener.log("ipsec,info", "ISAKMP-SA established " + endpoints("-") + String.format(" spi:%016x:%016x",
                sa.ckyI(), sa.ckyR()));
        listener.phase1Established(sa);
        if (sa.initialContact()) {
            hooks.initialContact(sa);
        }
        scheduleDpd();
        long life = sa.offer().orElseThrow().lifeSeconds();
        long bytes = Phase1Support.tighter(sa.offer().orElseThrow().lifeKilobytes() * 1024,
                sa.config().profile().lifeBytes());
        if (life > 0) {
            SaLifetime l = SaLifetime.routerOs(ctx.nowMillis(), Duration.ofSeconds(life), bytes, jitter);
            if (sa.isInitiator()) {
                saTimers.add(ctx.scheduler().schedule(l.soft(), () -> {
                    if (!destroyed) {
                        hooks.reauthenticate(sa);
                    }
                }));
            }
            saTimers.add(ctx.scheduler().schedule(l.hard(), () -> start(InformationalTask.deleteIsakmp(sa, this))));
        }
        if (bytes > 0) {
            long soft = bytes * SaLifetime.SOFT_PERCENT / 100;
            isakmpBytes = new ByteLimit(soft, bytes, deferred(() -> {
                listener.log("ipsec,info", peer() + " ISAKMP-SA soft byte lifetime reached");
                if (sa.isInitiator()) {
                    hooks.reauthenticate(sa);
                }
            }), deferred(() -> {
                listener.log("ipsec,info", peer() + " ISAKMP-SA hard byte lifetime reached");
                delete();
            }));
        }
        while (!waiting.isEmpty()) {
            begin(newMessageId(), waiting.poll());
        }
    }

    private void installChild(ChildSaRecord c, PolicyConfig policy, boolean rekeyHere, long lifeBytes) {
        sa.addChild(c);
        listener.log("ipsec,info", String.format("IPsec-SA established: %s/%s %s->%s spi=0x%x", c.protocol(),
                c.mode() == io.rosipsec.ipsec.esp.EspMode.TUNNEL ? "Tunnel" : "Transport", endpoints("-"),
                sa.local().getAddress().getHostAddress(), c.spiIn()));
        listener.childSaEstablished(sa, c);
        SaLifetime l = SaLifetime.routerOs(c.createdAtMillis(), c.lifetime(), lifeBytes, jitter);
        if (lifeBytes > 0) {
            childBytes.put(c.spiIn(), new ByteLimit(l.softBytes(), l.hardBytes(), deferred(() -> {
                if (rekeyHere && sa.children().contains(c)) {
                    start(new QuickModeTask(ctx, sa, listener, policy));
                }
            }), deferred(() -> expireChild(c.spiIn()))));
            sa.childBytesWatched(true);
        }
        List<EngineScheduler.Timer> timers = new ArrayList<>();
        if (rekeyHere) {
            timers.add(ctx.scheduler().schedule(l.soft(), () -> start(new QuickModeTask(ctx, sa, listener, policy))));
        }
        timers.add(ctx.scheduler().schedule(l.hard(), () -> expireChild(c.spiIn())));
        childTimers.put(c.spiIn(), timers);
    }

    private void expireChild(int spiIn) {
        if (destroyed) {
            return;
        }
        sa.removeChild(spiIn, true).ifPresent(c -> {
            start(InformationalTask.deleteChild(sa, this, c));
            removed(c);
        });
    }

    /**
     * Reports the byte counter of one direction of an IPsec SA pair ({@code spi} is its inbound or outbound SPI,
     * {@code counter} the ESP SA's {@code current-bytes}): past 80 % of a negotiated byte lifetime the pair is
     * rekeyed by the end that negotiated it, at 100 % it is deleted (RFC 2407 §4.5). Unknown SPIs are ignored.
     */
    public void childBytes(int spi, long counter) {
        if (destroyed) {
            return;
        }
        for (ChildSaRecord c : sa.children()) {
            if (c.spiIn() == spi || c.spiOut() == spi) {
                ByteLimit b = childBytes.get(c.spiIn());
                if (b != null) {
                    b.observe(counter);
                }
                return;
            }
        }
    }

    /** Bytes of ISAKMP messages counted against the phase-1 byte lifetime (0 without one). */
    public long isakmpBytes() {
        return isakmpBytes == null ? 0 : isakmpBytes.total();
    }

    private void removed(ChildSaRecord c) {
        childBytes.remove(c.spiIn());
        sa.childBytesWatched(!childBytes.isEmpty());
        childTimers.getOrDefault(c.spiIn(), List.of()).forEach(Ikev1TaskManager::cancel);
        childTimers.remove(c.spiIn());
        listener.childSaDeleted(sa, c);
        c.close();
    }

    /** A notification from a protected Informational (called by {@link InformationalTask}). */
    void notified(NotificationPayload n) throws IkeProtocolException {
        switch (n.notifyType()) {
            case R_U_THERE -> start(IsakmpDpdTask.ack(sa, n.dpdSequence()));
            case R_U_THERE_ACK -> {
                if (dpdOutstanding != null && dpdOutstanding == n.dpdSequence()) {
                    dpdOutstanding = null;
                    dpdFailures = 0;
                }
            }
            case INITIAL_CONTACT -> hooks.initialContact(sa);
            default -> {
                listener.log("ipsec,error", peer() + " notify: " + n.notifyType());
                if (n.isError()) {
                    for (Map.Entry<Integer, Exchange> e : List.copyOf(exchanges.entrySet())) {
                        if (e.getValue().task instanceof QuickModeTask && !e.getValue().done) {
                            failed(e.getKey(), e.getValue(), "received " + n.notifyType() + " notify", null);
                        }
                    }
                }
            }
        }
    }

    /** A Delete payload from a protected Informational. */
    void deleted(DeletePayload d) {
        if (d.protocolId() == Ikev1ProtocolId.ISAKMP.wire()) {
            peerDeleted = true;
            return;
        }
        for (int spi : d.spis32()) {
            sa.removeChild(spi, false).ifPresent(this::removed); // the peer's inbound SPI is our outbound
        }
    }

    /** Ends an exchange after an error or timeout; a phase-1 failure ends the SA. */
    private void failed(int mid, Exchange ex, String reason, IkeProtocolException cause) {
        ex.done = true;
        cancel(ex.timer);
        ex.task.abort(reason);
        if (cause != null) {
            sendError(cause);
        }
        if (mid == 0) {
            listener.log("ipsec,error", peer() + " phase1 negotiation failed" + (cause == null
                    && reason.startsWith("no response") ? " due to time up" : "") + ".");
            listener.phase1Failed(sa, reason);
            destroy(reason, false);
        } else if (ex.task instanceof QuickModeTask) {
            listener.log("ipsec,error", peer() + " phase2 negotiation failed.");
            listener.childSaFailed(sa, reason);
        }
    }

    private void sendError(IkeProtocolException e) {
        NotificationPayload n = NotificationPayload.error(Ikev1NotifyType.fromException(e.notifyType()));
        if (established) {
            start(new InformationalTask(sa, this, List.of(n)));
            return;
        }
        IkeV1Message m = new IkeV1Message(IkeV1Message.header(sa.ckyI(), sa.ckyR(), ExchangeType.INFORMATIONAL_V1,
                0, newMessageId()), List.of(n));
        transmit(m.encode());
    }

    /** Sends one datagram to the peer, counting it against the ISAKMP SA's byte lifetime once established. */
    private void transmit(byte[] data) {
        sender.send(sa.local(), sa.remote(), data);
        if (isakmpBytes != null) {
            isakmpBytes.add(data.length);
        }
    }

    /** Runs a lifetime action after the current step, unless the SA is gone by then. */
    private Runnable deferred(Runnable action) {
        return () -> ctx.scheduler().execute(() -> {
            if (!destroyed) {
                action.run();
            }
        });
    }

    /** Deletes the ISAKMP SA with a Delete payload (RFC 2409 §5.7), after deleting its IPsec SAs. */
    public void delete() {
        for (ChildSaRecord c : sa.children()) {
            start(InformationalTask.deleteChild(sa, this, c));
        }
        start(InformationalTask.deleteIsakmp(sa, this));
    }

    /** Deletes one IPsec SA pair. */
    public void deleteChild(ChildSaRecord child) {
        sa.removeChild(child.spiIn(), true).ifPresent(c -> {
            start(InformationalTask.deleteChild(sa, this, c));
            removed(c);
        });
    }

    /** Drops the SA without messages (superseded by INITIAL-CONTACT). */
    public void drop(String reason) {
        destroy(reason, true);
    }

    private void scheduleDpd() {
        Duration interval = sa.config().profile().dpdInterval();
        if (interval.isZero() || destroyed) {
            return;
        }
        saTimers.add(ctx.scheduler().schedule(interval, () -> {
            if (destroyed) {
                return;
            }
            if (ctx.nowMillis() - lastInboundMillis < interval.toMillis()) {
                dpdOutstanding = null;
                dpdFailures = 0;
            } else {
                if (dpdOutstanding != null) {
                    dpdFailures++;
                }
                if (dpdFailures >= sa.config().profile().dpdMaximumFailures()) {
                    listener.log("ipsec,info", peer() + " peer not responding to DPD, removing SAs");
                    destroy("DPD: peer is dead", true);
                    return;
                }
                dpdSequence = (dpdSequence + 1) & 0xffffffffL;
                dpdOutstanding = dpdSequence;
                start(IsakmpDpdTask.request(sa, dpdSequence));
            }
            scheduleDpd();
        }));
    }

    private void destroy(String reason, boolean deleted) {
        if (destroyed) {
            return;
        }
        destroyed = true;
        for (Exchange ex : exchanges.values()) {
            cancel(ex.timer);
        }
        saTimers.forEach(Ikev1TaskManager::cancel);
        for (ChildSaRecord c : sa.children()) {
            sa.removeChild(c.spiIn(), true);
            removed(c);
        }
        if (deleted) {
            listener.log("ipsec,info", "ISAKMP-SA deleted " + endpoints("-") + " (" + reason + ")");
            listener.phase1Deleted(sa, reason);
        }
        sa.destroy();
        hooks.destroyed(sa);
    }

    private String endpoints(String sep) {
        return sa.local().getAddress().getHostAddress() + "[" + sa.local().getPort() + "]" + sep
                + sa.remote().getAddress().getHostAddress() + "[" + sa.remote().getPort() + "]";
    }

    private String peer() {
        return sa.remote().getAddress().getHostAddress();
    }

    private static void cancel(EngineScheduler.Timer t) {
        if (t != null) {
            t.cancel();
        }
    }
}
