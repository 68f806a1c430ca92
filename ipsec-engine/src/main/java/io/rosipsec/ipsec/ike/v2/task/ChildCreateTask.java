package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.ike.keymat.ChildKeys;
import io.rosipsec.ipsec.ike.keymat.Ikev2Kdf;
import io.rosipsec.ipsec.ike.sa.ChildAlgorithms;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.KePayload;
import io.rosipsec.ipsec.ike.v2.message.NoncePayload;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.v2.message.Proposal;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.message.SaPayload;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import io.rosipsec.ipsec.ike.v2.message.TsPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidKeException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.TsUnacceptableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Negotiates one Child SA pair: the first one inside IKE_AUTH with the IKE_SA_INIT nonces and
 * never a KE (RFC 7296 §1.2, §2.17), or an additional one with CREATE_CHILD_SA and fresh nonces,
 * with KE payloads when the proposal has a {@code pfs-group} (§1.3.1). ESP proposal, traffic
 * selectors narrowed to the responder's policy (§2.9), transport mode when both policies say
 * {@code tunnel=no}. A responder without a matching static policy generates one from its identity's policy
 * templates when {@code generate-policy} is on ({@link TemplateSelection}); otherwise TS_UNACCEPTABLE.
 *
 * <pre>
 * IKE_AUTH:         HDR, SK { ..., [N(USE_TRANSPORT_MODE),] SAi2, TSi, TSr }  --&gt;
 *                              &lt;--  HDR, SK { ..., [N(USE_TRANSPORT_MODE),] SAr2, TSi, TSr }
 * CREATE_CHILD_SA:  HDR, SK { [N(USE_TRANSPORT_MODE),] SA, Ni, [KEi,] TSi, TSr }  --&gt;
 *                              &lt;--  HDR, SK { [N(USE_TRANSPORT_MODE),] SA, Nr, [KEr,] TSi, TSr }
 *                              &lt;--  HDR, SK { N(NO_PROPOSAL_CHOSEN | TS_UNACCEPTABLE | INVALID_KE_PAYLOAD) }
 * </pre>
 *
 * KEYMAT = prf+(SK_d, [g^ir (new) |] Ni | Nr). A Child failure is reported through {@link
 * Ikev2Listener#childSaFailed} and leaves the IKE SA up ("failed to establish CHILD_SA, keeping
 * IKE_SA"). {@link ChildRekeyTask} reuses this task for the SA, nonce, KE and TS part of a rekey.
 */
public final class ChildCreateTask implements Task {
    private final EngineContext ctx;
    private final IkeSa sa;
    private final Ikev2Listener listener;
    private final boolean initiator;
    private final ExchangeType exchange;
    private final PolicyConfig initiatorPolicy;
    private final ChildSaRecord replacing;
    private int spiIn;
    private int spiOut;
    private ChildAlgorithms algorithms;
    private int proposalNumber;
    private boolean transport;
    private List<TrafficSelector> tsi;
    private List<TrafficSelector> tsr;
    private PolicyConfig policy;
    private IkeProtocolException childError;
    private NotifyType failure;
    private DhGroup pfs;
    private KeyExchange ke;
    private byte[] nonce;
    private byte[] peerNonce;
    private byte[] dhSecret;
    private ChildSaRecord child;

    /** An IKE_AUTH initiator task for {@code policy}. */
    public ChildCreateTask(EngineContext ctx, IkeSa sa, Ikev2Listener listener,
            PolicyConfig policy) {
        this(ctx, sa, listener, true, ExchangeType.IKE_AUTH, policy, null);
    }

    /** An IKE_AUTH responder task. */
    public ChildCreateTask(EngineContext ctx, IkeSa sa, Ikev2Listener listener) {
        this(ctx, sa, listener, false, ExchangeType.IKE_AUTH, null, null);
    }

    private ChildCreateTask(EngineContext ctx, IkeSa sa, Ikev2Listener listener,
            boolean initiator, ExchangeType exchange, PolicyConfig policy,
            ChildSaRecord replacing) {
        this.ctx = ctx;
        this.sa = sa;
        this.listener = listener;
        this.initiator = initiator;
        this.exchange = exchange;
        this.initiatorPolicy = policy;
        this.replacing = replacing;
    }

    /** A CREATE_CHILD_SA initiator task for an additional Child SA of {@code policy}. */
    public static ChildCreateTask additional(EngineContext ctx, IkeSa sa, Ikev2Listener listener,
            PolicyConfig policy) {
        return new ChildCreateTask(ctx, sa, listener, true, ExchangeType.CREATE_CHILD_SA, policy,
                null);
    }

    /** A CREATE_CHILD_SA responder task. */
    public static ChildCreateTask additionalResponder(EngineContext ctx, IkeSa sa,
            Ikev2Listener listener) {
        return new ChildCreateTask(ctx, sa, listener, false, ExchangeType.CREATE_CHILD_SA, null,
                null);
    }

    /** The SA/nonce/KE/TS part of a rekey of {@code old} (initiator), reported by the caller. */
    static ChildCreateTask rekeying(EngineContext ctx, IkeSa sa, Ikev2Listener listener,
            ChildSaRecord old) {
        return new ChildCreateTask(ctx, sa, listener, true, ExchangeType.CREATE_CHILD_SA,
                old.policy(), old);
    }

    /** The responder part of a rekey of {@code old}, reported by the caller. */
    static ChildCreateTask rekeyResponder(EngineContext ctx, IkeSa sa, Ikev2Listener listener,
            ChildSaRecord old) {
        return new ChildCreateTask(ctx, sa, listener, false, ExchangeType.CREATE_CHILD_SA, null,
                old);
    }

    @Override
    public ExchangeType exchange() {
        return exchange;
    }

    @Override
    public NotifyType failure() {
        return failure == null ? NotifyType.UNKNOWN : failure;
    }

    /** The pair this task installed, if it got that far. */
    Optional<ChildSaRecord> child() {
        return Optional.ofNullable(child);
    }

    /** Why the Child SA was not created, if it was not. */
    Optional<NotifyType> error() {
        return Optional.ofNullable(failure);
    }

    /** The nonces of this CREATE_CHILD_SA exchange, ours and the peer's (RFC 7296 §2.8.1). */
    byte[][] nonces() {
        return new byte[][] {nonce.clone(), peerNonce.clone()};
    }

    private boolean ccs() {
        return exchange == ExchangeType.CREATE_CHILD_SA;
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
        policy = initiatorPolicy;
        ProposalConfig proposal = sa.config().proposalFor(policy);
        if (spiIn == 0) {
            spiIn = ctx.spis().childSpi();
            if (ccs()) {
                nonce = ctx.nonces().nonce(IkeInitTask.NONCE_LENGTH);
                pfs = proposal.pfs().filter(ctx.suite()::supports).orElse(null);
                ke = pfs == null ? null : ctx.suite().keyExchange(pfs);
            }
        }
        if (!policy.tunnel()) {
            m.add(new NotifyPayload(NotifyType.USE_TRANSPORT_MODE, new byte[0]));
        }
        m.add(new SaPayload(policy.ah() ? ProposalSelector.ahOffer(proposal, ctx.suite(), spiIn, pfs)
                : ProposalSelector.espOffer(proposal, ctx.suite(), spiIn, pfs)));
        if (ccs()) {
            m.add(new NoncePayload(nonce));
            if (ke != null) {
                m.add(new KePayload(pfs.id(), ke.publicValue()));
            }
        }
        if (replacing != null) {
            m.add(new TsPayload(true, replacing.localTs()));
            m.add(new TsPayload(false, replacing.remoteTs()));
        } else {
            m.add(new TsPayload(true, List.of(TsNarrowing.selector(policy.srcAddress(),
                    policy.srcPort(), policy.protocol()))));
            m.add(new TsPayload(false, List.of(TsNarrowing.selector(policy.dstAddress(),
                    policy.dstPort(), policy.protocol()))));
        }
        return Status.NEED_MORE;
    }

    private Status refused(NotifyType why) {
        failure = why;
        if (replacing == null) {
            listener.childSaFailed(sa, why);
        }
        return Status.SUCCESS;
    }

    private Status processResponse(TaskMessage m) {
        Optional<NotifyPayload> error = m.error();
        Optional<SaPayload> saPayload = m.first(SaPayload.class);
        if (error.isPresent() || saPayload.isEmpty()) {
            return refused(error.map(NotifyPayload::notifyType)
                    .orElse(NotifyType.NO_PROPOSAL_CHOSEN));
        }
        ProposalConfig proposal = sa.config().proposalFor(policy);
        List<Proposal> answer = saPayload.get().proposals();
        try {
            ProposalSelector.EspChoice choice = policy.ah()
                    ? ProposalSelector.selectAh(answer, proposal, ctx.suite(), pfs)
                    : ProposalSelector.selectEsp(answer, proposal, ctx.suite(), pfs);
            if (answer.size() != 1) {
                throw new NoProposalChosenException("responder chose " + answer.size());
            }
            algorithms = choice.algorithms();
            spiOut = ProposalSelector.spiValue(choice.peerSpi());
        } catch (NoProposalChosenException e) {
            return refused(NotifyType.NO_PROPOSAL_CHOSEN);
        }
        if (ccs()) {
            Optional<NoncePayload> nr = m.first(NoncePayload.class);
            Optional<KePayload> ker = m.first(KePayload.class);
            if (nr.isEmpty() || pfs != null && (ker.isEmpty() || ker.get().dhGroup() != pfs.id())) {
                return refused(NotifyType.INVALID_SYNTAX);
            }
            peerNonce = nr.get().nonce();
            if (ke != null) {
                try {
                    dhSecret = ke.computeSharedSecret(ker.get().keyData());
                } catch (InvalidPublicValueException e) {
                    return refused(NotifyType.INVALID_SYNTAX);
                }
            }
        }
        tsi = ts(m, true);
        tsr = ts(m, false);
        TrafficSelector ourSrc = TsNarrowing.selector(policy.srcAddress(), policy.srcPort(),
                policy.protocol());
        TrafficSelector ourDst = TsNarrowing.selector(policy.dstAddress(), policy.dstPort(),
                policy.protocol());
        if (!TsNarrowing.within(tsi, ourSrc) || !TsNarrowing.within(tsr, ourDst)) {
            return refused(NotifyType.TS_UNACCEPTABLE);
        }
        transport = !policy.tunnel() && m.notify(NotifyType.USE_TRANSPORT_MODE).isPresent();
        install();
        return Status.SUCCESS;
    }

    private Status processRequest(TaskMessage m) throws IkeProtocolException {
        Optional<SaPayload> saPayload = m.first(SaPayload.class);
        if (saPayload.isEmpty()) {
            return Status.SUCCESS;
        }
        Optional<KePayload> kei = m.first(KePayload.class);
        if (ccs()) {
            peerNonce = m.first(NoncePayload.class)
                    .orElseThrow(() -> new InvalidSyntaxException("CREATE_CHILD_SA without Ni"))
                    .nonce();
        }
        List<TrafficSelector> offeredI = ts(m, true);
        List<TrafficSelector> offeredR = ts(m, false);
        IkeProtocolException refusal = null;
        for (PolicyConfig p : candidates(offeredI, offeredR,
                m.notify(NotifyType.USE_TRANSPORT_MODE).isPresent())) {
            if (p.action() != PolicyConfig.Action.ENCRYPT) {
                continue;
            }
            // The initiator's TSi is our remote side (dst), its TSr our local side (src).
            List<TrafficSelector> ni = TsNarrowing.narrow(offeredI,
                    TsNarrowing.selector(p.dstAddress(), p.dstPort(), p.protocol()));
            List<TrafficSelector> nr = TsNarrowing.narrow(offeredR,
                    TsNarrowing.selector(p.srcAddress(), p.srcPort(), p.protocol()));
            if (ni.isEmpty() || nr.isEmpty()) {
                continue;
            }
            ProposalConfig proposal = sa.config().proposalFor(p);
            DhGroup group = ccs() ? proposal.pfs().filter(ctx.suite()::supports).orElse(null)
                    : null;
            try {
                ProposalSelector.EspChoice choice = p.ah()
                        ? ProposalSelector.selectAh(saPayload.get().proposals(), proposal, ctx.suite(), group)
                        : ProposalSelector.selectEsp(saPayload.get().proposals(), proposal, ctx.suite(), group);
                if (group != null && (kei.isEmpty() || kei.get().dhGroup() != group.id())) {
                    // RFC 7296 §1.3: the KE must be in the group of the selected proposal.
                    throw new InvalidKeException(group.id());
                }
                algorithms = choice.algorithms();
                proposalNumber = choice.number();
                spiOut = ProposalSelector.spiValue(choice.peerSpi());
            } catch (NoProposalChosenException | InvalidKeException e) {
                refusal = refusal instanceof InvalidKeException ? refusal : e;
                continue;
            }
            policy = p;
            pfs = group;
            tsi = ni;
            tsr = nr;
            transport = !p.tunnel() && m.notify(NotifyType.USE_TRANSPORT_MODE).isPresent();
            spiIn = ctx.spis().childSpi();
            if (ccs()) {
                nonce = ctx.nonces().nonce(IkeInitTask.NONCE_LENGTH);
            }
            if (pfs != null) {
                ke = ctx.suite().keyExchange(pfs);
                try {
                    dhSecret = ke.computeSharedSecret(kei.get().keyData());
                } catch (InvalidPublicValueException e) {
                    throw new InvalidSyntaxException("bad KE data: " + e.getMessage());
                }
            }
            return Status.NEED_MORE;
        }
        childError = refusal != null ? refusal
                : new TsUnacceptableException("no policy matches the proposed traffic selectors");
        return Status.NEED_MORE;
    }

    /**
     * The static policies in menu order, then, with {@code generate-policy} on, one dynamic policy per matching
     * template of the identity's {@code policy-template-group} ({@link TemplateSelection}).
     */
    private List<PolicyConfig> candidates(List<TrafficSelector> offeredI, List<TrafficSelector> offeredR,
            boolean transportRequested) {
        List<PolicyConfig> out = new ArrayList<>(sa.config().policies());
        out.addAll(TemplateSelection.candidates(sa.config(), offeredI, offeredR, transportRequested));
        return out;
    }

    private Status buildResponse(TaskMessage m) {
        if (childError != null) {
            m.add(NotifyPayload.of(childError));
            return refused(childError.notifyType());
        }
        if (policy == null) {
            return Status.SUCCESS;
        }
        if (transport) {
            m.add(new NotifyPayload(NotifyType.USE_TRANSPORT_MODE, new byte[0]));
        }
        m.add(new SaPayload(List.of(policy.ah() ? ProposalSelector.ahAnswer(proposalNumber, spiIn, algorithms)
                : ProposalSelector.espAnswer(proposalNumber, spiIn, algorithms))));
        if (ccs()) {
            m.add(new NoncePayload(nonce));
            if (ke != null) {
                m.add(new KePayload(pfs.id(), ke.publicValue()));
            }
        }
        m.add(new TsPayload(true, tsi));
        m.add(new TsPayload(false, tsr));
        install();
        return Status.SUCCESS;
    }

    private static List<TrafficSelector> ts(TaskMessage m, boolean initiatorTs) {
        return m.all(TsPayload.class).stream().filter(t -> t.isInitiator() == initiatorTs)
                .findFirst().map(TsPayload::selectors).orElse(List.of());
    }

    /**
     * KEYMAT = prf+(SK_d, [g^ir |] Ni | Nr) with the nonces of this exchange; the initiator of
     * the exchange sends with the i→r slices (RFC 7296 §2.17).
     */
    private void install() {
        int encLen = algorithms.enc().alg().keymatLength(algorithms.enc().keyBits());
        byte[] skD = sa.record().orElseThrow().skD();
        byte[] ni = !ccs() ? sa.ni() : initiator ? nonce : peerNonce;
        byte[] nr = !ccs() ? sa.nr() : initiator ? peerNonce : nonce;
        try (ChildKeys k = Ikev2Kdf.childKeys(
                ctx.suite().prf(sa.algorithms().orElseThrow().prf()), skD, dhSecret, ni, nr,
                encLen, algorithms.integ().keyLength())) {
            List<TrafficSelector> local = initiator ? tsi : tsr;
            List<TrafficSelector> remote = initiator ? tsr : tsi;
            child = new ChildSaRecord(policy.ah() ? ProtocolId.AH : ProtocolId.ESP, spiIn, spiOut, algorithms,
                    transport ? EspMode.TRANSPORT : EspMode.TUNNEL,
                    initiator ? k.encRi() : k.encIr(), initiator ? k.encIr() : k.encRi(),
                    initiator ? k.integRi() : k.integIr(), initiator ? k.integIr() : k.integRi(),
                    local, remote, sa.natDetected(), ctx.nowMillis(),
                    sa.config().proposalFor(policy).lifetime(), policy);
            sa.addChild(child);
            if (replacing == null) {
                listener.childSaEstablished(sa, child);
            }
        } finally {
            Arrays.fill(skD, (byte) 0);
            if (dhSecret != null) {
                Arrays.fill(dhSecret, (byte) 0);
            }
        }
    }
}
