package io.rosipsec.api.server;

import io.netty.channel.Channel;
import io.rosipsec.api.wire.ApiReply;
import io.rosipsec.api.wire.ApiReplyType;
import java.util.Map;
import java.util.Optional;

/**
 * The replies of one request, all carrying the request's tag when it had a non-empty one and none otherwise
 * (routeros-api.md §1.6, §6 item 2: clients route replies by tag, so this must be exact). Writes go to the
 * channel; the session flushes once per request or stream tick.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Tags"</a>
 */
public final class ApiExchange {
    private final Channel channel;
    private final Optional<String> tag;

    public ApiExchange(Channel channel, Optional<String> tag) {
        this.channel = channel;
        this.tag = tag;
    }

    /** The request's tag, present only when non-empty. */
    public Optional<String> tag() {
        return tag;
    }

    /** {@code !re} with {@code attributes}. */
    public void re(Map<String, String> attributes) {
        send(ApiReply.re().tag(tag.orElse(null)).attributes(attributes).build());
    }

    /** {@code !done} without data. */
    public void done() {
        done(Map.of());
    }

    /** {@code !done} with data ({@code =ret=}). */
    public void done(Map<String, String> attributes) {
        send(ApiReply.done().tag(tag.orElse(null)).attributes(attributes).build());
    }

    /** {@code !empty} (RouterOS 7.18+ only; the caller checks the version). */
    public void empty() {
        send(ApiReply.builder(ApiReplyType.EMPTY).tag(tag.orElse(null)).build());
    }

    /** One {@code !trap}, category first. */
    public void trap(ApiTrap trap) {
        send(ApiReply.trap(tag, trap.category().map(ApiTrapCategory::wire).orElse(null), trap.message()));
    }

    /** Every trap of {@code e}, then {@code !done}: how every refused command ends (§1.9). */
    public void refuse(ApiCommandException e) {
        e.traps().forEach(this::trap);
        done();
    }

    /** Flushes what was written. */
    public void flush() {
        channel.flush();
    }

    private void send(ApiReply reply) {
        if (channel.isActive()) {
            channel.write(reply);
        }
    }
}
