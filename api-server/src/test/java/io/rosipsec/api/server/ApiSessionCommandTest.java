package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.api.wire.ApiReply;
import io.rosipsec.api.wire.ApiReplyType;
import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Menu commands over {@link ApiSessionHandler}: print, add, set, remove, traps (routeros-api.md §1.4–§1.9). */
class ApiSessionCommandTest {
    private final Router router = new Router(RouterOptions.defaults());
    private final ApiTestChannel c = new ApiTestChannel(router).login();

    private static List<List<String>> w(List<ApiReply> r) {
        return ApiTestChannel.words(r);
    }

    @Test
    void printOfTheDefaultProfileIsTaggedWithTypedValues() {
        List<ApiReply> r = c.send("/ip/ipsec/profile/print", ".tag=7");
        assertEquals(2, r.size(), r.toString());
        ApiReply row = r.get(0);
        assertEquals(List.of("!re", ".tag=7", "=.id=*1"), row.words().subList(0, 3), "tag second, .id first");
        Map<String, String> a = row.attributes();
        assertEquals("default", a.get("name"));
        assertEquals("true", a.get("nat-traversal"));
        assertEquals("1d", a.get("lifetime"));
        assertEquals("true", a.get("default"), "built-in flag");
        assertEquals(List.of("!done", ".tag=7"), r.get(1).words());
    }

    @Test
    void addReturnsTheIdAndPrintShowsDefaultsAndNormalisedValues() {
        List<ApiReply> r = c.send("/ip/ipsec/peer/add", "=name=p1", "=address=10.0.0.1", "=exchange-mode=ike2");
        assertEquals(List.of(List.of("!done", "=ret=*1")), w(r));
        Map<String, String> a = c.send("/ip/ipsec/peer/print").get(0).attributes();
        assertEquals("*1", a.get(".id"));
        assertEquals("10.0.0.1/32", a.get("address"));
        assertEquals("default", a.get("profile"));
        assertEquals("true", a.get("send-initial-contact"));
        assertEquals("false", a.get("passive"));
        assertFalse(a.containsKey("local-address"));
        assertFalse(a.containsKey("port"));
    }

    @Test
    void getallIsPrintAndCountOnlyReturnsTheCount() {
        c.send("/ip/ipsec/peer/add", "=name=p1");
        c.send("/ip/ipsec/peer/add", "=name=p2");
        assertEquals(3, c.send("/ip/ipsec/peer/getall").size());
        assertEquals(List.of(List.of("!done", "=ret=2")), w(c.send("/ip/ipsec/peer/print", "=count-only=")));
        assertEquals(3, c.send("/ip/ipsec/peer/print", "=detail=").size());
    }

    @Test
    void setByNameUnsetAndGet() {
        c.send("/ip/ipsec/peer/add", "=name=p1", "=comment=x", "=port=4500");
        assertEquals(List.of(List.of("!done")), w(c.send("/ip/ipsec/peer/set", "=.id=p1", "=comment=hello",
                "=passive=yes", "=!port=")));
        Map<String, String> a = c.send("/ip/ipsec/peer/print").get(0).attributes();
        assertEquals("hello", a.get("comment"));
        assertEquals("true", a.get("passive"));
        assertFalse(a.containsKey("port"));
        assertEquals(List.of(List.of("!done", "=ret=true")),
                w(c.send("/ip/ipsec/peer/get", "=number=p1", "=value-name=passive")));
        assertEquals(List.of(List.of("!done")), w(c.send("/ip/ipsec/peer/disable", "=numbers=*1")));
        assertEquals("true", c.send("/ip/ipsec/peer/print").get(0).attributes().get("disabled"));
    }

    /** community.routeros unsets a comment or a peer address with an empty value and expects it gone (§3.3). */
    @Test
    void anEmptyValueUnsetsAnOptionalProperty() {
        c.send("/ip/ipsec/peer/add", "=name=p1", "=comment=first", "=address=10.0.0.1/32", "=local-address=");
        Map<String, String> a = c.send("/ip/ipsec/peer/print").get(0).attributes();
        assertEquals("first", a.get("comment"));
        assertFalse(a.containsKey("local-address"), "empty on add stores nothing");
        assertEquals(List.of(List.of("!done")), w(c.send("/ip/ipsec/peer/set", "=.id=p1", "=comment=", "=address=")));
        a = c.send("/ip/ipsec/peer/print").get(0).attributes();
        assertFalse(a.containsKey("comment"), a.toString());
        assertFalse(a.containsKey("address"), a.toString());
        c.send("/ip/ipsec/peer/comment", "=numbers=p1", "=comment=again");
        assertEquals("again", c.send("/ip/ipsec/peer/print").get(0).attributes().get("comment"));
        c.send("/ip/ipsec/peer/comment", "=numbers=p1", "=comment=");
        assertFalse(c.send("/ip/ipsec/peer/print").get(0).attributes().containsKey("comment"));
    }

    @Test
    void removeAcceptsListsAndUnknownIdsAreTrapped() {
        c.send("/ip/ipsec/peer/add", "=name=p1");
        c.send("/ip/ipsec/peer/add", "=name=p2");
        assertEquals(List.of(List.of("!done")), w(c.send("/ip/ipsec/peer/remove", "=.id=*1,p2")));
        assertEquals(List.of(List.of("!trap", ".tag=5", "=message=no such item (4)"), List.of("!done", ".tag=5")),
                w(c.send("/ip/ipsec/peer/remove", "=.id=*1", ".tag=5")));
    }

