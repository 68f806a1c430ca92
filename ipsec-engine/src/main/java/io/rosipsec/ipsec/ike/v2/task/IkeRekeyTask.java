package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.ike.sa.IkeAlgorithms;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.KePayload;
import io.rosipsec.ipsec.ike.v2.message.NoncePayload;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.v2.message.Proposal;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.message.SaPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidKeException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.TemporaryFailureException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;

/**
 * Rekeys the IKE SA (RFC 7296 §1.3.2, §2.18): a new IKE SA with new SPIs (carried in the
 * proposal), fresh nonces and a new DH secret, keyed from the old SK_d; the Child SAs move to
 * it, its message IDs start at 0, and the rekey initiator then deletes the old IKE SA.
 *
 * <pre>
 * HDR, SK { SA(IKE, new SPIi), Ni, KEi }  --&gt;
 *                     &lt;--  HDR, SK { SA(IKE, new SPIr), Nr, KEr }
 *                     &lt;--  HDR, SK { N(TEMPORARY_FAILURE | NO_PROPOSAL_CHOSEN | INVALID_KE_PAYLOAD) }
 * HDR(old SPIs), SK { D(IKE) }  --&gt;   &lt;--  HDR(old SPIs), SK { }
 *
 * SKEYSEED = prf(SK_d (old), g^ir (new) | Ni | Nr)
 * {SK_d | SK_ai | SK_ar | SK_ei | SK_er | SK_pi | SK_pr} = prf+(SKEYSEED, Ni | Nr | SPIi | SPIr)
 * </pre>
 *
 * The initiator of the rekey is the original initiator of the new IKE SA (§2.18). The KE is sent
 * in the group of the current IKE SA. A request while this end is rekeying or deleting the same
 * IKE SA is answered with TEMPORARY_FAILURE (§2.25); the refused end stays on the old SA and
 * tries again 5–10 s later.
 */
public final class IkeRekeyTask implements Task {
    private final EngineContext ctx;
    private final TaskManager manager;
    private final IkeSa sa;
    private final Ikev2Listener listener;
    private final boolean initiator;
    private long newSpi;
    private long peerSpi;
    private byte[] nonce;
    private byte[] peerNonce;
    private DhGroup group;
    private KeyExchange ke;
    private byte[] secret;
    private IkeAlgorithms chosen;
    private int chosenNumber;
    private IkeSa successor;

    IkeRekeyTask(EngineContext ctx, TaskManager manager, Ikev2Listener listener,
            boolean initiator) {
        this.ctx = ctx;
        this.manager = manager;
        this.sa = manager.sa();
        this.listener = listener;
        this.initiator = initiator;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.CREATE_CHILD_SA;
    }

    /** The new IKE SA, once created. */
    public Optional<IkeSa> successor() {
        return Optional.ofNullable(successor);
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
        if (sa.state() != IkeSa.State.ESTABLISHED) {
            return Status.SUCCESS; // deleted or already rekeyed meanwhile
        }
        sa.setState(IkeSa.State.REKEYING);
        newSpi = ctx.spis().ikeSpi();
        nonce = ctx.nonces().nonce(IkeInitTask.NONCE_LENGTH);
        group = sa.algorithms().orElseThrow().dh();
        ke = ctx.suite().keyExchange(group);
        m.add(new SaPayload(ProposalSelector.ikeOffer(sa.config().profile(), ctx.suite(),
                spiBytes(newSpi))));
        m.add(new NoncePayload(nonce));
        m.add(new KePayload(group.id(), ke.publicValue()));
        return Status.NEED_MORE;
    }

    private Status processResponse(TaskMessage m) {
        Optional<NotifyPayload> error = m.error();
        Optional<SaPayload> answer = m.first(SaPayload.class);
        Optional<KePayload> ker = m.first(KePayload.class);
        Optional<NoncePayload> nr = m.first(NoncePayload.class);
        if (error.isPresent() && error.get().notifyType() == NotifyType.TEMPORARY_FAILURE) {
            retryLater();
            return refused();
        }
        if (error.isPresent() || answer.isEmpty() || ker.isEmpty() || nr.isEmpty()) {
            return refused();
        }
        List<Proposal> proposals = answer.get().proposals();
        try {
            chosen = ProposalSelector.selectIke(proposals, sa.config().profile(), ctx.suite(),
                    group.id());
        } catch (NoProposalChosenException e) {
            return refused();
        }
        if (proposals.size() != 1 || chosen.dh() != group || ker.get().dhGroup() != group.id()
                || proposals.get(0).spi().length != 8) {
            return refused();
        }
        peerSpi = ByteBuffer.wrap(proposals.get(0).spi()).getLong();
        peerNonce = nr.get().nonce();
        try {
            secret = ke.computeSharedSecret(ker.get().keyData());
        } catch (InvalidPublicValueException e) {
            return refused();
        }
        switchOver();
        manager.queue(new IkeDeleteTask(sa, true));
        return Status.SUCCESS;
    }

