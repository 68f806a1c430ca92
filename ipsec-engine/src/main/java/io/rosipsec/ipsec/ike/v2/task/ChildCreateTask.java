package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.esp.EspMode;
import io.rosipsec.ipsec.ike.keymat.ChildKeys;
import io.rosipsec.ipsec.ike.keymat.Ikev2Kdf;
import io.rosipsec.ipsec.ike.sa.ChildAlgorithms;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.NotifyPayload;
import io.rosipsec.ipsec.ike.v2.message.Proposal;
import io.rosipsec.ipsec.ike.v2.message.SaPayload;
import io.rosipsec.ipsec.ike.v2.message.TrafficSelector;
import io.rosipsec.ipsec.ike.v2.message.TsPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import io.rosipsec.ipsec.ike.wire.TsUnacceptableException;
import java.util.List;
import java.util.Optional;

/**
 * The first Child SA, negotiated inside IKE_AUTH with the IKE_SA_INIT nonces and never a KE
 * (RFC 7296 §1.2, §2.17): ESP proposal, traffic selectors narrowed to the responder's policy
 * (§2.9), and transport mode when both policies say {@code tunnel=no} (§1.3.1).
 *
 * <pre>
 * HDR, SK { ..., [N(USE_TRANSPORT_MODE),] SAi2, TSi, TSr }  --&gt;
 *             &lt;--  HDR, SK { ..., [N(USE_TRANSPORT_MODE),] SAr2, TSi, TSr }
 *             &lt;--  HDR, SK { ..., N(NO_PROPOSAL_CHOSEN | TS_UNACCEPTABLE) }
 * </pre>
 *
 * A Child failure is reported through {@link Ikev2Listener#childSaFailed} and leaves the IKE SA
 * up ("failed to establish CHILD_SA, keeping IKE_SA").
 */
public final class ChildCreateTask implements Task {
    private final EngineContext ctx;
    private final IkeSa sa;
    private final Ikev2Listener listener;
    private final boolean initiator;
    private final PolicyConfig initiatorPolicy;
    private int spiIn;
    private int spiOut;
    private ChildAlgorithms algorithms;
    private int proposalNumber;
    private boolean transport;
    private List<TrafficSelector> tsi;
    private List<TrafficSelector> tsr;
    private PolicyConfig policy;
    private IkeProtocolException childError;

    /** An initiator task for {@code policy}. */
    public ChildCreateTask(EngineContext ctx, IkeSa sa, Ikev2Listener listener,
            PolicyConfig policy) {
        this(ctx, sa, listener, true, policy);
    }

    /** A responder task. */
    public ChildCreateTask(EngineContext ctx, IkeSa sa, Ikev2Listener listener) {
        this(ctx, sa, listener, false, null);
    }

    private ChildCreateTask(EngineContext ctx, IkeSa sa, Ikev2Listener listener,
            boolean initiator, PolicyConfig policy) {
        this.ctx = ctx;
        this.sa = sa;
        this.listener = listener;
        this.initiator = initiator;
        this.initiatorPolicy = policy;
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.IKE_AUTH;
    }

    @Override
    public Status build(TaskMessage m) {
        return initiator ? buildRequest(m) : buildResponse(m);
    }

    @Override
    public Status process(TaskMessage m) {
        return initiator ? processResponse(m) : processRequest(m);
    }

    private Status buildRequest(TaskMessage m) {
        policy = initiatorPolicy;
        spiIn = ctx.spis().childSpi();
        ProposalConfig proposal = sa.config().proposalFor(policy);
        if (!policy.tunnel()) {
            m.add(new NotifyPayload(NotifyType.USE_TRANSPORT_MODE, new byte[0]));
        }
        m.add(new SaPayload(ProposalSelector.espOffer(proposal, ctx.suite(), spiIn, null)));
        m.add(new TsPayload(true, List.of(TsNarrowing.selector(policy.srcAddress(),
                policy.srcPort(), policy.protocol()))));
        m.add(new TsPayload(false, List.of(TsNarrowing.selector(policy.dstAddress(),
                policy.dstPort(), policy.protocol()))));
        return Status.NEED_MORE;
    }

