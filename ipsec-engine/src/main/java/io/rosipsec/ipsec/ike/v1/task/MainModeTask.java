package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.crypto.InvalidPublicValueException;
import io.rosipsec.ipsec.crypto.KeyExchange;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.message.HashPayload;
import io.rosipsec.ipsec.ike.v1.message.IdPayload;
import io.rosipsec.ipsec.ike.v1.message.IkeV1Message;
import io.rosipsec.ipsec.ike.v1.message.Ikev1NotifyType;
import io.rosipsec.ipsec.ike.v1.message.KePayload;
import io.rosipsec.ipsec.ike.v1.message.NatDPayload;
import io.rosipsec.ipsec.ike.v1.message.NoncePayload;
import io.rosipsec.ipsec.ike.v1.message.NotificationPayload;
import io.rosipsec.ipsec.ike.v1.message.Phase1Offer;
import io.rosipsec.ipsec.ike.v1.message.SaPayload;
import io.rosipsec.ipsec.ike.v1.message.VendorIdPayload;
import io.rosipsec.ipsec.ike.wire.ExchangeType;
import io.rosipsec.ipsec.ike.wire.IkeProtocolException;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import java.util.List;

/**
 * Main Mode (Identity Protection) with pre-shared keys, six messages (RFC 2409 §5, project spec §1.2):
 *
 * <pre>
 * (1) HDR, SA, V(DPD), V(RFC 3947)                 --&gt;
 *                                                  &lt;--  (2) HDR, SA, V(DPD), V(RFC 3947)
 * (3) HDR, KE, Ni, NAT-D, NAT-D                    --&gt;
 *                                                  &lt;--  (4) HDR, KE, Nr, NAT-D, NAT-D
 * (5) HDR*, IDii, HASH_I [, N(INITIAL-CONTACT)]    --&gt;                      (UDP 4500 after NAT-D)
 *                                                  &lt;--  (6) HDR*, IDir, HASH_R
 * </pre>
 *
 * The pre-shared key is the one of the peer chosen by address, before identities are known.
 */
public final class MainModeTask implements Task {
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
    private List<NatDPayload> peerNatD = List.of();
    private int step;

    public MainModeTask(EngineContext ctx, Ikev1Sa sa, Ikev1Listener log) {
        this.ctx = ctx;
        this.sa = sa;
        this.log = log;
        this.initiator = sa.isInitiator();
    }

    @Override
    public ExchangeType exchange() {
        return ExchangeType.IDENTITY_PROTECTION;
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
        switch (step) {
            case 1 -> {
                offers = Phase1Support.offers(ctx.suite(), sa.config().profile(), null);
                if (offers.isEmpty()) {
                    throw new NoProposalChosenException("the profile has no usable phase-1 transform");
                }
                SaPayload saI = Phase1Support.saPayload(offers);
                saiBody = saI.body();
                out.add(saI).addAll(Phase1Support.vendorIds(sa.config().profile()));
            }
            case 3 -> {
                dh = ctx.suite().keyExchange(chosen.group());
                gxi = dh.publicValue();
                ni = ctx.nonces().nonce(Phase1Support.NONCE_LENGTH);
                out.add(new KePayload(gxi)).add(new NoncePayload(ni));
                if (natT) {
                    out.addAll(Phase1Support.natD(ctx, sa));
                }
            }
            case 5 -> {
                IdPayload id = Phase1Support.myId(sa);
                out.encrypt().add(id).add(new HashPayload(Phase1Support.hash(sa, true, gxi, gxr, saiBody, id.body())));
                if (sa.config().peer().sendInitialContact()) {
                    out.add(NotificationPayload.isakmp(Ikev1NotifyType.INITIAL_CONTACT, sa.ckyI(), sa.ckyR(),
                            new byte[0]));
                }
            }
            default -> throw new IllegalStateException("Main Mode initiator has no message " + step);
        }
        return Status.NEED_MORE;
    }

    private Status processInitiator(IkeV1Message m) throws IkeProtocolException {
        switch (step) {
            case 2 -> {
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
            }
            case 4 -> {
                gxr = m.first(KePayload.class).orElseThrow().data();
                nr = m.first(NoncePayload.class).orElseThrow().data();
                Phase1Support.deriveKeys(ctx, sa, chosen, shared(gxr), ni, nr, gxi, gxr);
                Phase1Support.processNatD(ctx, sa, m.all(NatDPayload.class));
                Phase1Support.floatIfNat(sa);
            }
            case 6 -> {
                IdPayload id = m.first(IdPayload.class).orElseThrow();
                byte[] expected = Phase1Support.hash(sa, false, gxi, gxr, saiBody, id.body());
                Phase1Support.verify(expected, m.first(HashPayload.class).orElseThrow().data(), log, peer());
                Phase1Support.checkRemoteId(sa, id, log);
                sa.setState(IkeSa.State.ESTABLISHED);
                return Status.SUCCESS;
            }
            default -> throw new InvalidSyntaxException("unexpected Main Mode message " + step);
        }
        return Status.NEED_MORE;
    }

    private Status processResponder(IkeV1Message m) throws IkeProtocolException {
        switch (step) {
            case 1 -> {
                SaPayload saI = m.first(SaPayload.class).orElseThrow();
                saiBody = saI.body();
                offers = Phase1Support.offers(ctx.suite(), sa.config().profile(), null);
                accept(Phase1Support.select(saI, offers, log, peer()), m.all(VendorIdPayload.class));
            }
            case 3 -> {
                gxi = m.first(KePayload.class).orElseThrow().data();
                ni = m.first(NoncePayload.class).orElseThrow().data();
                peerNatD = m.all(NatDPayload.class);
            }
            case 5 -> {
                IdPayload id = m.first(IdPayload.class).orElseThrow();
                byte[] expected = Phase1Support.hash(sa, true, gxi, gxr, saiBody, id.body());
                Phase1Support.verify(expected, m.first(HashPayload.class).orElseThrow().data(), log, peer());
                Phase1Support.checkRemoteId(sa, id, log);
                sa.setInitialContact(m.all(NotificationPayload.class).stream()
                        .anyMatch(n -> n.notifyType() == Ikev1NotifyType.INITIAL_CONTACT));
            }
            default -> throw new InvalidSyntaxException("unexpected Main Mode message " + step);
        }
        return Status.NEED_MORE;
    }

    private Status buildResponder(Outgoing out) throws IkeProtocolException {
        switch (step) {
            case 2 -> out.add(Phase1Support.chosen(chosen)).addAll(Phase1Support.vendorIds(sa.config().profile()));
            case 4 -> {
                dh = ctx.suite().keyExchange(chosen.group());
                gxr = dh.publicValue();
                nr = ctx.nonces().nonce(Phase1Support.NONCE_LENGTH);
                out.add(new KePayload(gxr)).add(new NoncePayload(nr));
                Phase1Support.deriveKeys(ctx, sa, chosen, shared(gxi), ni, nr, gxi, gxr);
                if (natT) {
                    out.addAll(Phase1Support.natD(ctx, sa));
                }
                Phase1Support.processNatD(ctx, sa, peerNatD); // floats when message 5 arrives on 4500
            }
            case 6 -> {
                IdPayload id = Phase1Support.myId(sa);
                out.encrypt().add(id).add(new HashPayload(Phase1Support.hash(sa, false, gxi, gxr, saiBody,
                        id.body())));
                sa.setState(IkeSa.State.ESTABLISHED);
                return Status.SUCCESS;
            }
            default -> throw new IllegalStateException("Main Mode responder has no message " + step);
        }
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
