package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.message.HashPayload;
import io.rosipsec.ipsec.ike.v1.message.IdPayload;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v1.message.KePayload;
import io.rosipsec.ipsec.ike.v1.message.NatDPayload;
import io.rosipsec.ipsec.ike.v1.message.NoncePayload;
import io.rosipsec.ipsec.ike.v1.message.Phase1Offer;
import io.rosipsec.ipsec.ike.v1.message.SaPayload;
import io.rosipsec.ipsec.ike.v1.message.VendorIdPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import java.util.List;

/**
 * Aggressive Mode with pre-shared keys, three messages (RFC 2409 §5, project spec §1.2). The initiator's KE is
 * in the first message, so it offers only its first {@code dh-group}. The third message goes in the clear as RFC
 * 2409 writes it; an encrypted one is accepted too (some implementations encrypt it).
 *
 * <pre>
 * (1) HDR, SA, KE, Ni, IDii, V*                             --&gt;
 *                          &lt;--  (2) HDR, SA, KE, Nr, IDir, HASH_R, NAT-D, NAT-D, V*
 * (3) HDR, HASH_I, NAT-D, NAT-D                             --&gt;
 * </pre>
 */
public final class AggressiveModeTask implements Task {
    private final EngineContext ctx;
    private final Ikev1Sa sa;
    private final Ikev1Listener log;
    private final boolean initiator;
    private List<Phase1Offer> offers;
    private Phase1Offer chosen;
    private byte[] saiBody;
    private boolean natT;
    private KeyExchange dh;
    private byte[] gxi;
    private byte[] gxr;
    private byte[] ni;
    private byte[] nr;
    private IdPayload idii;
    private int step;

    public AggressiveModeTask(EngineContext ctx, Ikev1Sa sa, Ikev1Listener log) {
        this.ctx = ctx;
        this.sa = sa;
        this.log = log;
        this.initiator = sa.isInitiator();
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.AGGRESSIVE;
    }

    @Override
    public boolean isPhase1() {
        return true;
    }

    @Override
    public Status build(Outgoing out) throws IkeProtocolException {
        step++;
        return initiator ? buildInitiator(out) : buildResponder(out);
    }

    @Override
    public Status process(IkeV1Message m) throws IkeProtocolException {
        step++;
        return initiator ? processInitiator(m) : processResponder(m);
    }

    private Status buildInitiator(Outgoing out) throws IkeProtocolException {
        if (step == 1) {
            offers = Phase1Support.offers(ctx.suite(), sa.config().profile(), sa.config().profile().groups().get(0));
            if (offers.isEmpty()) {
                throw new NoProposalChosenException("the profile has no usable phase-1 transform");
            }
            SaPayload saI = Phase1Support.saPayload(offers);
            saiBody = saI.body();
            dh = ctx.suite().keyExchange(offers.get(0).group());
            gxi = dh.publicValue();
            ni = ctx.nonces().nonce(Phase1Support.NONCE_LENGTH);
            idii = Phase1Support.myId(sa);
            out.add(saI).add(new KePayload(gxi)).add(new NoncePayload(ni)).add(idii)
                    .addAll(Phase1Support.vendorIds(sa.config().profile()));
            return Status.NEED_MORE;
        }
        out.add(new HashPayload(Phase1Support.hash(sa, true, gxi, gxr, saiBody, idii.body())));
        if (natT) {
            out.addAll(Phase1Support.natD(ctx, sa));
        }
        sa.setState(IkeSa.State.ESTABLISHED);
        return Status.SUCCESS;
    }

