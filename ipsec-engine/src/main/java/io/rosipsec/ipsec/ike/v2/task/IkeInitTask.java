package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.ike.sa.IkeAlgorithms;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.KePayload;
import io.rosipsec.ipsec.ike.v2.message.NoncePayload;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.v2.message.Proposal;
import io.rosipsec.ipsec.ike.v2.message.SaPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.InvalidKeException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.util.List;
import java.util.Optional;

/**
 * IKE_SA_INIT (RFC 7296 §1.2): proposal, key exchange, nonces and NAT detection, then SKEYSEED
 * and the IKE SA keys.
 *
 * <pre>
 * HDR, [N(COOKIE),] SAi1, KEi, Ni, N(NAT_DETECTION_SOURCE_IP), N(NAT_DETECTION_DESTINATION_IP) --&gt;
 *                     &lt;-- HDR, SAr1, KEr, Nr, N(NAT_DETECTION_SOURCE_IP), N(NAT_DETECTION_DESTINATION_IP)
 *                     &lt;-- HDR, N(INVALID_KE_PAYLOAD) | N(COOKIE) | N(NO_PROPOSAL_CHOSEN)
 * </pre>
 *
 * On INVALID_KE_PAYLOAD naming a group we accept, the initiator restarts with a KE in that group
 * (§1.2, §2.7); on COOKIE it repeats the request with N(COOKIE) first (§2.6). Both return {@link
 * Status#NEED_MORE}, and the manager resends IKE_SA_INIT with message ID 0.
 */
public final class IkeInitTask implements Task {
    /** Nonce length: 32 bytes, at least half of any PRF key (RFC 7296 §2.10), as strongSwan. */
    static final int NONCE_LENGTH = 32;
    private static final int MAX_RETRIES = 3;

    private final EngineContext ctx;
    private final IkeSa sa;
    private final boolean initiator;
    private DhGroup group;
    private KeyExchange ke;
    private byte[] nonce;
    private byte[] cookie;
    private int retries;
    private IkeAlgorithms chosen;
    private int chosenNumber;
    private NotifyType failure = NotifyType.UNKNOWN;

    public IkeInitTask(EngineContext ctx, IkeSa sa, boolean initiator) {
        this.ctx = ctx;
        this.sa = sa;
        this.initiator = initiator;
        List<DhGroup> groups = ProposalSelector.ikeGroups(sa.config().profile(), ctx.suite());
        this.group = groups.isEmpty() ? null : groups.get(0);
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.IKE_SA_INIT;
    }

    @Override
    public NotifyType failure() {
        return failure;
    }

    /** The group of the KE payload we send (after an INVALID_KE_PAYLOAD: the one asked for). */
    public DhGroup group() {
        return group;
    }

    @Override
    public Status build(TaskMessage m) {
        return initiator ? buildRequest(m) : buildResponse(m);
    }

    @Override
    public Status process(TaskMessage m) throws InvalidSyntaxException, NoProposalChosenException,
            InvalidKeException {
        return initiator ? processResponse(m) : processRequest(m);
    }

    private Status buildRequest(TaskMessage m) {
        if (group == null) {
            failure = NotifyType.NO_PROPOSAL_CHOSEN;
            return Status.FAILED;
        }
        if (ke == null) {
            ke = ctx.suite().keyExchange(group);
            nonce = ctx.nonces().nonce(NONCE_LENGTH);
        }
        sa.setSpis(sa.spiI(), 0);
        if (cookie != null) {
            m.add(new NotifyPayload(NotifyType.COOKIE, cookie));
        }
        ProfileConfig profile = sa.config().profile();
        m.add(new SaPayload(ProposalSelector.ikeOffer(profile, ctx.suite(), new byte[0])));
        m.add(new KePayload(group.id(), ke.publicValue()));
        m.add(new NoncePayload(nonce));
        addNatd(m, sa.spiI(), 0);
        return Status.NEED_MORE;
    }

    private void addNatd(TaskMessage m, long spiI, long spiR) {
        if (sa.config().profile().natTraversal()) {
            m.add(NatDetection.fakedSource(ctx.suite(), ctx.random(), spiI, spiR, sa.local()));
            m.add(NatDetection.destination(ctx.suite(), spiI, spiR, sa.remote()));
        }
    }

