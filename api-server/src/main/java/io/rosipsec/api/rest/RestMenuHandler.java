package io.rosipsec.api.rest;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.util.concurrent.ScheduledFuture;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One HTTP connection of the REST API (routeros-api.md §2.1–§2.5). Each request, in order:
 *
 * <ol>
 *   <li>a path outside {@code /rest} gets {@code 404} (WebFig is not emulated);
 *   <li>HTTP Basic credentials are checked against {@code /user} with {@link Router#authenticate} ({@code via
 *       rest}); missing, malformed or wrong credentials, or a group without the {@code rest-api} policy, get {@code
 *       401 {"error":401,"message":"Unauthorized"}} and {@code WWW-Authenticate: Basic realm="RouterOS"} (the
 *       realm is unverified, §7 item 6). Each request is one login, shown in {@code /user active} and logged
 *       ({@code logged in ... via rest}) while it runs, as the router does;
 *   <li>methods other than GET, PUT, PATCH, DELETE and POST ({@code HEAD}, {@code OPTIONS}) get {@code 501} with a
 *       JSON body (§2.5);
 *   <li>the URL is resolved ({@link RestRoute}), the body parsed ({@link RestArguments}) and the request run
 *       ({@link RestCommands}).
 * </ol>
 *
 * <p><b>Content type.</b> The body is read as JSON whatever {@code Content-Type} says (or when it is missing):
 * whether the router refuses other types is unknown (§7 item 6), and curl's {@code --data} without {@code -H}
 * sends {@code application/x-www-form-urlencoded}. A body that is not valid UTF-8 or not a JSON object is {@code
 * 400}. Replies are {@code application/json}.
 *
 * <p><b>60 s cut-off.</b> Requests run on a worker pool, never on the event loop; if no reply is ready after the
 * timeout the client gets {@code 400 {"detail":"Session closed","error":400,"message":"Bad Request"}} (§2.1). A
 * command still running then is not undone when it finishes later (the router's behaviour, which terraform
 * handles by polling, §2.6); its reply is dropped. Commands that never end on their own ({@code listen}, {@code
 * print follow}) always end this way. While a request is open the connection reads nothing more, and requests that
 * arrived pipelined with it wait their turn, so replies keep request order.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579162/REST+API">RouterOS REST API</a>
 */
