package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.ipsec.crypto.CryptoSuite;
import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.ike.sa.ChildAlgorithms;
import io.rosipsec.ipsec.ike.sa.IkeAlgorithms;
import io.rosipsec.ipsec.ike.v2.message.Proposal;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.message.Transform;
import io.rosipsec.ipsec.ike.v2.message.TransformType;
import io.rosipsec.ipsec.ike.wire.NoProposalChosenException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the proposals we offer from the RouterOS profile and proposal items, and selects from a
 * peer's offer (RFC 7296 §2.7, §3.3.6). Everything is filtered through the crypto suite's {@code
 * supports(...)}, so a back end is never negotiated into an algorithm it lacks (guideline 7).
 *
 * <p>Selection follows the peer's order: the first peer proposal for which every transform type
 * has a transform we also accept wins, and within it the first acceptable transform of each type.
 * RouterOS's {@code proposal-check} compares IKEv1 lifetimes only; IKEv2 does not negotiate
 * lifetimes, so it plays no part here (see {@link ProfileConfig.ProposalCheck}).
 */
public final class ProposalSelector {
    /** A selected ESP proposal: its algorithms, number and the peer's SPI. */
    public record EspChoice(ChildAlgorithms algorithms, int number, byte[] peerSpi) {}

    private ProposalSelector() {}

    /** Our IKE SA offer: one proposal carrying every configured transform. */
    public static List<Proposal> ikeOffer(ProfileConfig profile, CryptoSuite suite, byte[] spi) {
        List<Transform> t = new ArrayList<>();
        for (EncrSpec e : ikeEncryption(profile, suite)) {
            t.add(encr(e));
        }
        if (suite.supports(profile.prf())) {
            t.add(new Transform(TransformType.PRF, profile.prf().ikev2Id()));
        }
        if (suite.supports(profile.integrity())) {
            t.add(new Transform(TransformType.INTEG, profile.integrity().ikev2Id()));
        }
        for (DhGroup g : ikeGroups(profile, suite)) {
            t.add(new Transform(TransformType.DH, g.id()));
        }
        return List.of(new Proposal(1, ProtocolId.IKE, spi, t));
    }

    /** The DH groups we accept for the IKE SA, in configured order. */
    public static List<DhGroup> ikeGroups(ProfileConfig profile, CryptoSuite suite) {
        return profile.groups().stream().filter(suite::supports).toList();
    }

    private static List<EncrSpec> ikeEncryption(ProfileConfig profile, CryptoSuite suite) {
        return profile.encryption().stream()
                .filter(e -> e.alg() != EncrAlg.NULL && suite.supports(e.alg(), e.keyBits()))
                .toList();
    }

    /**
     * Selects IKE SA algorithms from the peer's offer. Among the acceptable groups of the chosen
     * proposal the one the peer sent its KE in is preferred, which avoids an INVALID_KE_PAYLOAD
     * round when possible (as strongSwan does).
     *
     * @throws NoProposalChosenException if no proposal is acceptable
     */
    public static IkeAlgorithms selectIke(List<Proposal> offered, ProfileConfig profile,
            CryptoSuite suite, int keGroup) throws NoProposalChosenException {
        List<EncrSpec> encs = ikeEncryption(profile, suite);
        List<DhGroup> groups = ikeGroups(profile, suite);
        for (Proposal p : offered) {
            if (p.protocol() != ProtocolId.IKE) {
                continue;
            }
            Optional<EncrSpec> enc = firstEnc(p, encs);
            Optional<PrfAlg> prf = first(p, TransformType.PRF, List.of(profile.prf()),
                    PrfAlg::ikev2Id);
            if (enc.isEmpty() || prf.isEmpty() || !suite.supports(prf.get())) {
                continue;
            }
            IntegAlg integ = IntegAlg.NONE;
            if (!enc.get().alg().isAead()) {
                Optional<IntegAlg> i = first(p, TransformType.INTEG, List.of(profile.integrity()),
                        IntegAlg::ikev2Id);
                if (i.isEmpty() || !suite.supports(i.get())) {
                    continue;
                }
                integ = i.get();
            }
            Optional<DhGroup> dh = groups.stream().filter(g -> g.id() == keGroup)
                    .filter(g -> offers(p, TransformType.DH, g.id())).findFirst();
            if (dh.isEmpty()) {
                dh = first(p, TransformType.DH, groups, DhGroup::id);
            }
            if (dh.isEmpty()) {
                continue;
            }
            return new IkeAlgorithms(enc.get(), integ, prf.get(), dh.get());
        }
        throw new NoProposalChosenException("no acceptable IKE proposal in " + offered);
    }