    private Status processResponse(TaskMessage m) {
        Optional<NotifyPayload> error = m.error();
        Optional<SaPayload> saPayload = m.first(SaPayload.class);
        if (error.isPresent() || saPayload.isEmpty()) {
            listener.childSaFailed(sa, error.map(NotifyPayload::notifyType)
                    .orElse(NotifyType.NO_PROPOSAL_CHOSEN));
            return Status.SUCCESS;
        }
        ProposalConfig proposal = sa.config().proposalFor(policy);
        List<Proposal> answer = saPayload.get().proposals();
        try {
            ProposalSelector.EspChoice choice = ProposalSelector.selectEsp(answer, proposal,
                    ctx.suite(), null);
            if (answer.size() != 1) {
                throw new NoProposalChosenException("responder chose " + answer.size());
            }
            algorithms = choice.algorithms();
            spiOut = ProposalSelector.spiValue(choice.peerSpi());
        } catch (NoProposalChosenException e) {
            listener.childSaFailed(sa, NotifyType.NO_PROPOSAL_CHOSEN);
            return Status.SUCCESS;
        }
        tsi = ts(m, true);
        tsr = ts(m, false);
        TrafficSelector ourSrc = TsNarrowing.selector(policy.srcAddress(), policy.srcPort(),
                policy.protocol());
        TrafficSelector ourDst = TsNarrowing.selector(policy.dstAddress(), policy.dstPort(),
                policy.protocol());
        if (!TsNarrowing.within(tsi, ourSrc) || !TsNarrowing.within(tsr, ourDst)) {
            listener.childSaFailed(sa, NotifyType.TS_UNACCEPTABLE);
            return Status.SUCCESS;
        }
        transport = !policy.tunnel() && m.notify(NotifyType.USE_TRANSPORT_MODE).isPresent();
        install();
        return Status.SUCCESS;
    }

    private Status processRequest(TaskMessage m) {
        Optional<SaPayload> saPayload = m.first(SaPayload.class);
        if (saPayload.isEmpty()) {
            return Status.SUCCESS;
        }
        List<TrafficSelector> offeredI = ts(m, true);
        List<TrafficSelector> offeredR = ts(m, false);
        NoProposalChosenException noProposal = null;
        for (PolicyConfig p : sa.config().policies()) {
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
            try {
                ProposalSelector.EspChoice choice = ProposalSelector.selectEsp(
                        saPayload.get().proposals(), sa.config().proposalFor(p), ctx.suite(),
                        null);
                algorithms = choice.algorithms();
                proposalNumber = choice.number();
                spiOut = ProposalSelector.spiValue(choice.peerSpi());
            } catch (NoProposalChosenException e) {
                noProposal = e;
                continue;
            }
            policy = p;
            tsi = ni;
            tsr = nr;
            transport = !p.tunnel() && m.notify(NotifyType.USE_TRANSPORT_MODE).isPresent();
            spiIn = ctx.spis().childSpi();
            return Status.NEED_MORE;
        }
        childError = noProposal != null ? noProposal
                : new TsUnacceptableException("no policy matches the proposed traffic selectors");
        return Status.NEED_MORE;
    }

    private Status buildResponse(TaskMessage m) {
        if (childError != null) {
            m.add(NotifyPayload.of(childError));
            listener.childSaFailed(sa, childError.notifyType());
            return Status.SUCCESS;
        }
        if (policy == null) {
            return Status.SUCCESS;
        }
        if (transport) {
            m.add(new NotifyPayload(NotifyType.USE_TRANSPORT_MODE, new byte[0]));
        }
        m.add(new SaPayload(List.of(ProposalSelector.espAnswer(proposalNumber, spiIn, algorithms))));
        m.add(new TsPayload(true, tsi));
        m.add(new TsPayload(false, tsr));
        install();
        return Status.SUCCESS;
    }

    private static List<TrafficSelector> ts(TaskMessage m, boolean initiatorTs) {
        return m.all(TsPayload.class).stream().filter(t -> t.isInitiator() == initiatorTs)
                .findFirst().map(TsPayload::selectors).orElse(List.of());
    }

    /** KEYMAT = prf+(SK_d, Ni | Nr); the initiator sends with the i→r slices. */
    private void install() {
        int encLen = algorithms.enc().alg().keymatLength(algorithms.enc().keyBits());
        byte[] skD = sa.record().orElseThrow().skD();
        try (ChildKeys k = Ikev2Kdf.childKeys(
                ctx.suite().prf(sa.algorithms().orElseThrow().prf()), skD, null, sa.ni(), sa.nr(),
                encLen, algorithms.integ().keyLength())) {
            List<TrafficSelector> local = initiator ? tsi : tsr;
            List<TrafficSelector> remote = initiator ? tsr : tsi;
            ChildSaRecord child = new ChildSaRecord(spiIn, spiOut, algorithms,
                    transport ? EspMode.TRANSPORT : EspMode.TUNNEL,
                    initiator ? k.encRi() : k.encIr(), initiator ? k.encIr() : k.encRi(),
                    initiator ? k.integRi() : k.integIr(), initiator ? k.integIr() : k.integRi(),
                    local, remote, sa.natDetected(), ctx.nowMillis(),
                    sa.config().proposalFor(policy).lifetime());
            sa.addChild(child);
            listener.childSaEstablished(sa, child);
        } finally {
            java.util.Arrays.fill(skD, (byte) 0);
        }
    }
}
