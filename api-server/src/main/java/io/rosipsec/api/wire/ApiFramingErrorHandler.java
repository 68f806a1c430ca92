package io.rosipsec.api.wire;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Ends a connection whose framing broke. Placed after {@link ApiSentenceAggregator}, it turns an {@link
 * ApiCodecException} into {@code !fatal <reason>} followed by a close, the router's documented way of ending a
 * session (routeros-api.md §1.6, §1.10); after a control byte or an oversized word the stream cannot be re-framed
 * (§1.2), so nothing else is possible. Whether the real router writes {@code !fatal} first or closes silently is
 * unverified (§1.10, §7 item 1). A {@link ApiCodecException.Reason#TRUNCATED} error means the peer already went
 * away, so the channel is only closed. Other exceptions pass on unchanged.
 *
 * <p>The {@code !fatal} goes out through the pipeline, so an {@link ApiSentenceEncoder} must sit before this
 * handler.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API, "Reply word"</a>
 */
@ChannelHandler.Sharable
public final class ApiFramingErrorHandler extends ChannelInboundHandlerAdapter {

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) throws Exception {
        if (!(cause instanceof ApiCodecException)) {
            ctx.fireExceptionCaught(cause);
            return;
        }
        ApiCodecException e = (ApiCodecException) cause;
        if (e.reason() == ApiCodecException.Reason.TRUNCATED || !ctx.channel().isActive()) {
            ctx.close();
            return;
        }
        ctx.channel().config().setAutoRead(false);
        ctx.writeAndFlush(ApiReply.fatal(e.fatalReason())).addListener(ChannelFutureListener.CLOSE);
    }
}
