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
 * @param templates the enabled policy templates ({@code template=yes}) of every group, in menu order; a responder
 *     uses those of the identity's {@code policy-template-group} when {@code generate-policy} is on ({@link
 *     #candidateTemplates()})
 */
public record IkeSessionConfig(
        PeerConfig peer,
        ProfileConfig profile,
        IdentityConfig identity,
        List<PolicyConfig> policies,
        Map<String, ProposalConfig> proposals,
        List<PolicyTemplate> templates) {

    /** A session without policy templates. */
    public IkeSessionConfig(PeerConfig peer, ProfileConfig profile, IdentityConfig identity,
            List<PolicyConfig> policies, Map<String, ProposalConfig> proposals) {
        this(peer, profile, identity, policies, proposals, List.of());
    }

    public IkeSessionConfig {
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(identity, "identity");
        policies = List.copyOf(policies);
        proposals = Map.copyOf(proposals);
        templates = List.copyOf(templates);
        for (PolicyConfig p : policies) {
            if (!proposals.containsKey(p.proposal())) {
                throw new IllegalArgumentException("policy names unknown proposal " + p.proposal());
            }
        }
        for (PolicyTemplate t : templates) {
            if (!proposals.containsKey(t.proposal())) {
                throw new IllegalArgumentException("policy template names unknown proposal " + t.proposal());
            }
        }
    }

    /** The same session with these policy templates. */
    public IkeSessionConfig withTemplates(List<PolicyTemplate> list) {
        return new IkeSessionConfig(peer, profile, identity, policies, proposals, list);
    }

    /**
     * The templates a responder may generate a policy from: none with {@code generate-policy=no}, otherwise those of
     * the identity's {@code policy-template-group}, in menu order.
     */
    public List<PolicyTemplate> candidateTemplates() {
        if (identity.generatePolicy() == IdentityConfig.GeneratePolicy.NO) {
            return List.of();
        }
        return templates.stream().filter(t -> t.group().equals(identity.policyTemplateGroup())).toList();
    }

    /**
     * Whether {@code policy} (a Child SA's) was generated from a template rather than configured: it is not one of
     * {@link #policies()}.
     */
    public boolean isGenerated(PolicyConfig policy) {
        return policy != null && !policies.contains(policy);
    }

    /** The proposal a policy names. */
    public ProposalConfig proposalFor(PolicyConfig policy) {
        return proposals.get(policy.proposal());
    }
}
