package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.ike.wire.IkeAttribute;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One ESP or AH transform of a Quick Mode proposal in algorithm terms (an AH transform, RFC 2407 §4.4.3, is an offer
 * with {@link EncrAlg#NULL} as {@code enc}, written by {@link #toAhTransform} and read by {@link #fromAhTransform}): the ESP transform ID with key size, the
 * Authentication Algorithm ({@link IntegAlg#NONE} = attribute omitted, for AEAD), the Encapsulation Mode, the
 * Group Description of PFS ({@code null} = none) and the SA lifetimes (0 = not sent; RFC 2407 §4.5 defaults an
 * absent lifetime to 28800 s).
 *
 * @param enc ESP encryption and key size
 * @param auth ESP authentication algorithm
 * @param mode encapsulation mode
 * @param pfs PFS group, or {@code null}
 * @param lifeSeconds SA Life Duration in seconds
 * @param lifeKilobytes SA Life Duration in kilobytes
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2407#section-4.5">RFC 2407 §4.5</a>
 */
public record Phase2Offer(EncrSpec enc, IntegAlg auth, EncapsulationMode mode, DhGroup pfs, long lifeSeconds,
        long lifeKilobytes) {
    /** RFC 2407 §4.5 default lifetime when none is proposed. */
    public static final long DEFAULT_LIFE_SECONDS = 28800;

    public Phase2Offer {
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(mode, "mode");
        if (enc.alg().ikev1EspId() == EncrAlg.NONE) {
            throw new IllegalArgumentException(enc.alg() + " has no IKEv1 ESP transform ID");
        }
        if (mode == EncapsulationMode.UNKNOWN || lifeSeconds < 0 || lifeKilobytes < 0) {
            throw new IllegalArgumentException("bad phase-2 offer");
        }
    }

    /** The ESP transform with its attributes. */
    public TransformPayload toTransform(int number) {
        return new TransformPayload(number, enc.alg().ikev1EspId(), attributes(true));
    }

    /**
     * The AH transform (RFC 2407 §4.4.3: the transform ID names the hash, e.g. AH_SHA, AH_SHA2_256) with the
     * Authentication Algorithm attribute it requires (RFC 2407 §4.5) and no key length.
     *
     * @throws IllegalStateException if this offer has a cipher or no AH-capable integrity algorithm
     */
    public TransformPayload toAhTransform(int number) {
        if (enc.alg() != EncrAlg.NULL || auth == IntegAlg.NONE || auth.ikev1AhId() < 0) {
            throw new IllegalStateException("not an AH offer: " + enc + "/" + auth);
        }
        return new TransformPayload(number, auth.ikev1AhId(), attributes(false));
    }

    private List<IkeAttribute> attributes(boolean esp) {
        List<IkeAttribute> a = new ArrayList<>();
        if (lifeSeconds > 0) {
            a.add(IkeAttribute.tv(Phase2Attribute.SA_LIFE_TYPE.wire(), LifeType.SECONDS.wire()));
            a.add(IkeAttribute.basicOrVariable(Phase2Attribute.SA_LIFE_DURATION.wire(), lifeSeconds));
        }
        if (lifeKilobytes > 0) {
            a.add(IkeAttribute.tv(Phase2Attribute.SA_LIFE_TYPE.wire(), LifeType.KILOBYTES.wire()));
            a.add(IkeAttribute.basicOrVariable(Phase2Attribute.SA_LIFE_DURATION.wire(), lifeKilobytes));
        }
        if (pfs != null) {
            a.add(IkeAttribute.tv(Phase2Attribute.GROUP_DESCRIPTION.wire(), pfs.id()));
        }
        a.add(IkeAttribute.tv(Phase2Attribute.ENCAPSULATION_MODE.wire(), mode.wire()));
        if (auth != IntegAlg.NONE) {
            a.add(IkeAttribute.tv(Phase2Attribute.AUTHENTICATION_ALGORITHM.wire(), auth.ikev1EspAuthId()));
        }
        if (esp && enc.alg().hasKeyLengthAttribute()) {
            a.add(IkeAttribute.tv(Phase2Attribute.KEY_LENGTH.wire(), enc.keyBits()));
        }
        return a;
    }

    /**
     * Reads an AH transform (RFC 2407 §4.4.3); an unknown transform ID or attribute, or an Authentication Algorithm
     * attribute naming another hash than the transform ID, gives an empty result (the transform is skipped).
     */
    public static Optional<Phase2Offer> fromAhTransform(TransformPayload t) throws InvalidSyntaxException {
        Optional<IntegAlg> hash = Arrays.stream(IntegAlg.values())
                .filter(i -> i.ikev1AhId() >= 0 && i.ikev1AhId() == t.transformId()).findFirst();
        if (hash.isEmpty()) {
            return Optional.empty();
        }
        return parse(t, EncrAlg.NULL, hash.get());
    }

    /**
     * Reads an ESP transform; unknown algorithms or attributes give an empty result (the transform is skipped),
     * structural errors raise INVALID_SYNTAX.
     */
    public static Optional<Phase2Offer> fromTransform(TransformPayload t) throws InvalidSyntaxException {
        Optional<EncrAlg> alg = EncrAlg.fromIkev1Esp(t.transformId());
        if (alg.isEmpty()) {
            return Optional.empty();
        }
        return parse(t, alg.get(), null);
    }

    /** @param ahHash the hash an AH transform ID names, {@code null} for ESP */
    private static Optional<Phase2Offer> parse(TransformPayload t, EncrAlg encAlg, IntegAlg ahHash)
            throws InvalidSyntaxException {
        Optional<EncrAlg> alg = Optional.of(encAlg);
        IntegAlg auth = ahHash == null ? IntegAlg.NONE : ahHash;
        EncapsulationMode mode = EncapsulationMode.TUNNEL;
        DhGroup pfs = null;
        Integer keyLength = null;
        long seconds = 0;
        long kilobytes = 0;
        LifeType lifeType = null;
        for (IkeAttribute attr : t.attributes()) {
            long v = attr.longValue();
            switch (Phase2Attribute.fromWire(attr.type())) {
                case SA_LIFE_TYPE -> lifeType = LifeType.fromWire((int) v);
                case SA_LIFE_DURATION -> {
                    if (lifeType == LifeType.SECONDS) {
                        seconds = v;
                    } else if (lifeType == LifeType.KILOBYTES) {
                        kilobytes = v;
                    } else {
                        throw new InvalidSyntaxException("SA Life Duration without a known SA Life Type");
                    }
                    lifeType = null;
                }
                case GROUP_DESCRIPTION -> {
                    Optional<DhGroup> g = DhGroup.fromWire((int) v);
                    if (g.isEmpty()) {
                        return Optional.empty();
                    }
                    pfs = g.get();
                }
                case ENCAPSULATION_MODE -> {
                    mode = EncapsulationMode.fromWire((int) v);
                    if (mode == EncapsulationMode.UNKNOWN) {
                        return Optional.empty();
                    }
                }
                case AUTHENTICATION_ALGORITHM -> {
                    Optional<IntegAlg> i = IntegAlg.fromIkev1EspAuth((int) v);
                    if (i.isEmpty() || ahHash != null && i.get() != ahHash) {
                        return Optional.empty();
                    }
                    auth = i.get();
                }
                case KEY_LENGTH -> {
                    if (ahHash != null) {
                        return Optional.empty(); // AH has no key length
                    }
                    keyLength = (int) v;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (ahHash != null) {
            return Optional.of(new Phase2Offer(new EncrSpec(EncrAlg.NULL, 0), auth, mode, pfs, seconds, kilobytes));
        }
        int bits = keyLength != null ? keyLength : alg.get().defaultKeyBits();
        if (!alg.get().isValidKeyBits(bits)) {
            return Optional.empty();
        }
        if (alg.get().isAead() != (auth == IntegAlg.NONE) && alg.get() != EncrAlg.NULL) {
            return Optional.empty();
        }
        return Optional.of(new Phase2Offer(new EncrSpec(alg.get(), bits), auth, mode, pfs, seconds, kilobytes));
    }

    /** The lifetime in seconds that applies: the proposed one, or the RFC 2407 default. */
    public long effectiveLifeSeconds() {
        return lifeSeconds > 0 ? lifeSeconds : DEFAULT_LIFE_SECONDS;
    }

    /** The same offer with other lifetimes. */
    public Phase2Offer withLifetimes(long seconds, long kilobytes) {
        return new Phase2Offer(enc, auth, mode, pfs, seconds, kilobytes);
    }

    /** Whether algorithms, mode and PFS group (not the lifetimes) are the same. */
    public boolean sameAlgorithms(Phase2Offer o) {
        return enc.equals(o.enc) && auth == o.auth && mode == o.mode && pfs == o.pfs;
    }
}