    /** The peer refused: the old IKE SA stays in use (RFC 7296 §2.25). */
    private Status refused() {
        if (sa.state() == IkeSa.State.REKEYING) {
            sa.setState(IkeSa.State.ESTABLISHED);
        }
        return Status.SUCCESS;
    }

    /** After TEMPORARY_FAILURE, try again a few seconds later (RFC 7296 §2.25). */
    private void retryLater() {
        long jitter = ctx.random().nextInt((int) ChildRekeyTask.RETRY.toMillis());
        ctx.scheduler().schedule(ChildRekeyTask.RETRY.plusMillis(jitter), () -> {
            if (!manager.destroyed() && sa.state() == IkeSa.State.ESTABLISHED) {
                manager.start(new IkeRekeyTask(ctx, manager, listener, true));
            }
        });
    }

    private Status processRequest(TaskMessage m) throws IkeProtocolException {
        if (sa.state() != IkeSa.State.ESTABLISHED || manager.busy()) {
            // Our own rekey, delete or Child exchange is in flight (§2.8.2, §2.25).
            throw new TemporaryFailureException("IKE SA is busy (" + sa.state() + ")");
        }
        List<Proposal> offered = m.first(SaPayload.class).orElseThrow().proposals();
        KePayload kei = m.first(KePayload.class)
                .orElseThrow(() -> new InvalidSyntaxException("IKE rekey without KE"));
        for (Proposal p : offered) {
            try {
                IkeAlgorithms a = ProposalSelector.selectIke(List.of(p), sa.config().profile(),
                        ctx.suite(), kei.dhGroup());
                if (p.spi().length != 8) {
                    throw new InvalidSyntaxException("IKE proposal SPI of " + p.spi().length);
                }
                chosen = a;
                chosenNumber = p.number();
                peerSpi = ByteBuffer.wrap(p.spi()).getLong();
                break;
            } catch (NoProposalChosenException e) {
                // next proposal
            }
        }
        if (chosen == null) {
            throw new NoProposalChosenException("no acceptable IKE proposal for the rekey");
        }
        if (kei.dhGroup() != chosen.dh().id()) {
            throw new InvalidKeException(chosen.dh().id());
        }
        group = chosen.dh();
        peerNonce = m.first(NoncePayload.class).orElseThrow().nonce();
        nonce = ctx.nonces().nonce(IkeInitTask.NONCE_LENGTH);
        newSpi = ctx.spis().ikeSpi();
        ke = ctx.suite().keyExchange(group);
        try {
            secret = ke.computeSharedSecret(kei.keyData());
        } catch (InvalidPublicValueException e) {
            throw new InvalidSyntaxException("bad KE data: " + e.getMessage());
        }
        return Status.NEED_MORE;
    }

    private Status buildResponse(TaskMessage m) {
        m.add(new SaPayload(List.of(ProposalSelector.ikeAnswer(chosenNumber, spiBytes(newSpi),
                chosen))));
        m.add(new NoncePayload(nonce));
        m.add(new KePayload(group.id(), ke.publicValue()));
        switchOver();
        return Status.SUCCESS; // the peer deletes the old IKE SA next
    }

    /** Creates the successor SA, moves the Child SAs to it and hands it to the engine. */
    private void switchOver() {
        successor = new IkeSa(initiator, sa.config(), sa.local(), sa.remote());
        successor.setSpis(initiator ? newSpi : peerSpi, initiator ? peerSpi : newSpi);
        successor.setNonces(initiator ? nonce : peerNonce, initiator ? peerNonce : nonce);
        successor.setNat(sa.localBehindNat(), sa.remoteBehindNat());
        sa.remoteIdentity().ifPresent(successor::setRemoteIdentity);
        IkeKeys.installRekeyed(ctx, sa, successor, chosen, secret);
        successor.setState(IkeSa.State.ESTABLISHED);
        sa.moveChildrenTo(successor);
        sa.setState(IkeSa.State.REKEYED);
        manager.registry().adopt(successor);
        listener.ikeSaRekeyed(sa, successor);
    }

    private static byte[] spiBytes(long spi) {
        return ByteBuffer.allocate(8).putLong(spi).array();
    }
}
