package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.api.wire.ApiReply;
import io.rosipsec.api.wire.ApiReplyType;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Login, pre-login behaviour and /quit of {@link ApiSessionHandler} (routeros-api.md §1.7, §1.10). */
class ApiSessionLoginTest {
    private final Router router = new Router(RouterOptions.defaults());

    @Test
    void loginEchoesTagAndRegistersTheSession() {
        ApiTestChannel c = new ApiTestChannel(router);
        List<ApiReply> r = c.send("/login", "=name=admin", "=password=", ".tag=1");
        assertEquals(List.of(List.of("!done", ".tag=1")), ApiTestChannel.words(r));
        assertEquals(1, router.menus().rows(Session.SYSTEM, "/user/active").size());
        c.channel.close();
        assertEquals(0, router.menus().rows(Session.SYSTEM, "/user/active").size());
    }

    @Test
    void wrongPasswordIsTrappedAndTheConnectionStaysUsable() {
        ApiTestChannel c = new ApiTestChannel(router);
        List<ApiReply> r = c.send("/login", "=name=admin", "=password=nope");
        assertEquals(List.of(List.of("!trap", "=message=invalid user name or password (6)"), List.of("!done")),
                ApiTestChannel.words(r));
        assertTrue(c.channel.isActive());
        c.login();
        boolean logged = router.log().rows().stream()
                .anyMatch(e -> e.get("message").startsWith("login failure for user admin from"));
        assertTrue(logged, "failure logged");
    }

    @Test
    void bareLoginAnswersAChallengeAndAnyResponseIsRefused() {
        ApiTestChannel c = new ApiTestChannel(router);
        List<ApiReply> r = c.send("/login");
        assertEquals(1, r.size());
        assertEquals(ApiReplyType.DONE, r.get(0).type());
        assertTrue(r.get(0).attributes().get("ret").matches("[0-9a-f]{32}"), r.toString());
        String response = io.rosipsec.api.wire.ApiLogin.response("", r.get(0).attributes().get("ret"));
        r = c.send("/login", "=name=admin", "=response=" + response);
        assertEquals("invalid user name or password (6)", r.get(0).attributes().get("message"));
        assertEquals(ApiReplyType.DONE, r.get(1).type());
        assertTrue(c.send("/ip/ipsec/peer/print").get(0).type() == ApiReplyType.FATAL, "still not logged in");
    }

    @Test
    void commandBeforeLoginIsFatal() {
        ApiTestChannel c = new ApiTestChannel(router);
        List<ApiReply> r = c.send("/ip/ipsec/peer/print", ".tag=3");
        assertEquals(List.of(List.of("!fatal", "not logged in")), ApiTestChannel.words(r));
        assertFalse(c.channel.isOpen());
    }

    @Test
    void quitIsFatalAndCloses() {
        ApiTestChannel c = new ApiTestChannel(router).login();
        List<ApiReply> r = c.send("/quit", ".tag=9");
        assertEquals(List.of(List.of("!fatal", "session terminated on request")), ApiTestChannel.words(r));
        assertFalse(c.channel.isOpen());
    }

    @Test
    void groupWithoutApiPolicyCannotLogIn() {
        router.menus().add(Session.SYSTEM, "/user/group", Map.of("name", "noapi", "policy", "read,ssh"));
        router.menus().add(Session.SYSTEM, "/user", Map.of("name", "bob", "group", "noapi", "password", "pw"));
        ApiTestChannel c = new ApiTestChannel(router);
        List<ApiReply> r = c.send("/login", "=name=bob", "=password=pw");
        assertEquals("invalid user name or password (6)", r.get(0).attributes().get("message"));
        assertEquals(ApiReplyType.DONE, r.get(1).type());
    }

    @Test
    void readOnlyGroupGetsNotEnoughPermissionsOnWrite() {
        router.menus().add(Session.SYSTEM, "/user", Map.of("name", "ro", "group", "read", "password", "pw"));
        ApiTestChannel c = new ApiTestChannel(router);
        assertEquals(List.of(List.of("!done")), ApiTestChannel.words(c.send("/login", "=name=ro", "=password=pw")));
        List<ApiReply> r = c.send("/ip/ipsec/peer/add", "=name=p1", ".tag=4");
        assertEquals(List.of(List.of("!trap", ".tag=4", "=message=not enough permissions (9)"),
                List.of("!done", ".tag=4")), ApiTestChannel.words(r));
        assertEquals(List.of(List.of("!empty"), List.of("!done")), ApiTestChannel.words(c.send("/ip/ipsec/peer/print")),
                "read still allowed");
    }

    @Test
    void idleConnectionIsClosedBeforeLogin() {
        ApiTestChannel c = new ApiTestChannel(router, Duration.ofSeconds(5));
        c.advance(4000);
        assertTrue(c.channel.isOpen());
        c.advance(1500);
        assertFalse(c.channel.isOpen());
    }

    @Test
    void loginTimerStopsAfterLogin() {
        ApiTestChannel c = new ApiTestChannel(router, Duration.ofSeconds(5)).login();
        c.advance(6000);
        assertTrue(c.channel.isOpen());
    }
}
