package io.rosipsec.api.server;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.util.concurrent.ScheduledFuture;
import io.rosipsec.api.wire.ApiCodecException;
import io.rosipsec.api.wire.ApiLogin;
import io.rosipsec.api.wire.ApiReply;
import io.rosipsec.api.wire.ApiSentence;
import io.rosipsec.menu.MenuException;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One API connection (routeros-api.md §1.7, §1.8, §1.10): login, then each request sentence translated into a
 * menu operation through {@link ApiCommand}, {@link ApiArguments}, {@link ApiMenuCommands} and {@link ApiPrint};
 * no menu logic of its own.
 *
 * <ul>
 *   <li><b>Login.</b> {@code /login =name= =password=} (6.43+) answers {@code !done} or {@code !trap
 *       =message=invalid user name or password (6)} + {@code !done}, and the connection stays open for a retry. A
 *       bare {@code /login} answers the legacy challenge {@code !done =ret=<32 hex>}; a following {@code
 *       =response=} is always refused with the same trap, as every router since 6.45.1 does (§1.7; all emulated
 *       versions are 7.x). A user whose group lacks the {@code api} policy is refused like a wrong password.
 *   <li><b>Before login</b> any other command gets {@code !fatal not logged in} and the connection closes (§1.10);
 *       a connection that has not logged in within the login timeout is closed (slow-loris guard; the router's own
 *       limit is undocumented, §7 item 13).
 *   <li><b>Tags.</b> Every reply of a request carries its {@code .tag} iff it had a non-empty one; {@code !fatal}
 *       never does (§1.6). Requests run in arrival order on the connection's event loop; running streams
 *       ({@code listen}, {@code follow}, {@code interval}) interleave their replies at sentence granularity.
 *   <li><b>{@code /cancel [=tag=T]}</b> stops the stream tagged T (all streams without {@code =tag=}) and answers
 *       {@code !trap .tag=T =category=2 =message=interrupted}, {@code !done} (with the cancel's own tag), then
 *       {@code !done .tag=T} (§1.8, captured order).
 *   <li><b>{@code /quit}</b> answers {@code !fatal session terminated on request} and closes.
 * </ul>
 *
 * <p>Framing errors ({@link ApiCodecException}) are passed on to {@link io.rosipsec.api.wire.ApiFramingErrorHandler}.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API</a>
 */
public final class ApiSessionHandler extends SimpleChannelInboundHandler<ApiSentence> {
    /** Streams one connection may run at once; beyond that {@code listen}/{@code follow} are refused. */
    public static final int MAX_STREAMS = 32;

    static final String INVALID_LOGIN = "invalid user name or password (6)";

    private static final Logger LOG = Logger.getLogger(ApiSessionHandler.class.getName());

    private final Router router;
    private final Duration loginTimeout;
    private ApiMenuCommands commands;
    private final ApiPrint print;
    private final List<ApiStream> streams = new ArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private Session session;
    private Router.ActiveSession active;
    private String challenge;
    private ScheduledFuture<?> loginTimer;
    private boolean closing;

    /** A session for {@code router}; connections not logged in after {@code loginTimeout} are closed. */
    public ApiSessionHandler(Router router, Duration loginTimeout) {
        this.router = router;
        this.loginTimeout = loginTimeout;
        this.print = new ApiPrint(router);
    }

    /** The logged-in session, if any. */
    public Optional<Session> session() {
        return Optional.ofNullable(session);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (!loginTimeout.isZero() && !loginTimeout.isNegative()) {
            loginTimer = ctx.executor().schedule(() -> {
                if (session == null) {
                    ctx.close();
                }
            }, loginTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (loginTimer != null) {
            loginTimer.cancel(false);
        }
        for (ApiStream s : streams) {
            s.stop();
        }
        streams.clear();
        if (active != null) {
            router.logout(active);
            active = null;
        }
        super.channelInactive(ctx);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ApiSentence request) {
        if (closing) {
            return; // sentences that arrived in the same read as the one that ended the session
        }
        String command = request.command();
        ApiExchange out = new ApiExchange(ctx.channel(), request.tag());
        if (command.equals("/quit")) {
            fatal(ctx, "session terminated on request");
            return;
        }
        if (command.equals("/login")) {
            login(ctx, request, out);
        } else if (session == null) {
            fatal(ctx, "not logged in");
            return;
        } else if (command.equals("/cancel")) {
            cancel(request, out);
        } else {
            execute(ctx, request, out);
        }
        out.flush();
    }

    private void fatal(ChannelHandlerContext ctx, String reason) {
        closing = true;
        ctx.channel().config().setAutoRead(false);
        ctx.writeAndFlush(ApiReply.fatal(reason)).addListener(ChannelFutureListener.CLOSE);
    }

    // ------------------------------------------------------------------ login

    private void login(ChannelHandlerContext ctx, ApiSentence request, ApiExchange out) {
        Optional<String> name = request.attribute("name");
        Optional<String> password = request.attribute("password");
        Optional<String> response = request.attribute("response");
        String address = address(ctx.channel().remoteAddress());
        if (name.isEmpty() && password.isEmpty() && response.isEmpty()) {
            challenge = ApiLogin.newChallenge(random);
            out.done(java.util.Map.of("ret", challenge));
            return;
        }
        if (response.isPresent()) {
            // MD5 challenge/response: refused by every router since 6.45.1, even when correct (§1.7, C [S17]).
            router.log().add("system,error,critical",
                    "login failure for user " + name.orElse("") + " from " + address + " via api");
            challenge = null;
            refuseLogin(out);
            return;
        }
        Optional<Session> s = router.authenticate(name.orElse(""), password.orElse(""), "api", address);
        if (s.isPresent() && !s.get().may("api")) {
            router.log().add("system,error,critical",
                    "login failure for user " + name.get() + " from " + address + " via api");
            s = Optional.empty();
        }
        if (s.isEmpty()) {
            refuseLogin(out);
            return;
        }
        if (active != null) {
            router.logout(active);
        }
        session = s.get();
        // The menu model of the router as it runs now; a reboot ends this connection (the disconnect below).
        commands = new ApiMenuCommands(router.menus());
        active = router.login(session, () -> ctx.channel().close());
        if (loginTimer != null) {
            loginTimer.cancel(false);
        }
        out.done();
    }

    private static void refuseLogin(ApiExchange out) {
        out.trap(ApiTrap.of(INVALID_LOGIN));
        out.done();
    }

    private static String address(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }

    // ------------------------------------------------------------------ commands

    private void execute(ChannelHandlerContext ctx, ApiSentence request, ApiExchange out) {
        try {
            ApiCommand command = ApiCommand.resolve(router.schema(), request.command());
            ApiArguments args = ApiArguments.of(command, request);
            if (!command.printing()) {
                commands.run(session, command, args, out);
                return;
            }
            Optional<ApiStream> stream = print.run(session, command, args, request, out, ctx.channel().eventLoop());
            if (stream.isPresent()) {
                if (streams.size() >= MAX_STREAMS) {
                    throw new ApiCommandException(
                            ApiTrap.of(ApiTrapCategory.API, "too many commands in progress (" + MAX_STREAMS + ")"));
                }
                streams.add(stream.get());
                stream.get().start(streams::remove);
            }
        } catch (ApiCommandException e) {
            out.refuse(e);
        } catch (MenuException e) {
            out.trap(ApiTrap.of(e));
            out.done();
        } catch (RuntimeException e) {
            // A bug in a menu hook must not leave the client waiting for its !done forever.
            LOG.log(Level.WARNING, "API command " + request + " failed", e);
            out.trap(ApiTrap.of(ApiTrapCategory.GENERAL, "failure: " + e));
            out.done();
        }
    }

    /** {@code /cancel [=tag=T]}: interrupted trap for each stopped stream, the cancel's own done, their dones. */
    private void cancel(ApiSentence request, ApiExchange out) {
        Optional<String> target = request.attribute("tag");
        List<ApiStream> stopped = new ArrayList<>();
        for (ApiStream s : List.copyOf(streams)) {
            if (target.isEmpty() || s.tag().equals(target.filter(t -> !t.isEmpty()))) {
                s.stop();
                streams.remove(s);
                stopped.add(s);
            }
        }
        for (ApiStream s : stopped) {
            s.exchange().trap(ApiTrap.of(ApiTrapCategory.INTERRUPTED, "interrupted"));
        }
        out.done();
        for (ApiStream s : stopped) {
            s.exchange().done();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof ApiCodecException) {
            ctx.fireExceptionCaught(cause);
            return;
        }
        LOG.log(Level.FINE, "API connection " + ctx.channel().remoteAddress() + " failed", cause);
        ctx.close();
    }
}