    private Status processInitiator(IkeV1Message m) throws IkeProtocolException {
        SaPayload saR = m.first(SaPayload.class).orElseThrow();
        if (saR.proposals().size() != 1 || saR.proposals().get(0).transforms().size() != 1) {
            throw new NoProposalChosenException("responder returned more than one transform");
        }
        Phase1Offer o = Phase1Offer.fromTransform(saR.proposals().get(0).transforms().get(0))
                .orElseThrow(() -> new NoProposalChosenException("responder chose an unknown transform"));
        if (offers.stream().noneMatch(mine -> mine.sameAlgorithms(o))) {
            throw new NoProposalChosenException("responder chose a transform we did not offer");
        }
        accept(o, m.all(VendorIdPayload.class));
        gxr = m.first(KePayload.class).orElseThrow().data();
        nr = m.first(NoncePayload.class).orElseThrow().data();
        Phase1Support.deriveKeys(ctx, sa, chosen, shared(gxr), ni, nr, gxi, gxr);
        IdPayload idir = m.first(IdPayload.class).orElseThrow();
        byte[] expected = Phase1Support.hash(sa, false, gxi, gxr, saiBody, idir.body());
        Phase1Support.verify(expected, m.first(HashPayload.class).orElseThrow().data(), log, peer());
        Phase1Support.checkRemoteId(sa, idir, log);
        Phase1Support.processNatD(ctx, sa, m.all(NatDPayload.class));
        return Status.NEED_MORE;
    }

    private Status processResponder(IkeV1Message m) throws IkeProtocolException {
        if (step == 1) {
            SaPayload saI = m.first(SaPayload.class).orElseThrow();
            saiBody = saI.body();
            offers = Phase1Support.offers(ctx.suite(), sa.config().profile(), null);
            accept(Phase1Support.select(saI, offers, log, peer()), m.all(VendorIdPayload.class));
            gxi = m.first(KePayload.class).orElseThrow().data();
            if (gxi.length != chosen.group().publicValueLength()) {
                throw new InvalidSyntaxException("KE does not match the chosen group " + chosen.group());
            }
            ni = m.first(NoncePayload.class).orElseThrow().data();
            idii = m.first(IdPayload.class).orElseThrow();
            Phase1Support.checkRemoteId(sa, idii, log);
            return Status.NEED_MORE;
        }
        byte[] expected = Phase1Support.hash(sa, true, gxi, gxr, saiBody, idii.body());
        Phase1Support.verify(expected, m.first(HashPayload.class).orElseThrow().data(), log, peer());
        Phase1Support.processNatD(ctx, sa, m.all(NatDPayload.class));
        sa.setState(IkeSa.State.ESTABLISHED);
        return Status.SUCCESS;
    }

    private Status buildResponder(Outgoing out) throws IkeProtocolException {
        dh = ctx.suite().keyExchange(chosen.group());
        gxr = dh.publicValue();
        nr = ctx.nonces().nonce(Phase1Support.NONCE_LENGTH);
        Phase1Support.deriveKeys(ctx, sa, chosen, shared(gxi), ni, nr, gxi, gxr);
        IdPayload idir = Phase1Support.myId(sa);
        out.add(Phase1Support.chosen(chosen)).add(new KePayload(gxr)).add(new NoncePayload(nr)).add(idir)
                .add(new HashPayload(Phase1Support.hash(sa, false, gxi, gxr, saiBody, idir.body())));
        if (natT) {
            out.addAll(Phase1Support.natD(ctx, sa));
        }
        out.addAll(Phase1Support.vendorIds(sa.config().profile()));
        return Status.NEED_MORE;
    }

    private void accept(Phase1Offer o, List<VendorIdPayload> peerVids) {
        chosen = o;
        natT = sa.config().profile().natTraversal() && Phase1Support.hasVid(peerVids, Phase1Support.VID_NAT_T);
        sa.install(o, ctx.suite().prf(o.hash()), null, null);
    }

    private byte[] shared(byte[] peerPublic) throws InvalidSyntaxException {
        try {
            return dh.computeSharedSecret(peerPublic);
        } catch (InvalidPublicValueException e) {
            throw new InvalidSyntaxException("invalid KE: " + e.getMessage());
        }
    }

    private String peer() {
        return sa.remote().getAddress().getHostAddress();
    }
}
