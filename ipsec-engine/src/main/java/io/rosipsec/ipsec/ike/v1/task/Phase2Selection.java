package io.rosipsec.ipsec.ike.v1.task;

import io.rosipsec.ipsec.ProfileConfig.ProposalCheck;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.ike.v1.message.EncapsulationMode;
import io.rosipsec.ipsec.ike.v1.message.Ikev1ProtocolId;
import io.rosipsec.ipsec.ike.v1.message.Phase2Offer;
import io.rosipsec.ipsec.ike.v1.message.ProposalPayload;
import io.rosipsec.ipsec.ike.v1.message.TransformPayload;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quick Mode transform offers and the responder's choice, including RouterOS's {@code proposal-check} on the
 * lifetime (terraform-provider-routeros description of {@code proposal_check}; project spec §1.6, §2.5 item 9):
 *
 * <ul>
 *   <li>{@code obey}: accept whatever the initiator proposes;
 *   <li>{@code claim}: take the shorter of proposed and configured, and tell the initiator with
 *       RESPONDER-LIFETIME when ours is shorter;
 *   <li>{@code strict}: reject a proposed lifetime longer than configured, otherwise accept it;
 *   <li>{@code exact}: require the same lifetime.
 * </ul>
 *
 * The same rules apply to a kilobyte lifetime (RFC 2407 §4.5 SA Life Type kilobytes, as strongSwan proposes with
 * {@code life_bytes}), where 0 means none: RouterOS 7 proposals have no byte lifetime, so {@code obey},
 * {@code claim} and {@code strict} accept whatever kilobytes the initiator proposes and {@code exact} rejects
 * any.
 */
final class Phase2Selection {
    /**
     * The outcome of a responder's choice.
     *
     * @param offer the transform as the responder returns it (the initiator's lifetime)
     * @param lifeSeconds the lifetime that applies
     * @param notifyLifetime whether to send RESPONDER-LIFETIME with {@code lifeSeconds}
     * @param lifeKilobytes the byte lifetime that applies, in kilobytes (0 = none)
     */
    record Choice(Phase2Offer offer, long lifeSeconds, boolean notifyLifetime, long lifeKilobytes) {}

    private Phase2Selection() {}

    /** The offers of a proposal for a mode: encryption × integrity (AEAD without integrity). */
    static List<Phase2Offer> offers(CryptoSuite suite, ProposalConfig proposal, EncapsulationMode mode) {
        List<Phase2Offer> out = new ArrayList<>();
        long life = proposal.lifetime().toSeconds();
        for (EncrSpec enc : proposal.encryption()) {
            if (!suite.supports(enc.alg(), enc.keyBits()) || enc.alg().ikev1EspId() < 0) {
                continue;
            }
            if (enc.alg().isAead()) {
                out.add(new Phase2Offer(enc, IntegAlg.NONE, mode, proposal.pfs().orElse(null), life, 0));
                continue;
            }
            for (IntegAlg integ : proposal.integrity()) {
                if (integ != IntegAlg.NONE && suite.supports(integ)) {
                    out.add(new Phase2Offer(enc, integ, mode, proposal.pfs().orElse(null), life, 0));
                }
            }
        }
        return out;
    }

    /**
     * The AH offers of a proposal for a mode ({@code ipsec-protocols=ah}): one per integrity algorithm with an AH
     * transform ID (RFC 2407 §4.4.3); the proposal's encryption algorithms play no part.
     */
    static List<Phase2Offer> ahOffers(CryptoSuite suite, ProposalConfig proposal, EncapsulationMode mode) {
        List<Phase2Offer> out = new ArrayList<>();
        for (IntegAlg integ : proposal.integrity()) {
            if (integ != IntegAlg.NONE && integ.ikev1AhId() >= 0 && suite.supports(integ)) {
                out.add(new Phase2Offer(new EncrSpec(EncrAlg.NULL, 0), integ, mode, proposal.pfs().orElse(null),
                        proposal.lifetime().toSeconds(), 0));
            }
        }
        return out;
    }

    /** The transforms of one ESP ({@code ah} false) or AH proposal. */
    static List<TransformPayload> transforms(List<Phase2Offer> offers, boolean ah) {
        List<TransformPayload> out = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            out.add(ah ? offers.get(i).toAhTransform(i + 1) : offers.get(i).toTransform(i + 1));
        }
        return out;
    }

    /** A transform of a proposal of {@code protocolId} (ESP or AH) in algorithm terms, empty if unknown. */
    static Optional<Phase2Offer> read(int protocolId, TransformPayload t) throws InvalidSyntaxException {
        return protocolId == Ikev1ProtocolId.AH.wire() ? Phase2Offer.fromAhTransform(t) : Phase2Offer.fromTransform(t);
    }

    /** The responder's choice among the peer's transforms, or NO_PROPOSAL_CHOSEN with the log line. */
    static Choice choose(ProposalPayload peer, List<Phase2Offer> local, ProposalCheck check, Ikev1Listener log,
            String peerAddr) throws NoProposalChosenException, InvalidSyntaxException {
        for (TransformPayload t : peer.transforms()) {
            Optional<Phase2Offer> o = read(peer.protocolId(), t);
            if (o.isEmpty()) {
                continue;
            }
            for (Phase2Offer mine : local) {
                if (!mine.sameAlgorithms(o.get())) {
                    continue;
                }
                long proposed = o.get().effectiveLifeSeconds();
                long configured = mine.lifeSeconds();
                long proposedKb = o.get().lifeKilobytes();
                long configuredKb = mine.lifeKilobytes();
                switch (check) {
                    case OBEY:
                        return new Choice(o.get(), proposed, false, proposedKb);
                    case CLAIM:
                        long kb = Phase1Support.tighter(proposedKb, configuredKb);
                        return new Choice(o.get(), Math.min(proposed, configured),
                                configured < proposed || kb != proposedKb, kb);
                    case STRICT:
                        if (proposed > configured) {
                            log.log("ipsec,error", "proposed lifetime " + proposed + "s is longer than configured "
                                    + configured + "s (proposal-check=strict)");
                        } else if (configuredKb > 0 && (proposedKb == 0 || proposedKb > configuredKb)) {
                            log.log("ipsec,error", "proposed lifebytes " + proposedKb + "kB exceed configured "
                                    + configuredKb + "kB (proposal-check=strict)");
                        } else {
                            return new Choice(o.get(), proposed, false, proposedKb);
                        }
                        break;
                    default:
                        if (proposed == configured && proposedKb == configuredKb) {
                            return new Choice(o.get(), proposed, false, proposedKb);
                        }
                        log.log("ipsec,error", "proposed lifetime " + proposed + "s/" + proposedKb
                                + "kB differs from configured " + configured + "s/" + configuredKb
                                + "kB (proposal-check=exact)");
                        break;
                }
            }
        }
        log.log("ipsec,error", "no suitable proposal found.");
        log.log("ipsec,error", peerAddr + " failed to get valid proposal.");
        throw new NoProposalChosenException("no acceptable Quick Mode transform");
    }
}
