package io.rosipsec.ipsec;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.PrfAlg;
import io.rosipsec.ipsec.crypto.RouterOsAlgorithms;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One {@code /ip ipsec profile} item: the phase-1 (IKE SA) algorithms and timers. Names are
 * RouterOS spellings, resolved through {@link RouterOsAlgorithms} when the record is built, so an
 * unknown name fails here and not during a negotiation. For IKEv2, {@code enc-algorithm aes-256}
 * means ENCR_AES_CBC with a 256-bit key, {@code hash-algorithm} selects the INTEG transform, and
 * {@code prf-algorithm=auto} takes the PRF from {@code hash-algorithm}.
 *
 * @param name profile name
 * @param hashAlgorithm {@code hash-algorithm} (default {@code sha1})
 * @param prfAlgorithm {@code prf-algorithm} ({@code auto} by default)
 * @param encAlgorithms {@code enc-algorithm} list (default {@code aes-128,3des})
 * @param dhGroups {@code dh-group} list (default {@code modp2048,modp1024}); the first is the
 *     group the initiator sends its KE in
 * @param lifetime {@code lifetime} (default 1d)
 * @param dpdInterval {@code dpd-interval} (default 2m; {@link Duration#ZERO} = {@code
 *     disable-dpd})
 * @param dpdMaximumFailures {@code dpd-maximum-failures} (default 5)
 * @param natTraversal {@code nat-traversal} (default yes)
 * @param proposalCheck {@code proposal-check} (default obey)
 * @param lifeBytes {@code lifebytes}: phase-1 lifetime in bytes (default 0 = none); IKEv1 proposes it as a
 *     Life Duration in kilobytes (RFC 2409 Appendix A)
 * @see <a href="https://help.mikrotik.com/docs/display/ROS/IPsec">RouterOS IPsec: Profiles</a>
 */
public record ProfileConfig(
        String name,
        String hashAlgorithm,
        String prfAlgorithm,
        List<String> encAlgorithms,
        List<String> dhGroups,
        Duration lifetime,
        Duration dpdInterval,
        int dpdMaximumFailures,
        boolean natTraversal,
        ProposalCheck proposalCheck,
        long lifeBytes) {

    /**
     * RouterOS {@code proposal-check}: how a responder compares the initiator's phase-2 lifetime
     * with its own. Only IKEv1 negotiates lifetimes (RFC 2407 §4.5); IKEv2 does not (RFC 7296
     * §2.8: each end rekeys on its own timer), so for IKEv2 every value behaves like {@code
     * obey}: the local proposal's lifetime applies and the peer's is never compared.
     */
    public enum ProposalCheck {
        OBEY,
        STRICT,
        CLAIM,
        EXACT;

        public String routerOsName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static ProposalCheck parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    public ProfileConfig {
        Objects.requireNonNull(name, "name");
        encAlgorithms = List.copyOf(encAlgorithms);
        dhGroups = List.copyOf(dhGroups);
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(dpdInterval, "dpdInterval");
        Objects.requireNonNull(proposalCheck, "proposalCheck");
        if (encAlgorithms.isEmpty() || dhGroups.isEmpty()) {
            throw new IllegalArgumentException("enc-algorithm and dh-group must not be empty");
        }
        if (lifeBytes < 0) {
            throw new IllegalArgumentException("lifebytes must not be negative");
        }
        if (dpdMaximumFailures < 1 || dpdMaximumFailures > 100) {
            throw new IllegalArgumentException("dpd-maximum-failures must be 1..100");
        }
        // Resolve every name once so that bad input fails at configuration time.
        RouterOsAlgorithms.resolveAll(encAlgorithms, RouterOsAlgorithms::profileEncryption, "enc-algorithm");
        RouterOsAlgorithms.resolveAll(dhGroups, RouterOsAlgorithms::dhGroup, "dh-group");
        RouterOsAlgorithms.profileHashIntegrity(hashAlgorithm)
                .orElseThrow(() -> new IllegalArgumentException("hash-algorithm " + hashAlgorithm));
        RouterOsAlgorithms.profilePrf(prfAlgorithm, hashAlgorithm)
                .orElseThrow(() -> new IllegalArgumentException("prf-algorithm " + prfAlgorithm));
    }

    /** A profile without {@code lifebytes} (0 = none). */
    public ProfileConfig(String name, String hashAlgorithm, String prfAlgorithm, List<String> encAlgorithms,
            List<String> dhGroups, Duration lifetime, Duration dpdInterval, int dpdMaximumFailures,
            boolean natTraversal, ProposalCheck proposalCheck) {
        this(name, hashAlgorithm, prfAlgorithm, encAlgorithms, dhGroups, lifetime, dpdInterval, dpdMaximumFailures,
                natTraversal, proposalCheck, 0);
    }

    /** This profile with another {@code lifebytes}. */
    public ProfileConfig withLifeBytes(long bytes) {
        return new ProfileConfig(name, hashAlgorithm, prfAlgorithm, encAlgorithms, dhGroups, lifetime, dpdInterval,
                dpdMaximumFailures, natTraversal, proposalCheck, bytes);
    }

    /** The RouterOS 7 {@code default} profile. */
    public static ProfileConfig defaults() {
        return new ProfileConfig("default", "sha1", "auto", List.of("aes-128", "3des"),
                List.of("modp2048", "modp1024"), Duration.ofDays(1), Duration.ofMinutes(2), 5, true,
                ProposalCheck.OBEY);
    }

    /** A profile named {@code name} with these algorithms and the default timers. */
    public static ProfileConfig of(String name, String hash, List<String> enc, List<String> dh) {
        ProfileConfig d = defaults();
        return new ProfileConfig(name, hash, "auto", enc, dh, d.lifetime, d.dpdInterval,
                d.dpdMaximumFailures, d.natTraversal, d.proposalCheck);
    }

    /** The encryption transforms, in configured order. */
    public List<EncrSpec> encryption() {
        return RouterOsAlgorithms.resolveAll(encAlgorithms, RouterOsAlgorithms::profileEncryption, "enc-algorithm");
    }

    /** The IKE integrity transform {@code hash-algorithm} selects. */
    public IntegAlg integrity() {
        return RouterOsAlgorithms.profileHashIntegrity(hashAlgorithm).orElseThrow();
    }

    /** The IKE PRF ({@code prf-algorithm}, or the hash's with {@code auto}). */
    public PrfAlg prf() {
        return RouterOsAlgorithms.profilePrf(prfAlgorithm, hashAlgorithm).orElseThrow();
    }

    /** The DH groups, in configured order. */
    public List<DhGroup> groups() {
        return RouterOsAlgorithms.resolveAll(dhGroups, RouterOsAlgorithms::dhGroup, "dh-group");
    }
}
