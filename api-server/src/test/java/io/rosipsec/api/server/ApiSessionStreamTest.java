package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.api.wire.ApiReply;
import io.rosipsec.api.wire.ApiReplyType;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** listen, follow, interval and /cancel over {@link ApiSessionHandler} (routeros-api.md §1.4, §1.8). */
class ApiSessionStreamTest {
    private final Router router = new Router(RouterOptions.defaults());
    private final ApiTestChannel c = new ApiTestChannel(router).login();

    private static List<List<String>> w(List<ApiReply> r) {
        return ApiTestChannel.words(r);
    }

    @Test
    void listenReportsChangesAndRemovalUntilCancelled() {
        assertEquals(List.of(), c.send("/ip/ipsec/peer/listen", ".tag=10"), "listen sends nothing at first");
        assertEquals(List.of(List.of("!done", "=ret=*1")), w(c.send("/ip/ipsec/peer/add", "=name=p1")),
                "another command runs while the listen is open");
        List<ApiReply> r = c.advance(MenuWatchStream.POLL_MILLIS);
        assertEquals(1, r.size(), r.toString());
        assertEquals(List.of("!re", ".tag=10", "=.id=*1", "=name=p1"), r.get(0).words().subList(0, 4));
        assertEquals(List.of(), c.advance(MenuWatchStream.POLL_MILLIS), "no change, no reply");
        c.send("/ip/ipsec/peer/set", "=.id=*1", "=comment=x");
        assertEquals("x", c.advance(MenuWatchStream.POLL_MILLIS).get(0).attributes().get("comment"));
        c.send("/ip/ipsec/peer/remove", "=.id=*1");
        assertEquals(List.of(List.of("!re", ".tag=10", "=.id=*1", "=.dead=true")),
                w(c.advance(MenuWatchStream.POLL_MILLIS)));
        assertEquals(List.of(List.of("!trap", ".tag=10", "=category=2", "=message=interrupted"),
                List.of("!done", ".tag=20"), List.of("!done", ".tag=10")),
                w(c.send("/cancel", "=tag=10", ".tag=20")));
        c.send("/ip/ipsec/peer/add", "=name=p2");
        assertEquals(List.of(), c.advance(1000), "nothing after cancel");
    }

    @Test
    void followSendsCurrentItemsFirstAndHonoursQueryAndProplist() {
        c.send("/ip/ipsec/peer/add", "=name=p1", "=exchange-mode=ike2");
        c.send("/ip/ipsec/peer/add", "=name=p2");
        List<ApiReply> r = c.send("/ip/ipsec/peer/print", "=follow=", "=.proplist=name", "?exchange-mode=ike2",
                ".tag=f");
        assertEquals(List.of(List.of("!re", ".tag=f", "=name=p1")), w(r));
        c.send("/ip/ipsec/peer/set", "=.id=p2", "=exchange-mode=ike2");
        assertEquals(List.of(List.of("!re", ".tag=f", "=name=p2")), w(c.advance(MenuWatchStream.POLL_MILLIS)));
        c.send("/ip/ipsec/peer/set", "=.id=p1", "=exchange-mode=main");
        assertEquals(List.of(List.of("!re", ".tag=f", "=.id=*1", "=.dead=true")),
                w(c.advance(MenuWatchStream.POLL_MILLIS)), "an item leaving the query is dead");
    }

    @Test
    void cancelWithoutTagStopsEveryStream() {
        c.send("/ip/ipsec/peer/listen", ".tag=a");
        c.send("/ip/ipsec/profile/listen", ".tag=b");
        List<ApiReply> r = c.send("/cancel");
        assertEquals(List.of(List.of("!trap", ".tag=a", "=category=2", "=message=interrupted"),
                List.of("!trap", ".tag=b", "=category=2", "=message=interrupted"), List.of("!done"),
                List.of("!done", ".tag=a"), List.of("!done", ".tag=b")), w(r));
    }

    @Test
    void cancelOfAnUnknownTagOnlyAnswersDone() {
        assertEquals(List.of(List.of("!done", ".tag=c")), w(c.send("/cancel", "=tag=nope", ".tag=c")));
    }

    @Test
    void intervalPrintRepeatsUntilCancelled() {
        c.send("/ip/ipsec/peer/add", "=name=p1");
        assertEquals(1, c.send("/ip/ipsec/peer/print", "=interval=1s", ".tag=i").size());
        assertEquals(List.of(), c.advance(500));
        List<ApiReply> again = c.advance(500);
        assertEquals(1, again.size());
        assertEquals("p1", again.get(0).attributes().get("name"));
        c.send("/cancel", "=tag=i");
        assertEquals(List.of(), c.advance(2000));
    }

    @Test
    void logListenStreamsNewEntries() {
        c.send("/log/listen", "?topics=script,info", ".tag=L");
        router.log().add("system,info", "ignored by the query");
        router.log().add("script,info", "hello from a script");
        List<ApiReply> r = c.advance(0);
        assertEquals(1, r.size(), r.toString());
        Map<String, String> a = r.get(0).attributes();
        assertEquals("hello from a script", a.get("message"));
        assertTrue(a.get(".id").startsWith("*"));
        assertEquals("L", r.get(0).tag().orElseThrow());
        c.send("/cancel", "=tag=L");
        router.log().add("script,info", "after cancel");
        assertEquals(List.of(), c.advance(0));
    }

    @Test
    void streamsEndOnClose() {
        c.send("/ip/ipsec/peer/listen", ".tag=x");
        c.channel.close();
        router.menus().add(Session.SYSTEM, "/ip/ipsec/peer", Map.of("name", "p9"));
        assertEquals(List.of(), c.advance(1000));
    }

    @Test
    void tooManyStreamsAreRefused() {
        for (int i = 0; i < ApiSessionHandler.MAX_STREAMS; i++) {
            assertEquals(List.of(), c.send("/ip/ipsec/peer/listen", ".tag=s" + i));
        }
        List<ApiReply> r = c.send("/ip/ipsec/peer/listen", ".tag=over");
        assertEquals(ApiReplyType.TRAP, r.get(0).type());
        assertEquals(List.of("!done", ".tag=over"), r.get(1).words());
    }
}
