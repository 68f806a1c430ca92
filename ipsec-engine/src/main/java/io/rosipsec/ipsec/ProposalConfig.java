package io.rosipsec.ipsec;

import io.rosipsec.ipsec.crypto.DhGroup;
import io.rosipsec.ipsec.crypto.EncrSpec;
import io.rosipsec.ipsec.crypto.IntegAlg;
import io.rosipsec.ipsec.crypto.RouterOsAlgorithms;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code /ip ipsec proposal} item: the phase-2 (Child SA) algorithms. {@code aes-*-gcm} and
 * {@code chacha20poly1305} are combined-mode and are offered without an integrity transform;
 * the others are offered with every {@code auth-algorithms} entry (RFC 7296 §3.3). {@code
 * pfs-group=none} disables PFS; the first Child SA (inside IKE_AUTH) never uses PFS (RFC 7296
 * §1.2).
 *
 * @param name proposal name
 * @param authAlgorithms {@code auth-algorithms} (default {@code sha1})
 * @param encAlgorithms {@code enc-algorithms} (default {@code aes-256-cbc,aes-192-cbc,aes-128-cbc})
 * @param lifetime {@code lifetime} (default 30m)
 * @param pfsGroup {@code pfs-group} (default {@code modp1024}; {@code none} for no PFS)
 * @see <a href="https://help.mikrotik.com/docs/display/ROS/IPsec">RouterOS IPsec: Proposals</a>
 */
public record ProposalConfig(
        String name,
        List<String> authAlgorithms,
        List<String> encAlgorithms,
        Duration lifetime,
        String pfsGroup) {

    public ProposalConfig {
        Objects.requireNonNull(name, "name");
        authAlgorithms = List.copyOf(authAlgorithms);
        encAlgorithms = List.copyOf(encAlgorithms);
        Objects.requireNonNull(lifetime, "lifetime");
        pfsGroup = pfsGroup == null ? "none" : pfsGroup;
        if (encAlgorithms.isEmpty()) {
            throw new IllegalArgumentException("enc-algorithms must not be empty");
        }
        RouterOsAlgorithms.resolveAll(encAlgorithms, RouterOsAlgorithms::proposalEncryption, "enc-algorithms");
        RouterOsAlgorithms.resolveAll(authAlgorithms, RouterOsAlgorithms::proposalAuth, "auth-algorithms");
        if (!pfsGroup.equals("none") && RouterOsAlgorithms.dhGroup(pfsGroup).isEmpty()) {
            throw new IllegalArgumentException("pfs-group " + pfsGroup);
        }
    }

    /** The RouterOS 7 {@code default} proposal. */
    public static ProposalConfig defaults() {
        return new ProposalConfig("default", List.of("sha1"),
                List.of("aes-256-cbc", "aes-192-cbc", "aes-128-cbc"), Duration.ofMinutes(30),
                "modp1024");
    }

    /** A proposal with the default lifetime and no PFS. */
    public static ProposalConfig of(String name, List<String> auth, List<String> enc) {
        return new ProposalConfig(name, auth, enc, Duration.ofMinutes(30), "none");
    }

    public List<EncrSpec> encryption() {
        return RouterOsAlgorithms.resolveAll(encAlgorithms, RouterOsAlgorithms::proposalEncryption, "enc-algorithms");
    }

    /** Integrity transforms ({@code null} maps to {@link IntegAlg#NONE}). */
    public List<IntegAlg> integrity() {
        return RouterOsAlgorithms.resolveAll(authAlgorithms, RouterOsAlgorithms::proposalAuth, "auth-algorithms");
    }

    /** The PFS group, empty for {@code none}. */
    public Optional<DhGroup> pfs() {
        return pfsGroup.equals("none") ? Optional.empty() : RouterOsAlgorithms.dhGroup(pfsGroup);
    }
}