    private Status processResponse(TaskMessage m) {
        Optional<NotifyPayload> invalidKe = m.notify(NotifyType.INVALID_KE_PAYLOAD);
        if (invalidKe.isPresent()) {
            byte[] d = invalidKe.get().data();
            Optional<DhGroup> wanted = d.length == 2
                    ? DhGroup.fromWire(((d[0] & 0xff) << 8) | (d[1] & 0xff)) : Optional.empty();
            if (wanted.isPresent() && wanted.get() != group && retries++ < MAX_RETRIES
                    && ProposalSelector.ikeGroups(sa.config().profile(), ctx.suite())
                            .contains(wanted.get())) {
                group = wanted.get();
                ke = null;
                return Status.NEED_MORE;
            }
            failure = NotifyType.INVALID_KE_PAYLOAD;
            return Status.FAILED;
        }
        Optional<NotifyPayload> c = m.notify(NotifyType.COOKIE);
        if (c.isPresent() && retries++ < MAX_RETRIES) {
            cookie = c.get().data();
            return Status.NEED_MORE;
        }
        Optional<NotifyPayload> error = m.error();
        if (error.isPresent()) {
            failure = error.get().notifyType();
            return Status.FAILED;
        }
        List<Proposal> answer = m.first(SaPayload.class).orElseThrow().proposals();
        KePayload kePayload = m.first(KePayload.class).orElseThrow();
        try {
            chosen = ProposalSelector.selectIke(answer, sa.config().profile(), ctx.suite(),
                    group.id());
        } catch (NoProposalChosenException e) {
            failure = NotifyType.NO_PROPOSAL_CHOSEN;
            return Status.FAILED;
        }
        if (answer.size() != 1 || chosen.dh() != group || kePayload.dhGroup() != group.id()) {
            failure = NotifyType.INVALID_SYNTAX;
            return Status.FAILED;
        }
        long spiR = m.header().spiResponder();
        sa.setSpis(sa.spiI(), spiR);
        sa.setNonces(nonce, m.first(NoncePayload.class).orElseThrow().nonce());
        byte[] secret;
        try {
            secret = ke.computeSharedSecret(kePayload.keyData());
        } catch (InvalidPublicValueException e) {
            failure = NotifyType.INVALID_SYNTAX;
            return Status.FAILED;
        }
        detectNat(m, sa.spiI(), spiR);
        IkeKeys.install(ctx, sa, chosen, secret);
        return Status.SUCCESS;
    }

    private Status processRequest(TaskMessage m) throws InvalidSyntaxException,
            NoProposalChosenException, InvalidKeException {
        List<Proposal> offered = m.first(SaPayload.class).orElseThrow().proposals();
        KePayload kePayload = m.first(KePayload.class).orElseThrow();
        ProfileConfig profile = sa.config().profile();
        for (Proposal p : offered) {
            try {
                chosen = ProposalSelector.selectIke(List.of(p), profile, ctx.suite(),
                        kePayload.dhGroup());
                chosenNumber = p.number();
                break;
            } catch (NoProposalChosenException e) {
                // try the next proposal
            }
        }
        if (chosen == null) {
            throw new NoProposalChosenException("no acceptable IKE proposal");
        }
        if (kePayload.dhGroup() != chosen.dh().id()) {
            throw new InvalidKeException(chosen.dh().id());
        }
        byte[] ni = m.first(NoncePayload.class).orElseThrow().nonce();
        nonce = ctx.nonces().nonce(NONCE_LENGTH);
        group = chosen.dh();
        ke = ctx.suite().keyExchange(group);
        byte[] secret;
        try {
            secret = ke.computeSharedSecret(kePayload.keyData());
        } catch (InvalidPublicValueException e) {
            throw new InvalidSyntaxException("bad KE data: " + e.getMessage());
        }
        sa.setSpis(m.header().spiInitiator(), sa.spiR());
        sa.setNonces(ni, nonce);
        detectNat(m, m.header().spiInitiator(), 0);
        IkeKeys.install(ctx, sa, chosen, secret);
        return Status.NEED_MORE;
    }

    private void detectNat(TaskMessage m, long spiI, long spiR) {
        List<NotifyPayload> src = m.notifies(NotifyType.NAT_DETECTION_SOURCE_IP);
        List<NotifyPayload> dst = m.notifies(NotifyType.NAT_DETECTION_DESTINATION_IP);
        if (src.isEmpty() || dst.isEmpty() || !sa.config().profile().natTraversal()) {
            return;
        }
        sa.setNat(NatDetection.localBehindNat(ctx.suite(), dst, spiI, spiR, sa.local()),
                NatDetection.remoteBehindNat(ctx.suite(), src, spiI, spiR, sa.remote()));
    }

    private Status buildResponse(TaskMessage m) {
        m.add(new SaPayload(List.of(ProposalSelector.ikeAnswer(chosenNumber, new byte[0], chosen))));
        m.add(new KePayload(group.id(), ke.publicValue()));
        m.add(new NoncePayload(nonce));
        addNatd(m, sa.spiI(), sa.spiR());
        return Status.SUCCESS;
    }
}
