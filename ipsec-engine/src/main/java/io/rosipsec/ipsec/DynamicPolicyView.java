package io.rosipsec.ipsec;

import java.net.InetAddress;

/**
 * One dynamic {@code /ip ipsec policy} row (flag {@code D}): a policy a responder generated from a template
 * ({@code generate-policy}) for a Child SA that is installed; it is gone once its SAs are (routeros-cli.md §5.8).
 *
 * @param number a stable number for the row while it lives (never the number of another live row)
 * @param policy the generated policy: peer, addresses, ports, protocol, {@code tunnel}, {@code level=unique},
 *     the template's proposal
 * @param saSrc {@code sa-src-address}: our IKE endpoint
 * @param saDst {@code sa-dst-address}: the initiator's IKE endpoint
 * @param ph2Count installed Child SA pairs of this policy
 */
public record DynamicPolicyView(int number, PolicyConfig policy, InetAddress saSrc, InetAddress saDst,
        int ph2Count) {}