public final class RestMenuHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    /** The content type of every reply. */
    static final String JSON = "application/json";
    /** The challenge sent with {@code 401}. */
    static final String CHALLENGE = "Basic realm=\"RouterOS\"";
    /** The detail of the cut-off reply. */
    static final String SESSION_CLOSED = "Session closed";
    /** The policy a user's group needs for REST. */
    static final String POLICY = "rest-api";

    private static final Logger LOG = Logger.getLogger(RestMenuHandler.class.getName());
    private static final Set<HttpMethod> METHODS =
            Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.POST);

    private final Router router;
    private final RestCommands commands;
    private final ExecutorService workers;
    private final RestServerOptions options;
    /** Requests that arrived (pipelined) while one was running; event loop only. */
    private final ArrayDeque<FullHttpRequest> waiting = new ArrayDeque<>();
    private boolean busy;

    /** A handler running requests on {@code workers}; the executor is shared and owned by the server. */
    public RestMenuHandler(Router router, ExecutorService workers, RestServerOptions options) {
        this.router = router;
        this.commands = new RestCommands(router);
        this.workers = workers;
        this.options = options;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        if (busy) {
            waiting.add(request.retain());
            return;
        }
        start(ctx, request);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        for (FullHttpRequest r : waiting) {
            r.release();
        }
        waiting.clear();
        super.channelInactive(ctx);
    }

    /** Starts one request; everything it needs is copied out of {@code request}, which the caller releases. */
    private void start(ChannelHandlerContext ctx, FullHttpRequest request) {
        busy = true;
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (!request.decoderResult().isSuccess()) {
            send(ctx, RestError.badRequest("bad HTTP request").response(), false);
            return;
        }
        QueryStringDecoder url = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8, true, 1024, true);
        if (!RestRoute.isRest(url.path())) {
            send(ctx, RestError.notFound().response(), keepAlive);
            return;
        }
        Call call = new Call(request.method(), url, request.headers().get(HttpHeaderNames.AUTHORIZATION),
                body(request), address(ctx.channel().remoteAddress()));
        ctx.channel().config().setAutoRead(false);
        AtomicBoolean answered = new AtomicBoolean();
        ScheduledFuture<?> timer = ctx.executor().schedule(() -> {
            if (answered.compareAndSet(false, true)) {
                send(ctx, RestError.badRequest(SESSION_CLOSED).response(), keepAlive);
                call.logout();
            }
        }, options.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            workers.execute(() -> {
                Optional<RestResponse> reply = call.run();
                if (reply.isPresent() && answered.compareAndSet(false, true)) {
                    timer.cancel(false);
                    call.logout();
                    ctx.executor().execute(() -> send(ctx, reply.get(), keepAlive));
                }
            });
        } catch (RejectedExecutionException e) {
            answered.set(true);
            timer.cancel(false);
            send(ctx, RestError.of(HttpResponseStatus.SERVICE_UNAVAILABLE, null).response(), false);
        }
    }

    /** The body as text; null when it is not UTF-8 (refused as malformed JSON). */
    private static String body(FullHttpRequest request) {
        ByteBuffer bytes = request.content().nioBuffer();
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void send(ChannelHandlerContext ctx, RestResponse reply, boolean keepAlive) {
        if (!ctx.channel().isActive()) {
            return;
        }
        byte[] body = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, reply.status(),
                Unpooled.wrappedBuffer(body));
        if (reply.body() != null) {
            r.headers().set(HttpHeaderNames.CONTENT_TYPE, JSON);
        }
        r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        if (reply.status().equals(HttpResponseStatus.UNAUTHORIZED)) {
            r.headers().set(HttpHeaderNames.WWW_AUTHENTICATE, CHALLENGE);
        }
        if (!keepAlive) {
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        busy = false;
        FullHttpRequest next = waiting.poll();
        if (next != null) {
            try {
                start(ctx, next);
            } finally {
                next.release();
            }
            return;
        }
        ctx.channel().config().setAutoRead(true);
        ctx.read();
    }

    private static String address(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return String.valueOf(remote);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.log(Level.FINE, "REST connection " + ctx.channel().remoteAddress() + " failed", cause);
        ctx.close();
    }

    /** One request, taken off the event loop: authentication, login accounting and the command. */
    private final class Call {
        private final HttpMethod method;
        private final QueryStringDecoder url;
        private final String authorization;
        private final String body;
        private final String address;
        private Router.ActiveSession active;
        private boolean ended;

        Call(HttpMethod method, QueryStringDecoder url, String authorization, String body, String address) {
            this.method = method;
            this.url = url;
            this.authorization = authorization;
            this.body = body;
            this.address = address;
        }

        Optional<RestResponse> run() {
            try {
                Session s = authenticate();
                login(s);
                if (!METHODS.contains(method)) {
                    return Optional.of(RestError.of(HttpResponseStatus.NOT_IMPLEMENTED, null).response());
                }
                RestRoute route = RestRoute.resolve(router.schema(), url.path());
                Map<String, Object> args = Map.of();
                if (method.equals(HttpMethod.PUT) || method.equals(HttpMethod.PATCH)
                        || method.equals(HttpMethod.POST)) {
                    if (body == null) {
                        throw RestError.badRequest("JSON parse error: the body is not UTF-8");
                    }
                    args = RestArguments.body(body);
                }
                return commands.run(s, method, route, params(), args);
            } catch (RestError e) {
                return Optional.of(e.response());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "REST " + method + " " + url.uri() + " failed", e);
                return Optional.of(RestError.of(HttpResponseStatus.INTERNAL_SERVER_ERROR, "failure: " + e)
                        .response());
            }
        }

        /** Registers the login unless the request already ended (cut off while waiting for the menu model). */
        private synchronized void login(Session s) {
            if (!ended) {
                active = router.login(s);
            }
        }

        /** Ends the request's login; a login that comes later is not registered. */
        synchronized void logout() {
            ended = true;
            if (active != null) {
                router.logout(active);
                active = null;
            }
        }

        private Session authenticate() throws RestError {
            if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                throw RestError.unauthorized();
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw RestError.unauthorized();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw RestError.unauthorized();
            }
            String user = decoded.substring(0, colon);
            Optional<Session> s = router.authenticate(user, decoded.substring(colon + 1), "rest", address);
            if (s.isPresent() && !s.get().may(POLICY)) {
                router.log().add("system,error,critical",
                        "login failure for user " + user + " from " + address + " via rest");
                s = Optional.empty();
            }
            return s.orElseThrow(RestError::unauthorized);
        }

        private List<Map.Entry<String, String>> params() {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            url.parameters().forEach((name, values) -> values.forEach(v -> out.add(Map.entry(name, v))));
            return out;
        }
    }
}
