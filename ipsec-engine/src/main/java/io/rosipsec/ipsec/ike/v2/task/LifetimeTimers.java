package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.EngineScheduler;
import io.rosipsec.ipsec.ike.sa.ChildSaRecord;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Soft and hard lifetime timers of the SAs of one IKE SA (project spec §1.6). IKEv2 does not
 * negotiate lifetimes (RFC 7296 §2.8): each end runs its own timers from its own configuration,
 * the IKE SA from the profile's {@code lifetime}, a Child SA from its proposal's {@code lifetime}.
 * The hard lifetime is that value; the soft lifetime, at which this end starts the rekey, is
 * {@link #soft(Duration, SecureRandom) ≈ 80 %} of it with a random jitter, so that two ends with
 * the same configuration rarely rekey at once (as strongSwan subtracts {@code rand_time}). At the
 * hard lifetime an SA that is still there is deleted. A Child SA's soft lifetime starts a
 * {@link ChildRekeyTask}, its hard lifetime a {@link ChildDeleteTask}.
 */
final class LifetimeTimers {
    /** Soft lifetime without jitter: 85 % of the hard one. */
    static final double SOFT_FRACTION = 0.85;
    /** Jitter subtracted from it: up to 10 % of the hard lifetime, so soft ∈ [75 %, 85 %]. */
    static final double JITTER_FRACTION = 0.10;

    private record Pair(EngineScheduler.Timer soft, EngineScheduler.Timer hard) {}

    private final EngineContext ctx;
    private final TaskManager manager;
    private final Ikev2Listener listener;
    private final Map<Object, Pair> timers = new HashMap<>();

    LifetimeTimers(EngineContext ctx, TaskManager manager, Ikev2Listener listener) {
        this.ctx = ctx;
        this.manager = manager;
        this.listener = listener;
    }

    /** The soft lifetime for {@code hard}: 85 % minus a random jitter of up to 10 %. */
    static Duration soft(Duration hard, SecureRandom random) {
        long h = hard.toMillis();
        long jitter = (long) (h * JITTER_FRACTION * (random.nextInt(1 << 20) / (double) (1 << 20)));
        return Duration.ofMillis(Math.max(0, (long) (h * SOFT_FRACTION) - jitter));
    }

    /** Whether timers run for {@code key} already. */
    boolean armed(Object key) {
        return timers.containsKey(key);
    }

    /**
     * Arms both timers for an SA created at {@code createdAtMillis}: {@code onSoft} at the soft
     * lifetime, {@code onHard} at the hard one. A zero lifetime disables both.
     */
    void arm(Object key, long createdAtMillis, Duration hard, Runnable onSoft, Runnable onHard) {
        cancel(key);
        if (hard.isZero() || hard.isNegative()) {
            return;
        }
        long age = ctx.nowMillis() - createdAtMillis;
        Duration soft = soft(hard, ctx.random()).minusMillis(age);
        Duration rest = hard.minusMillis(age);
        EngineScheduler.Timer s = ctx.scheduler().schedule(max0(soft), onSoft);
        EngineScheduler.Timer h = ctx.scheduler().schedule(max0(rest), onHard);
        timers.put(key, new Pair(s, h));
    }

    /** Cancels the timers of {@code key}. */
    void cancel(Object key) {
        Pair p = timers.remove(key);
        if (p != null) {
            p.soft().cancel();
            p.hard().cancel();
        }
    }

    /** Cancels the timers of every key not in {@code live}. */
    void retain(java.util.Collection<?> live) {
        for (Object k : java.util.List.copyOf(timers.keySet())) {
            if (!live.contains(k)) {
                cancel(k);
            }
        }
    }

    /** Cancels everything. */
    void cancelAll() {
        for (Object k : java.util.List.copyOf(timers.keySet())) {
            cancel(k);
        }
    }

    /** Arms the IKE SA timers: soft starts an {@link IkeRekeyTask}, hard an IkeDeleteTask. */
    void armIke() {
        IkeSa sa = manager.sa();
        sa.record().ifPresent(r -> arm(sa, r.createdAtMillis(), r.lifetime(), () -> {
            if (!manager.destroyed() && sa.state() == IkeSa.State.ESTABLISHED) {
                manager.start(new IkeRekeyTask(ctx, manager, listener, true));
            }
        }, () -> {
            if (!manager.destroyed() && sa.state() != IkeSa.State.DELETING) {
                manager.start(new IkeDeleteTask(sa, true));
            }
        }));
    }

    /** Arms lifetime timers for new Child SAs and drops those of Child SAs that are gone. */
    void syncChildren() {
        if (manager.destroyed()) {
            return;
        }
        Set<Object> live = manager.sa().children().stream().map(c -> (Object) c)
                .collect(Collectors.toSet());
        live.add(manager.sa());
        retain(live);
        for (ChildSaRecord c : manager.sa().children()) {
            if (!armed(c)) {
                arm(c, c.createdAtMillis(), c.lifetime(), () -> softExpired(c),
                        () -> hardExpired(c));
            }
        }
    }

    private void softExpired(ChildSaRecord c) {
        if (!manager.destroyed() && manager.sa().children().contains(c)
                && c.state() == ChildSaRecord.State.INSTALLED && c.policy() != null) {
            manager.start(new ChildRekeyTask(ctx, manager, listener, c));
        }
    }

    private void hardExpired(ChildSaRecord c) {
        if (!manager.destroyed() && manager.sa().children().contains(c)
                && c.state() != ChildSaRecord.State.DELETING) {
            manager.start(new ChildDeleteTask(manager.sa(), listener, c.spiIn()));
        }
    }

    private static Duration max0(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