    /** The single-proposal answer for the chosen IKE algorithms. */
    public static Proposal ikeAnswer(int number, byte[] spi, IkeAlgorithms a) {
        List<Transform> t = new ArrayList<>();
        t.add(encr(a.enc()));
        t.add(new Transform(TransformType.PRF, a.prf().ikev2Id()));
        if (a.integ() != IntegAlg.NONE) {
            t.add(new Transform(TransformType.INTEG, a.integ().ikev2Id()));
        }
        t.add(new Transform(TransformType.DH, a.dh().id()));
        return new Proposal(number, ProtocolId.IKE, spi, t);
    }

    /** Our ESP offer for a proposal item: non-AEAD ciphers with integrity, AEAD ones without. */
    public static List<Proposal> espOffer(ProposalConfig config, CryptoSuite suite, int spi,
            DhGroup pfs) {
        byte[] spiBytes = spiBytes(spi);
        List<Transform> plain = new ArrayList<>();
        List<Transform> aead = new ArrayList<>();
        for (EncrSpec e : config.encryption()) {
            if (suite.supports(e.alg(), e.keyBits())) {
                (e.alg().isAead() ? aead : plain).add(encr(e));
            }
        }
        List<Proposal> out = new ArrayList<>();
        List<Transform> integ = new ArrayList<>();
        for (IntegAlg i : config.integrity()) {
            if (suite.supports(i)) {
                integ.add(new Transform(TransformType.INTEG, i.ikev2Id()));
            }
        }
        if (!plain.isEmpty() && !integ.isEmpty()) {
            plain.addAll(integ);
            out.add(new Proposal(out.size() + 1, ProtocolId.ESP, spiBytes, tail(plain, pfs)));
        }
        if (!aead.isEmpty()) {
            out.add(new Proposal(out.size() + 1, ProtocolId.ESP, spiBytes, tail(aead, pfs)));
        }
        return out;
    }

    private static List<Transform> tail(List<Transform> t, DhGroup pfs) {
        List<Transform> out = new ArrayList<>(t);
        if (pfs != null) {
            out.add(new Transform(TransformType.DH, pfs.id()));
        }
        out.add(new Transform(TransformType.ESN, 0));
        return out;
    }

    /**
     * Selects ESP algorithms from the peer's offer.
     *
     * @param pfs the group we require for PFS, or {@code null} (no KE: DH transforms are then
     *     ignored, as for the IKE_AUTH child, RFC 7296 §1.2)
     */
    public static EspChoice selectEsp(List<Proposal> offered, ProposalConfig config,
            CryptoSuite suite, DhGroup pfs) throws NoProposalChosenException {
        List<EncrSpec> encs = config.encryption().stream()
                .filter(e -> suite.supports(e.alg(), e.keyBits())).toList();
        List<IntegAlg> integs = config.integrity().stream().filter(suite::supports).toList();
        for (Proposal p : offered) {
            if (p.protocol() != ProtocolId.ESP || p.spi().length != 4) {
                continue;
            }
            Optional<EncrSpec> enc = firstEnc(p, encs);
            if (enc.isEmpty()) {
                continue;
            }
            IntegAlg integ = IntegAlg.NONE;
            if (!enc.get().alg().isAead()) {
                Optional<IntegAlg> i = first(p, TransformType.INTEG,
                        integs.stream().filter(x -> x != IntegAlg.NONE).toList(), IntegAlg::ikev2Id);
                if (i.isEmpty()) {
                    continue;
                }
                integ = i.get();
            } else if (!p.transforms(TransformType.INTEG).isEmpty()
                    && !offers(p, TransformType.INTEG, IntegAlg.NONE.ikev2Id())) {
                continue;
            }
            if (pfs != null && !offers(p, TransformType.DH, pfs.id())) {
                continue;
            }
            boolean esn = !p.transforms(TransformType.ESN).isEmpty()
                    && !offers(p, TransformType.ESN, 0);
            return new EspChoice(new ChildAlgorithms(enc.get(), integ, esn, pfs), p.number(),
                    p.spi());
        }
        throw new NoProposalChosenException("no acceptable ESP proposal");
    }

    /**
     * Our AH offer for a proposal item (RFC 7296 §3.3.1: an AH proposal carries INTEG, optional DH and ESN
     * transforms, no ENCR): one proposal with every configured integrity algorithm except {@code null}.
     */
    public static List<Proposal> ahOffer(ProposalConfig config, CryptoSuite suite, int spi, DhGroup pfs) {
        List<Transform> integ = new ArrayList<>();
        for (IntegAlg i : config.integrity()) {
            if (i != IntegAlg.NONE && suite.supports(i)) {
                integ.add(new Transform(TransformType.INTEG, i.ikev2Id()));
            }
        }
        return integ.isEmpty() ? List.of() : List.of(new Proposal(1, ProtocolId.AH, spiBytes(spi), tail(integ, pfs)));
    }

