package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.wire.ChildSaNotFoundException;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.TemporaryFailureException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Rekeys a Child SA pair (RFC 7296 §1.3.3, §2.8): a new pair with new SPIs, fresh nonces and,
 * with the proposal's {@code pfs-group}, a new DH secret in its KEYMAT; the SA/KE/TS part is a
 * {@link ChildCreateTask}. The initiator of the rekey then deletes the old pair with an
 * INFORMATIONAL exchange, so the old inbound SAs stay installed until the new pair carries
 * traffic in both directions (strongSwan's observed sequence).
 *
 * <pre>
 * HDR, SK { N(REKEY_SA, ESP, old inbound SPI), SA, Ni, [KEi,] TSi, TSr }  --&gt;
 *                           &lt;--  HDR, SK { SA, Nr, [KEr,] TSi, TSr }
 *                           &lt;--  HDR, SK { N(CHILD_SA_NOT_FOUND | TEMPORARY_FAILURE) }
 * HDR, SK { D(ESP, old inbound SPI) }  --&gt;   &lt;--  HDR, SK { D(ESP, peer's old inbound SPI) }
 * </pre>
 *
 * <p>Collisions: when both ends rekey the same pair at once, both exchanges complete and the pair
 * created with the lowest of the four nonces is redundant; its creator deletes it and leaves the
 * old pair to the winner (§2.8.1). A rekey request for a pair we are deleting, or have already
 * replaced, gets TEMPORARY_FAILURE; one for an unknown pair CHILD_SA_NOT_FOUND (§2.25). After
 * TEMPORARY_FAILURE the initiator retries after a few seconds if the pair is still there.
 */
public final class ChildRekeyTask implements Task {
    /** Retry delay after TEMPORARY_FAILURE, plus up to the same again at random. */
    static final Duration RETRY = Duration.ofSeconds(5);

    private final EngineContext ctx;
    private final TaskManager manager;
    private final IkeSa sa;
    private final Ikev2Listener listener;
    private final boolean initiator;
    private ChildSaRecord old;
    private ChildCreateTask create;
    private ChildRekeyTask collision;

    /** An initiator task rekeying {@code old}. */
    ChildRekeyTask(EngineContext ctx, TaskManager manager, Ikev2Listener listener,
            ChildSaRecord old) {
        this(ctx, manager, listener, true, old);
    }

    private ChildRekeyTask(EngineContext ctx, TaskManager manager, Ikev2Listener listener,
            boolean initiator, ChildSaRecord old) {
        this.ctx = ctx;
        this.manager = manager;
        this.sa = manager.sa();
        this.listener = listener;
        this.initiator = initiator;
        this.old = old;
    }

    /** A responder task. */
    static ChildRekeyTask responder(EngineContext ctx, TaskManager manager,
            Ikev2Listener listener) {
        return new ChildRekeyTask(ctx, manager, listener, false, null);
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.CREATE_CHILD_SA;
    }

    /** The pair being replaced. */
    public ChildSaRecord old() {
        return old;
    }

    @Override
    public Status build(TaskMessage m) {
        return initiator ? buildRequest(m) : buildResponse(m);
    }

    @Override
    public Status process(TaskMessage m) throws IkeProtocolException {
        return initiator ? processResponse(m) : processRequest(m);
    }

    private Status buildRequest(TaskMessage m) {
        if (!sa.children().contains(old) || old.state() != ChildSaRecord.State.INSTALLED
                || old.policy() == null) {
            return Status.SUCCESS; // deleted or replaced meanwhile: nothing to rekey
        }
        old.setState(ChildSaRecord.State.REKEYING);
        m.add(new NotifyPayload(old.protocol(), ProposalSelector.spiBytes(old.spiIn()),
                NotifyType.REKEY_SA, new byte[0]));
        create = ChildCreateTask.rekeying(ctx, sa, listener, old);
        return create.build(m);
    }

    private Status processResponse(TaskMessage m) throws IkeProtocolException {
        create.process(m);
        boolean oldLive = sa.children().contains(old);
        Optional<ChildSaRecord> fresh = create.child();
        if (fresh.isEmpty()) {
            NotifyType why = create.error().orElse(NotifyType.UNKNOWN);
            if (oldLive && old.state() == ChildSaRecord.State.REKEYING) {
                old.setState(ChildSaRecord.State.INSTALLED);
                if (why == NotifyType.TEMPORARY_FAILURE) {
                    retryLater();
                }
            }
            if (why != NotifyType.TEMPORARY_FAILURE && why != NotifyType.CHILD_SA_NOT_FOUND) {
                listener.childSaFailed(sa, why);
            }
            return Status.SUCCESS;
        }
        listener.childSaRekeyed(sa, old, fresh.get());
        if (collision != null && collision.create != null
                && collision.create.child().isPresent() && lostCollision()) {
            // §2.8.1: ours carries the lowest nonce, so ours is redundant; the peer deletes old.
            if (oldLive) {
                old.setState(ChildSaRecord.State.REKEYED);
            }
            manager.queue(new ChildDeleteTask(sa, listener, fresh.get().spiIn()));
            return Status.SUCCESS;
        }
        if (oldLive) {
            old.setState(ChildSaRecord.State.REKEYED);
            manager.queue(new ChildDeleteTask(sa, listener, old.spiIn()));
        }
        return Status.SUCCESS;
    }

    /** Whether the lowest of the four nonces belongs to our exchange (RFC 7296 §2.8.1). */
    private boolean lostCollision() {
        byte[][] ours = create.nonces();
        byte[][] theirs = collision.create.nonces();
        return compare(min(ours[0], ours[1]), min(theirs[0], theirs[1])) < 0;
    }

    private static byte[] min(byte[] a, byte[] b) {
        return compare(a, b) <= 0 ? a : b;
    }

    private static int compare(byte[] a, byte[] b) {
        return Arrays.compareUnsigned(a, b);
    }

    private void retryLater() {
        long jitter = ctx.random().nextInt((int) RETRY.toMillis());
        ChildSaRecord pair = old;
        ctx.scheduler().schedule(RETRY.plusMillis(jitter), () -> {
            if (!manager.destroyed() && sa.children().contains(pair)
                    && pair.state() == ChildSaRecord.State.INSTALLED) {
                manager.start(new ChildRekeyTask(ctx, manager, listener, pair));
            }
        });
    }

    private Status processRequest(TaskMessage m) throws IkeProtocolException {
        NotifyPayload rekey = m.notify(NotifyType.REKEY_SA).orElseThrow();
        byte[] spi = rekey.spi();
        if (rekey.protocol() != ProtocolId.ESP && rekey.protocol() != ProtocolId.AH || spi.length != 4) {
            throw new InvalidSyntaxException("REKEY_SA without an ESP or AH SPI");
        }
        // The peer names its inbound SPI, which is our outbound one.
        old = sa.child(ProposalSelector.spiValue(spi), false).orElseThrow(
                () -> new ChildSaNotFoundException("no Child SA with SPI " + rekey));
        if (old.state() == ChildSaRecord.State.DELETING
                || old.state() == ChildSaRecord.State.REKEYED) {
            throw new TemporaryFailureException("Child SA " + old + " is being "
                    + (old.state() == ChildSaRecord.State.DELETING ? "deleted" : "replaced"));
        }
        create = ChildCreateTask.rekeyResponder(ctx, sa, listener, old);
        create.process(m);
        if (old.state() == ChildSaRecord.State.REKEYING) {
            for (Task t : manager.activeTasks()) {
                if (t instanceof ChildRekeyTask r && r.initiator && r.old == old) {
                    r.collision = this;
                }
            }
        }
        return Status.NEED_MORE;
    }

    private Status buildResponse(TaskMessage m) {
        create.build(m);
        Optional<ChildSaRecord> fresh = create.child();
        if (fresh.isPresent()) {
            listener.childSaRekeyed(sa, old, fresh.get());
            if (old.state() == ChildSaRecord.State.INSTALLED) {
                old.setState(ChildSaRecord.State.REKEYED); // the peer deletes it next
            }
        }
        return Status.SUCCESS;
    }
}
