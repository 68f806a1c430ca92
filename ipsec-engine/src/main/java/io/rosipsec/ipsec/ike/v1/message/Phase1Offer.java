package io.rosipsec.ipsec.ike.v1.message;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrAlg;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.ike.wire.IkeAttribute;
import io.rosipsec.ipsec.ike.wire.InvalidSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One phase-1 transform in algorithm terms: encryption with key size, the hash (which in IKEv1 is also the HMAC
 * PRF, RFC 2409 §4), authentication method, DH group and the lifetimes in seconds and kilobytes (0 = not sent).
 * Converts to and from a KEY_IKE {@link TransformPayload}; the Key Length attribute is sent only for
 * variable-key ciphers (project spec §2.5 item 4).
 *
 * @param enc encryption algorithm and key size
 * @param hash the Hash Algorithm attribute, as the PRF it selects
 * @param auth Authentication Method
 * @param group Group Description
 * @param lifeSeconds Life Duration in seconds (0 = attribute omitted)
 * @param lifeKilobytes Life Duration in kilobytes (0 = attribute omitted)
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409#appendix-A">RFC 2409 App. A</a>
 */
public record Phase1Offer(EncrSpec enc, PrfAlg hash, Ikev1AuthMethod auth, DhGroup group, long lifeSeconds,
        long lifeKilobytes) {

    public Phase1Offer {
        Objects.requireNonNull(enc, "enc");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(group, "group");
        if (enc.alg().ikev1Phase1Id() == EncrAlg.NONE) {
            throw new IllegalArgumentException(enc.alg() + " has no IKEv1 phase-1 value");
        }
        if (lifeSeconds < 0 || lifeKilobytes < 0) {
            throw new IllegalArgumentException("negative lifetime");
        }
    }

    /** The transform with its attributes, in strongSwan's order. */
    public TransformPayload toTransform(int number) {
        List<IkeAttribute> a = new ArrayList<>();
        a.add(IkeAttribute.tv(Phase1Attribute.ENCRYPTION_ALGORITHM.wire(), enc.alg().ikev1Phase1Id()));
        if (enc.alg().hasKeyLengthAttribute()) {
            a.add(IkeAttribute.tv(Phase1Attribute.KEY_LENGTH.wire(), enc.keyBits()));
        }
        a.add(IkeAttribute.tv(Phase1Attribute.HASH_ALGORITHM.wire(), hash.ikev1HashId()));
        a.add(IkeAttribute.tv(Phase1Attribute.AUTHENTICATION_METHOD.wire(), auth.wire()));
        a.add(IkeAttribute.tv(Phase1Attribute.GROUP_DESCRIPTION.wire(), group.id()));
        if (lifeSeconds > 0) {
            a.add(IkeAttribute.tv(Phase1Attribute.LIFE_TYPE.wire(), LifeType.SECONDS.wire()));
            a.add(IkeAttribute.basicOrVariable(Phase1Attribute.LIFE_DURATION.wire(), lifeSeconds));
        }
        if (lifeKilobytes > 0) {
            a.add(IkeAttribute.tv(Phase1Attribute.LIFE_TYPE.wire(), LifeType.KILOBYTES.wire()));
            a.add(IkeAttribute.basicOrVariable(Phase1Attribute.LIFE_DURATION.wire(), lifeKilobytes));
        }
        return new TransformPayload(number, TransformPayload.KEY_IKE, a);
    }

    /**
     * Reads a phase-1 transform. Values we do not implement (unknown algorithms, groups defined by attributes,
     * a separate PRF attribute) give an empty result: the transform is skipped, not an error. Structural
     * problems (a Life Duration without a Life Type, a missing mandatory attribute) raise INVALID_SYNTAX.
     */
    public static Optional<Phase1Offer> fromTransform(TransformPayload t) throws InvalidSyntaxException {
        if (t.transformId() != TransformPayload.KEY_IKE) {
            return Optional.empty();
        }
        Integer encId = null;
        Integer hashId = null;
        Integer authId = null;
        Integer groupId = null;
        Integer keyLength = null;
        long seconds = 0;
        long kilobytes = 0;
        LifeType lifeType = null;
        for (IkeAttribute attr : t.attributes()) {
            long v = attr.longValue();
            switch (Phase1Attribute.fromWire(attr.type())) {
                case ENCRYPTION_ALGORITHM -> encId = (int) v;
                case HASH_ALGORITHM -> hashId = (int) v;
                case AUTHENTICATION_METHOD -> authId = (int) v;
                case GROUP_DESCRIPTION -> groupId = (int) v;
                case KEY_LENGTH -> keyLength = (int) v;
                case LIFE_TYPE -> lifeType = LifeType.fromWire((int) v);
                case LIFE_DURATION -> {
                    if (lifeType == LifeType.SECONDS) {
                        seconds = v;
                    } else if (lifeType == LifeType.KILOBYTES) {
                        kilobytes = v;
                    } else {
                        throw new InvalidSyntaxException("Life Duration without a known Life Type");
                    }
                    lifeType = null;
                }
                default -> {
                    return Optional.empty(); // PRF, group definitions, private attributes
                }
            }
        }
        if (encId == null || hashId == null || authId == null || groupId == null) {
            throw new InvalidSyntaxException("phase-1 transform lacks a mandatory attribute");
        }
        Optional<EncrAlg> alg = EncrAlg.fromIkev1Phase1(encId);
        Optional<PrfAlg> prf = PrfAlg.fromIkev1Hash(hashId);
        Optional<DhGroup> group = DhGroup.fromWire(groupId);
        Ikev1AuthMethod auth = Ikev1AuthMethod.fromWire(authId);
        if (alg.isEmpty() || prf.isEmpty() || group.isEmpty() || auth == Ikev1AuthMethod.UNKNOWN) {
            return Optional.empty();
        }
        int bits = keyLength != null ? keyLength : alg.get().defaultKeyBits();
        if (!alg.get().isValidKeyBits(bits)) {
            return Optional.empty();
        }
        return Optional.of(new Phase1Offer(new EncrSpec(alg.get(), bits), prf.get(), auth, group.get(),
                seconds, kilobytes));
    }

    /** The same offer with other lifetimes. */
    public Phase1Offer withLifetimes(long seconds, long kilobytes) {
        return new Phase1Offer(enc, hash, auth, group, seconds, kilobytes);
    }

    /** Whether the algorithms (not the lifetimes) are the same. */
    public boolean sameAlgorithms(Phase1Offer o) {
        return enc.equals(o.enc) && hash == o.hash && auth == o.auth && group == o.group;
    }
}