    /**
     * Selects AH algorithms from the peer's offer: the first AH proposal with an integrity algorithm we accept (and
     * the PFS group when one is required). The result has {@link EncrAlg#NULL} as its cipher.
     */
    public static EspChoice selectAh(List<Proposal> offered, ProposalConfig config, CryptoSuite suite, DhGroup pfs)
            throws NoProposalChosenException {
        List<IntegAlg> integs = config.integrity().stream().filter(i -> i != IntegAlg.NONE && suite.supports(i))
                .toList();
        for (Proposal p : offered) {
            if (p.protocol() != ProtocolId.AH || p.spi().length != 4
                    || !p.transforms(TransformType.ENCR).isEmpty()) {
                continue;
            }
            Optional<IntegAlg> i = first(p, TransformType.INTEG, integs, IntegAlg::ikev2Id);
            if (i.isEmpty() || pfs != null && !offers(p, TransformType.DH, pfs.id())) {
                continue;
            }
            boolean esn = !p.transforms(TransformType.ESN).isEmpty() && !offers(p, TransformType.ESN, 0);
            return new EspChoice(new ChildAlgorithms(new EncrSpec(EncrAlg.NULL, 0), i.get(), esn, pfs), p.number(),
                    p.spi());
        }
        throw new NoProposalChosenException("no acceptable AH proposal");
    }

    /** The single-proposal answer for chosen AH algorithms with our SPI. */
    public static Proposal ahAnswer(int number, int spi, ChildAlgorithms a) {
        List<Transform> t = new ArrayList<>();
        t.add(new Transform(TransformType.INTEG, a.integ().ikev2Id()));
        if (a.pfs() != null) {
            t.add(new Transform(TransformType.DH, a.pfs().id()));
        }
        t.add(new Transform(TransformType.ESN, a.esn() ? 1 : 0));
        return new Proposal(number, ProtocolId.AH, spiBytes(spi), t);
    }

    /** The single-proposal answer for chosen ESP algorithms with our SPI. */
    public static Proposal espAnswer(int number, int spi, ChildAlgorithms a) {
        List<Transform> t = new ArrayList<>();
        t.add(encr(a.enc()));
        if (a.integ() != IntegAlg.NONE) {
            t.add(new Transform(TransformType.INTEG, a.integ().ikev2Id()));
        }
        if (a.pfs() != null) {
            t.add(new Transform(TransformType.DH, a.pfs().id()));
        }
        t.add(new Transform(TransformType.ESN, a.esn() ? 1 : 0));
        return new Proposal(number, ProtocolId.ESP, spiBytes(spi), t);
    }

    /** An ESP SPI as the 4 proposal bytes. */
    public static byte[] spiBytes(int spi) {
        return new byte[] {(byte) (spi >>> 24), (byte) (spi >>> 16), (byte) (spi >>> 8), (byte) spi};
    }

    /** The 4 proposal bytes as an ESP SPI. */
    public static int spiValue(byte[] spi) {
        return ((spi[0] & 0xff) << 24) | ((spi[1] & 0xff) << 16) | ((spi[2] & 0xff) << 8)
                | (spi[3] & 0xff);
    }

    private static Transform encr(EncrSpec e) {
        return e.alg().hasKeyLengthAttribute()
                ? new Transform(TransformType.ENCR, e.alg().ikev2Id(), e.keyBits())
                : new Transform(TransformType.ENCR, e.alg().ikev2Id());
    }

    private static Optional<EncrSpec> firstEnc(Proposal p, List<EncrSpec> ours) {
        for (Transform t : p.transforms(TransformType.ENCR)) {
            for (EncrSpec e : ours) {
                boolean lengthOk = e.alg().hasKeyLengthAttribute()
                        ? t.keyLength().isPresent() && t.keyLength().getAsInt() == e.keyBits()
                        : t.keyLength().isEmpty();
                if (t.id() == e.alg().ikev2Id() && lengthOk) {
                    return Optional.of(e);
                }
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<T> first(Proposal p, TransformType type, List<T> ours,
            java.util.function.ToIntFunction<T> id) {
        for (Transform t : p.transforms(type)) {
            for (T o : ours) {
                if (t.id() == id.applyAsInt(o) && t.attributes().isEmpty()) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean offers(Proposal p, TransformType type, int id) {
        return p.transforms(type).stream().anyMatch(t -> t.id() == id);
    }
}
