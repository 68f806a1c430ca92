package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.EngineScheduler;
import io.rosipsec.ipsec.esp.UdpEncap;
import io.rosipsec.ipsec.ike.keymat.SkIntegrityException;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.IkeMessage;
import io.rosipsec.ipsec.ike.v2.message.IkePayload;
import io.rosipsec.ipsec.ike.v2.message.MessageRules;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeHeader;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs the tasks of one IKE SA (guideline 4, after strongSwan's {@code task_manager_v2}): queued
 * active tasks are grouped into exchanges by their exchange type, one request in flight at a
 * time (message ID window 1, RFC 7296 §2.3); received requests get passive tasks chosen by the
 * exchange type. It owns message IDs, SK protection, retransmission with exponential backoff on
 * the injected scheduler (§2.1), the cached last response for duplicate requests, the single
 * place where fatal errors tear the SA down, the DPD timer and the lifetime timers of the IKE SA
 * and its Child SAs ({@link LifetimeTimers}: soft lifetime queues a rekey, hard lifetime a delete).
 *
 * <p>Dead peer detection maps RouterOS {@code dpd-interval} and {@code dpd-maximum-failures} onto
 * IKEv2 liveness checks (RFC 7296 §2.4): after {@code dpd-interval} without any message from the
 * peer an empty INFORMATIONAL is sent, and it is retransmitted every {@code dpd-interval} instead
 * of on the exponential schedule; when {@code dpd-maximum-failures} transmissions in a row went
 * unanswered, i.e. {@code dpd-interval × dpd-maximum-failures} after the first check (10 minutes
 * with the defaults 2m × 5), the peer is declared dead and the IKE SA with its Child SAs is torn
 * down ({@link Ikev2Listener#ikeSaFailed} with {@link NotifyType#UNKNOWN}).
 */
public final class TaskManager {
    private final EngineContext ctx;
    private final IkeSa sa;
    private final DatagramSender sender;
    private final Ikev2Listener listener;
    private final RetransmitPolicy policy;
    private final Runnable onDestroy;
    private final SaRegistry registry;
    private final LifetimeTimers lifetimes;
    private RetransmitPolicy current;
    private boolean initialContact;
    private final Deque<Task> queued = new ArrayDeque<>();
    private final List<Task> active = new ArrayList<>();
    private ExchangeType activeExchange;
    private int requestId;
    private byte[] lastRequest;
    private byte[] sentInitRequest;
    private int tries;
    private EngineScheduler.Timer timer;
    private EngineScheduler.Timer dpdTimer;
    private int peerRequestId;
    private byte[] lastResponse;
    private boolean established;
    private boolean destroyed;
    private long lastInboundMillis;

    public TaskManager(EngineContext ctx, IkeSa sa, DatagramSender sender, Ikev2Listener listener,
            RetransmitPolicy policy, Runnable onDestroy) {
        this(ctx, sa, sender, listener, policy, onDestroy, SaRegistry.NONE);
    }

    TaskManager(EngineContext ctx, IkeSa sa, DatagramSender sender, Ikev2Listener listener,
            RetransmitPolicy policy, Runnable onDestroy, SaRegistry registry) {
        this.registry = registry;
        this.lifetimes = new LifetimeTimers(ctx, this, listener);
        this.current = policy;
        this.ctx = ctx;
        this.sa = sa;
        this.sender = sender;
        this.listener = listener;
        this.policy = policy;
        this.onDestroy = onDestroy;
    }

    public IkeSa sa() {
        return sa;
    }

    /** Queues an active task; {@link #initiate()} starts it when no exchange is in flight. */
    public void queue(Task task) {
        queued.add(task);
    }

    /** Whether a request of ours is waiting for its response. */
    public boolean busy() {
        return !active.isEmpty();
    }

    public boolean destroyed() {
        return destroyed;
    }

    /** The tasks of the exchange in flight. */
    List<Task> activeTasks() {
        return List.copyOf(active);
    }

    /** The engine side of this manager. */
    SaRegistry registry() {
        return registry;
    }

    /** Queues a task and starts it if the window is free. */
    void start(Task task) {
        queue(task);
        initiate();
    }

    /** The message ID of our next (or in-flight) request. */
    public int requestId() {
        return requestId;
    }

    /** Starts the next exchange if the window is free. */
    public void initiate() {
        if (destroyed || !active.isEmpty() || queued.isEmpty()) {
            return;
        }
        activeExchange = queued.peek().exchange();
        while (!queued.isEmpty() && queued.peek().exchange() == activeExchange) {
            active.add(queued.poll());
            if (activeExchange == ExchangeType.INFORMATIONAL) {
                break;
            }
        }
        if (sa.state() == IkeSa.State.CREATED) {
            sa.setState(IkeSa.State.CONNECTING);
        }
        sendRequest();
    }

    private void sendRequest() {
        TaskMessage m = TaskMessage.outgoing(activeExchange, false);
        for (Task t : List.copyOf(active)) {
            Task.Status s;
            try {
                s = t.build(m);
            } catch (IkeProtocolException e) {
                fail(e.notifyType(), e.getMessage());
                return;
            }
            if (s == Task.Status.FAILED) {
                fail(t.failure(), t.getClass().getSimpleName() + " could not build a request");
                return;
            }
            if (s == Task.Status.SUCCESS) {
                active.remove(t); // nothing left to do (e.g. the SA to rekey is gone)
            }
        }
        if (active.isEmpty()) {
            initiate();
            return;
        }
        current = dpdOnly() ? dpdPolicy() : policy;
        if (activeExchange != ExchangeType.IKE_SA_INIT && sa.natDetected()
                && sa.remote().getPort() != UdpEncap.NAT_T_PORT) {
            // RFC 7296 §2.23: after a NAT is detected, switch to port 4500 from IKE_AUTH on.
            sa.setEndpoints(new InetSocketAddress(sa.local().getAddress(), UdpEncap.NAT_T_PORT),
                    new InetSocketAddress(sa.remote().getAddress(), UdpEncap.NAT_T_PORT));
        }
        IkeHeader h = IkeHeader.v2(sa.spiI(), sa.spiR(), activeExchange, sa.isInitiator(), false,
                requestId);
        lastRequest = encode(h, m.payloads());
        if (activeExchange == ExchangeType.IKE_SA_INIT) {
            sentInitRequest = lastRequest;
        }
        tries = 0;
        transmit(lastRequest);
        armRetransmit();
    }

    private byte[] encode(IkeHeader h, List<IkePayload> payloads) {
        if (h.exchangeType() == ExchangeType.IKE_SA_INIT) {
            return new IkeMessage(h, payloads).encode();
        }
        return sa.outbound().orElseThrow().protect(h, payloads);
    }

    private void transmit(byte[] raw) {
        sender.send(sa.local(), sa.remote(), raw);
    }

    private void armRetransmit() {
        cancel(timer);
        timer = ctx.scheduler().schedule(current.delay(tries), this::retransmit);
    }

    private void retransmit() {
        if (destroyed || lastRequest == null) {
            return;
        }
        if (tries >= current.tries()) {
            fail(NotifyType.UNKNOWN, "no response after " + tries + " retransmissions");
            return;
        }
        tries++;
        transmit(lastRequest);
        armRetransmit();
    }

    /** Handles a message decoded by the engine for this SA (on the serial executor). */
    public void handle(byte[] raw, IkeMessage message, InetSocketAddress from,
            InetSocketAddress to) {
        if (destroyed) {
            return;
        }
        if (message.header().isResponse()) {
            handleResponse(raw, message);
        } else {
            handleRequest(raw, message, from, to);
        }
    }

    private List<IkePayload> open(byte[] raw, IkeMessage message)
            throws IkeProtocolException, SkIntegrityException {
        if (!MessageRules.isProtected(message.header().exchangeType())) {
            MessageRules.check(message, List.of());
            return message.payloads();
        }
        MessageRules.checkOuter(message);
        if (sa.inbound().isEmpty()) {
            throw new SkIntegrityException("no keys yet");
        }
        List<IkePayload> inner = sa.inbound().get().unprotect(raw, message);
        MessageRules.check(message, inner);
        return inner;
    }

    private void handleResponse(byte[] raw, IkeMessage message) {
        IkeHeader h = message.header();
        if (lastRequest == null || h.messageId() != requestId
                || h.exchangeType() != activeExchange) {
            return;
        }
        List<IkePayload> payloads;
        try {
            payloads = open(raw, message);
        } catch (SkIntegrityException | IkeProtocolException e) {
            return; // RFC 7296 §2.21: drop; the retransmission timer keeps running
        }
        cancel(timer);
        lastRequest = null;
        lastInboundMillis = ctx.nowMillis();
        if (h.exchangeType() == ExchangeType.IKE_SA_INIT) {
            sa.setInitMessages(sentInitRequest, raw);
        }
        TaskMessage tm = TaskMessage.received(h, payloads);
        boolean more = false;
        for (Task t : List.copyOf(active)) {
            Task.Status s;
            try {
                s = t.process(tm);
            } catch (IkeProtocolException e) {
                fail(e.notifyType(), e.getMessage());
                return;
            }
            switch (s) {
                case FAILED -> {
                    fail(t.failure(), t.getClass().getSimpleName() + " failed");
                    return;
                }
                case DESTROY_ME -> {
                    deleted();
                    return;
                }
                case NEED_MORE -> more = true;
                case SUCCESS -> active.remove(t);
            }
            reportEstablished();
        }
        lifetimes.syncChildren();
        if (!(more && activeExchange == ExchangeType.IKE_SA_INIT)) {
            requestId++;
        }
        if (more && !active.isEmpty()) {
            sendRequest();
        } else {
            active.clear();
            initiate();
        }
    }

    private void handleRequest(byte[] raw, IkeMessage message, InetSocketAddress from,
            InetSocketAddress to) {
        IkeHeader h = message.header();
        if (lastResponse != null && h.messageId() == peerRequestId - 1) {
            transmit(lastResponse); // a retransmitted request: answer from the cache (§2.1)
            return;
        }
        if (h.messageId() != peerRequestId) {
            return;
        }
        ExchangeType ex = h.exchangeType();
        TaskMessage response = TaskMessage.outgoing(ex, true);
        List<IkePayload> payloads;
        try {
            payloads = open(raw, message);
        } catch (SkIntegrityException e) {
            return;
        } catch (IkeProtocolException e) {
            respondError(h, e);
            return;
        }
        lastInboundMillis = ctx.nowMillis();
        if (MessageRules.isProtected(ex)) {
            sa.setEndpoints(to, from); // authenticated: follow the peer's NAT mapping
        }
        TaskMessage tm = TaskMessage.received(h, payloads);
        initialContact |= ex == ExchangeType.IKE_AUTH
                && tm.notify(NotifyType.INITIAL_CONTACT).isPresent();
        List<Task> passive = PassiveTasks.forRequest(ctx, this, listener, tm);
        try {
            for (Task t : passive) {
                if (t.process(tm) == Task.Status.FAILED) {
                    fail(t.failure(), t.getClass().getSimpleName() + " failed");
                    return;
                }
            }
        } catch (IkeProtocolException e) {
            respondError(h, e);
            return;
        }
        boolean destroy = false;
        for (Task t : passive) {
            Task.Status s;
            try {
                s = t.build(response);
            } catch (IkeProtocolException e) {
                respondError(h, e);
                return;
            }
            destroy |= s == Task.Status.DESTROY_ME;
        }
        byte[] out = encode(IkeHeader.v2(sa.spiI(), sa.spiR(), ex, sa.isInitiator(), true,
                h.messageId()), response.payloads());
        if (ex == ExchangeType.IKE_SA_INIT) {
            sa.setInitMessages(raw, out);
        }
        lastResponse = out;
        peerRequestId++;
        transmit(out);
        if (destroy) {
            deleted();
            return;
        }
        reportEstablished();
        lifetimes.syncChildren();
    }

    /**
     * Answers a request with one error notify. An error in IKE_SA_INIT or IKE_AUTH ends the SA
     * (the IKE_SA_INIT answer carries a zero SPIr, RFC 7296 §2.6); later errors leave it up.
     */
    private void respondError(IkeHeader h, IkeProtocolException e) {
        ExchangeType ex = h.exchangeType();
        boolean init = ex == ExchangeType.IKE_SA_INIT;
        List<IkePayload> payloads = List.of(NotifyPayload.of(e));
        IkeHeader rh = IkeHeader.v2(h.spiInitiator(), init ? 0 : sa.spiR(), ex, sa.isInitiator(),
                true, h.messageId());
        byte[] out = init || sa.outbound().isEmpty() ? new IkeMessage(rh, payloads).encode()
                : sa.outbound().get().protect(rh, payloads);
        lastResponse = out;
        peerRequestId++;
        transmit(out);
        if (init || ex == ExchangeType.IKE_AUTH) {
            fail(e.notifyType(), e.getMessage());
        }
    }

    private void reportEstablished() {
        if (!established && sa.state() == IkeSa.State.ESTABLISHED) {
            established = true;
            listener.ikeSaEstablished(sa);
            scheduleDpd();
            lifetimes.armIke();
            if (initialContact && !sa.isInitiator()) {
                dropOtherSasOfPeer();
            }
        }
    }

    /**
     * Starts a manager for the SA that replaced another by a rekey: already ESTABLISHED, so no
     * {@code ikeSaEstablished} report (the rekey reported {@code ikeSaRekeyed}).
     */
    void adoptEstablished() {
        established = true;
        lastInboundMillis = ctx.nowMillis();
        scheduleDpd();
        lifetimes.armIke();
        lifetimes.syncChildren();
    }

    /**
     * RFC 7296 §2.4: the peer sent INITIAL_CONTACT, so it has no other SAs with us; every other
     * IKE SA authenticated with the same identity is removed without a message to the peer.
     */
    private void dropOtherSasOfPeer() {
        for (IkeSa other : registry.ikeSas()) {
            if (other != sa && other.remoteIdentity().equals(sa.remoteIdentity())
                    && other.config().peer().name().equals(sa.config().peer().name())) {
                registry.manager(other).ifPresent(TaskManager::deleteSilently);
            }
        }
    }

    /** Removes the SA and its Child SAs locally, without telling the peer. */
    void deleteSilently() {
        deleted();
    }

    private boolean dpdOnly() {
        return active.stream().allMatch(t -> t instanceof IkeDpdTask);
    }

    /** RouterOS dpd-interval × dpd-maximum-failures (see the class comment). */
    private RetransmitPolicy dpdPolicy() {
        Duration interval = sa.config().profile().dpdInterval();
        if (interval.isZero()) {
            return policy;
        }
        return new RetransmitPolicy(interval, 1.0,
                sa.config().profile().dpdMaximumFailures() - 1);
    }

    private void scheduleDpd() {
        Duration interval = sa.config().profile().dpdInterval();
        if (interval.isZero() || destroyed) {
            return;
        }
        dpdTimer = ctx.scheduler().schedule(interval, () -> {
            if (destroyed) {
                return;
            }
            boolean idle = ctx.nowMillis() - lastInboundMillis >= interval.toMillis();
            if (idle && active.isEmpty() && queued.isEmpty()) {
                queue(new IkeDpdTask(true));
                initiate();
            }
            scheduleDpd();
        });
    }

    /** Tears the SA down after a fatal error or timeout (the one place that does). */
    void fail(NotifyType reason, String detail) {
        if (destroyed) {
            return;
        }
        destroyed = true;
        cancel(timer);
        cancel(dpdTimer);
        lifetimes.cancelAll();
        listener.ikeSaFailed(sa, reason, detail);
        sa.destroy();
        onDestroy.run();
    }

    private void deleted() {
        if (destroyed) {
            return;
        }
        destroyed = true;
        cancel(timer);
        cancel(dpdTimer);
        lifetimes.cancelAll();
        for (var c : sa.children()) {
            listener.childSaDeleted(sa, c);
        }
        listener.ikeSaDeleted(sa);
        sa.destroy();
        onDestroy.run();
    }

    private static void cancel(EngineScheduler.Timer t) {
        if (t != null) {
            t.cancel();
        }
    }
}
