package io.rosipsec.ipsec;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the engine needs for one peer, resolved from the RouterOS menus: the peer, its
 * profile and identity, the policies that name the peer, and the proposals those policies name.
 *
 * @param peer the {@code /ip ipsec peer}
 * @param profile the peer's {@code /ip ipsec profile}
 * @param identity the {@code /ip ipsec identity} for the peer
 * @param policies the {@code /ip ipsec policy} items with {@code peer} = this peer; the first
 *     encrypting one is negotiated with IKE_AUTH
 * @param proposals {@code /ip ipsec proposal} items by name
 */
public record IkeSessionConfig(
        PeerConfig peer,
        ProfileConfig profile,
        IdentityConfig identity,
        List<PolicyConfig> policies,
        Map<String, ProposalConfig> proposals) {

    public IkeSessionConfig {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(identity, "identity");
        policies = List.copyOf(policies);
        proposals = Map.copyOf(proposals);
        for (PolicyConfig p : policies) {
            if (!proposals.containsKey(p.proposal())) {
                throw new IllegalArgumentException("policy names unknown proposal " + p.proposal());
            }
        }
    }

    /** The proposal a policy names. */
    public ProposalConfig proposalFor(PolicyConfig policy) {
        return proposals.get(policy.proposal());
    }
}
