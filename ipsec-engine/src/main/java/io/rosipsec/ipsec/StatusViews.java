package io.rosipsec.ipsec;

import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v1.task.Ikev1Sa;
import io.rosipsec.ipsec.net.SadEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The read-only {@code /ip ipsec} status views of a running engine, computed on its event loop: {@code installed-sa}
 * (two rows per SA pair), {@code active-peers} ({@link ActivePeerRows}), a policy's {@code ph2-count} and the dynamic
 * ({@code D}) policies generated from templates. Row numbers come from the runtime's {@link RowNumbers}.
 */
final class StatusViews {
    private StatusViews() {}

    /** {@code /ip ipsec installed-sa}: two rows per Child SA pair. */
    static List<InstalledSaView> installedSas(EngineRuntime r, long nowMillis) {
        List<InstalledSaView> out = new ArrayList<>();
        for (SadEntry e : r.datapath.entries()) {
            out.addAll(e.views(r.numbers.number(e, 2), nowMillis));
        }
        return out;
    }

    /** {@code /ip ipsec active-peers}: established IKE SAs, IKEv2 then IKEv1. */
    static List<ActivePeerView> activePeers(EngineRuntime r, long nowMillis) {
        List<ActivePeerView> out = new ArrayList<>();
        List<SadEntry> sad = r.datapath.entries();
        for (IkeSa sa : r.ikev2.ikeSas()) {
            if (sa.state() == IkeSa.State.ESTABLISHED && sa.record().isPresent()) {
                out.add(ActivePeerRows.of(r.numbers.number(sa, 1), sa, sad, nowMillis));
            }
        }
        for (Ikev1Sa sa : r.ikev1.sas()) {
            if (sa.state() == IkeSa.State.ESTABLISHED) {
                out.add(ActivePeerRows.of(r.numbers.number(sa, 1), sa, sad, nowMillis));
            }
        }
        return out;
    }

    /** Installed pairs of the policy's peer whose selectors overlap the policy's addresses. */
    static int ph2Count(EngineRuntime r, PolicyConfig policy) {
        int n = 0;
        for (SadEntry e : r.datapath.entries()) {
            if (e.peer().equals(policy.peer()) && e.overlaps(policy.srcAddress().first(),
                    policy.srcAddress().last(), policy.dstAddress().first(), policy.dstAddress().last())) {
                n++;
            }
        }
        return n;
    }

    /** One dynamic policy per (IKE SA, generated policy) of the installed pairs, in SAD order. */
    static List<DynamicPolicyView> dynamicPolicies(EngineRuntime r) {
        Map<List<Object>, DynamicPolicyView> out = new LinkedHashMap<>();
        for (SadEntry e : r.datapath.entries()) {
            PolicyConfig p = e.child().policy();
            IkeSessionConfig c = e.owner() instanceof Ikev1Sa v1 ? v1.config() : e.ikeSa().config();
            if (!c.isGenerated(p)) {
                continue;
            }
            List<Object> key = List.of(e.owner(), p);
            DynamicPolicyView old = out.get(key);
            int n = r.numbers.dynamic(key);
            out.put(key, new DynamicPolicyView(n, p, e.local().getAddress(), e.remote().getAddress(),
                    old == null ? 1 : old.ph2Count() + 1));
        }
        r.numbers.retainDynamic(out.keySet());
        return List.copyOf(out.values());
    }
}
