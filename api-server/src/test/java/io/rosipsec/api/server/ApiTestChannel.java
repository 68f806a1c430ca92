package io.rosipsec.api.server;

import io.netty.channel.embedded.EmbeddedChannel;
import io.rosipsec.api.wire.ApiReply;
import io.rosipsec.api.wire.ApiSentence;
import io.rosipsec.router.Router;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An {@link ApiSessionHandler} in an {@link EmbeddedChannel}: sentences in, {@link ApiReply} objects out. */
final class ApiTestChannel {
    final Router router;
    final EmbeddedChannel channel;

    ApiTestChannel(Router router) {
        this(router, Duration.ZERO);
    }

    ApiTestChannel(Router router, Duration loginTimeout) {
        this.router = router;
        this.channel = new EmbeddedChannel(new ApiSessionHandler(router, loginTimeout));
    }

    /** Sends one sentence and returns every reply written so far. */
    List<ApiReply> send(String... words) {
        channel.writeInbound(ApiSentence.of(words));
        return drain();
    }

    /** Logs in as admin with the empty password and checks the reply. */
    ApiTestChannel login() {
        List<ApiReply> r = send("/login", "=name=admin", "=password=");
        if (r.size() != 1 || !r.get(0).words().equals(List.of("!done"))) {
            throw new AssertionError("login failed: " + r);
        }
        return this;
    }

    /** Advances the channel's clock and runs what became due; returns the replies written. */
    List<ApiReply> advance(long millis) {
        channel.advanceTimeBy(millis, TimeUnit.MILLISECONDS);
        channel.runPendingTasks();
        channel.runScheduledPendingTasks();
        return drain();
    }

    List<ApiReply> drain() {
        List<ApiReply> out = new ArrayList<>();
        for (Object o; (o = channel.readOutbound()) != null; ) {
            out.add((ApiReply) o);
        }
        return out;
    }

    /** The words of each reply, for compact assertions. */
    static List<List<String>> words(List<ApiReply> replies) {
        List<List<String>> out = new ArrayList<>();
        replies.forEach(r -> out.add(r.words()));
        return out;
    }
}
