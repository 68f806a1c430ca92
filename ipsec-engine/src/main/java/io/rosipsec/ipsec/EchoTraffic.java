package io.rosipsec.ipsec;

import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The traffic the engine originates on request: ICMP echo (RFC 792) through the tunnels, as RouterOS's {@code /ping}
 * (one request per interval, each waiting for its reply) or as a bounded burst that does not wait. The caller's
 * thread paces and waits; each request is handed to the data path on the loop ({@link LoopCalls}).
 */
final class EchoTraffic {
    private final LoopCalls loop;

    EchoTraffic(LoopCalls loop) {
        this.loop = loop;
    }

    /** See {@link IpsecEngine#ping}. */
    List<EchoResult> ping(InetAddress src, InetAddress dst, int count, int size, Duration interval,
            Duration timeout, Consumer<EchoResult> each) throws InterruptedException {
        if (size < 28 || size > 0xFFFF) {
            throw new IllegalArgumentException("size must be 28..65535");
        }
        int identifier = new SecureRandom().nextInt(0x10000);
        List<EchoResult> out = new ArrayList<>();
        for (int seq = 0; seq < count; seq++) {
            long start = System.nanoTime();
            final int s = seq;
            EchoResult result;
            if (loop.current() == null) {
                Thread.sleep(timeout.toMillis());
                result = EchoResult.timeout(seq, dst);
            } else {
                CompletableFuture<EchoResult> f = loop.call(r -> {
                    InetAddress from = src != null ? src : r.datapath.sourceFor(dst);
                    return r.datapath.echo(from, dst, identifier, s, size, timeout);
                }, CompletableFuture.completedFuture(EchoResult.timeout(seq, dst)));
                result = await(f, timeout, seq, dst);
            }
            out.add(result);
            each.accept(result);
            long wait = interval.toNanos() - (System.nanoTime() - start);
            if (seq + 1 < count && wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return out;
    }

    /** See {@link IpsecEngine#burst}. */
    List<EchoResult> burst(InetAddress src, InetAddress dst, int count, int size, Duration interval,
            Duration timeout) throws InterruptedException {
        if (size < 28 || size > 0xFFFF || count < 1 || count > 0x10000) {
            throw new IllegalArgumentException("size must be 28..65535 and count 1..65536");
        }
        int identifier = new SecureRandom().nextInt(0x10000);
        List<CompletableFuture<EchoResult>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int seq = 0; seq < count; seq++) {
            long wait = start + seq * interval.toNanos() - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            final int s = seq;
            sent.add(loop.call(r -> r.datapath.echo(src, dst, identifier, s, size, timeout),
                    CompletableFuture.completedFuture(EchoResult.timeout(seq, dst))));
        }
        List<EchoResult> out = new ArrayList<>();
        for (int seq = 0; seq < count; seq++) {
            out.add(await(sent.get(seq), timeout, seq, dst));
        }
        return out;
    }

    /** The request's result, or a timeout when it does not come within {@code timeout} plus the call timeout. */
    private static EchoResult await(CompletableFuture<EchoResult> f, Duration timeout, int seq, InetAddress dst)
            throws InterruptedException {
        try {
            return f.get(timeout.toMillis() + EngineRuntime.CALL_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return EchoResult.timeout(seq, dst);
        }
    }
}
