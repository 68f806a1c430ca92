package io.rosipsec.api.server;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.rosipsec.router.Router;

/**
 * The connections one listener (API or REST) has accepted. While the listener runs, a reboot of its router closes
 * them all ({@code Reboots.onReboot}), also those no session owns (not logged in, HTTP keep-alive), as a rebooting
 * RouterOS resets every TCP connection. Closed connections leave the set by themselves.
 */
public final class AcceptedConnections {
    private final Router router;
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final Runnable closeAll = channels::close;

    public AcceptedConnections(Router router) {
        this.router = router;
    }

    /** A new connection (from the listener's channel initializer). */
    public void add(Channel ch) {
        channels.add(ch);
    }

    /** The listener is bound: reboots close its connections from now on. */
    public void listening() {
        router.reboots().onReboot(closeAll);
    }

    /** The listener stopped. */
    public void stopped() {
        router.reboots().removeRebootListener(closeAll);
    }
}