    @Test
    void unknownMenuGivesTwoTrapsThenDone() {
        assertEquals(List.of(
                List.of("!trap", "=category=0", "=message=no such command or directory (wireless)"),
                List.of("!trap", "=message=no such command prefix"), List.of("!done")),
                w(c.send("/interface/wireless/getall")));
    }

    @Test
    void unknownVerbAndKeepAliveAreTrappedWithTheirTag() {
        assertEquals(List.of(List.of("!trap", "=category=0", "=message=no such command or directory (foo)"),
                List.of("!done")), w(c.send("/ip/ipsec/peer/foo")));
        List<ApiReply> r = c.send("#", ".tag=k1");
        assertTrue(r.stream().allMatch(x -> x.tag().equals(java.util.Optional.of("k1"))), r.toString());
        assertEquals(ApiReplyType.DONE, r.get(r.size() - 1).type());
    }

    @Test
    void unknownParameterIsNamedAndNothingIsAdded() {
        assertEquals(List.of(List.of("!trap", "=message=unknown parameter bogus"), List.of("!done")),
                w(c.send("/ip/ipsec/peer/add", "=name=p1", "=bogus=1")));
        assertEquals(0, router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").size());
    }

    @Test
    void badValueIsAnArgumentValueFailure() {
        List<ApiReply> r = c.send("/ip/ipsec/peer/add", "=name=p1", "=profile=nope");
        assertEquals(List.of("!trap", "=category=1", "=message=input does not match any value of profile"),
                r.get(0).words());
        assertEquals(ApiReplyType.DONE, r.get(1).type());
    }

    @Test
    void duplicateNameIsRefusedWithDone() {
        c.send("/ip/ipsec/peer/add", "=name=p1");
        List<ApiReply> r = c.send("/ip/ipsec/peer/add", "=name=p1");
        assertEquals(ApiReplyType.TRAP, r.get(0).type());
        assertEquals(ApiReplyType.DONE, r.get(1).type());
        assertEquals(1, router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer").size());
    }

    @Test
    void emptyPrintSendsEmptyFrom718Only() {
        assertEquals(List.of(List.of("!empty", ".tag=a"), List.of("!done", ".tag=a")),
                w(c.send("/ip/ipsec/peer/print", ".tag=a")));
        Router old = new Router(RouterOptions.defaults().withVersion(RosVersion.parse("7.16.2")));
        ApiTestChannel oc = new ApiTestChannel(old).login();
        assertEquals(List.of(List.of("!done", ".tag=a")), w(oc.send("/ip/ipsec/peer/print", ".tag=a")));
    }

    @Test
    void queriesSelectTypedAndCombined() {
        c.send("/ip/ipsec/peer/add", "=name=p1", "=exchange-mode=ike2");
        c.send("/ip/ipsec/peer/add", "=name=p2", "=disabled=yes");
        c.send("/ip/ipsec/peer/add", "=name=p3", "=exchange-mode=aggressive");
        assertEquals(List.of("p2"), names(c.send("/ip/ipsec/peer/print", "?=name=p2")));
        assertEquals(List.of("p1", "p3"), names(c.send("/ip/ipsec/peer/print", "?=disabled=no")));
        assertEquals(List.of("p1", "p3"),
                names(c.send("/ip/ipsec/peer/print", "?exchange-mode=ike2", "?exchange-mode=aggressive", "?#|")));
        assertEquals(List.of("p2"),
                names(c.send("/ip/ipsec/peer/print", "?exchange-mode=ike2", "?exchange-mode=aggressive", "?#|!")));
        assertEquals(List.of("p2"), names(c.send("/ip/ipsec/peer/print", "?.id=*2")));
        List<ApiReply> bad = c.send("/ip/ipsec/peer/print", "?#x");
        assertEquals(List.of(List.of("!trap", "=message=unknown parameter"), List.of("!done")), w(bad));
    }

    @Test
    void proplistRestrictsPropertiesButNotTheQuery() {
        c.send("/ip/ipsec/peer/add", "=name=p1", "=exchange-mode=ike2");
        c.send("/ip/ipsec/peer/add", "=name=p2");
        List<ApiReply> r = c.send("/ip/ipsec/peer/print", "=.proplist=.id,name", "?exchange-mode=ike2");
        assertEquals(List.of(List.of("!re", "=.id=*1", "=name=p1"), List.of("!done")), w(r));
        r = c.send("/ip/ipsec/peer/print", "=.proplist=comment");
        assertEquals(List.of(List.of("!re"), List.of("!re"), List.of("!done")), w(r), "empty !re per item");
    }

    @Test
    void singleValueMenuPrintsOneRowWithoutIdAndSetsWithoutId() {
        assertEquals(List.of(List.of("!done")), w(c.send("/system/identity/set", "=name=moon")));
        assertEquals(List.of(List.of("!re", "=name=moon"), List.of("!done")), w(c.send("/system/identity/print")));
    }

    @Test
    void nonAsciiValuesAreEchoedByteForByte() {
        String utf8 = io.rosipsec.api.wire.ApiWords.fromUtf8("Zürich ✓");
        c.send("/ip/ipsec/peer/add", "=name=p1", "=comment=" + utf8);
        assertEquals(utf8, c.send("/ip/ipsec/peer/print").get(0).attributes().get("comment"));
    }

    private static List<String> names(List<ApiReply> replies) {
        return replies.stream().filter(r -> r.type() == ApiReplyType.RE).map(r -> r.attributes().get("name")).toList();
    }
}
