package io.rosipsec.api.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reply shapes of routeros-api.md §1.6–§1.8. */
class ApiReplyTest {

    @Test
    void tagIsTheSecondWord() {
        ApiReply re = ApiReply.re().attribute(".id", "*A").tag("10").attribute("address", "1.1.1.1/32").build();
        assertEquals(List.of("!re", ".tag=10", "=.id=*A", "=address=1.1.1.1/32"), re.words());
        assertEquals(Optional.of("10"), re.tag());
    }

    @Test
    void emptyOrNullTagMeansUntagged() {
        assertEquals(List.of("!done", "=ret=*7F"), ApiReply.done().tag("").attribute("ret", "*7F").build().words());
        assertEquals(List.of("!done"), ApiReply.done().tag(null).build().words());
        assertEquals(List.of("!done"), ApiReply.done().tagOf(ApiSentence.of("/x", ".tag=")).build().words());
        assertEquals(List.of("!empty", ".tag=q"),
                ApiReply.empty().tagOf(ApiSentence.of("/x", ".tag=q")).build().words());
    }

    @Test
    void trapPutsCategoryBeforeMessage() {
        ApiReply cancel = ApiReply.trap(Optional.of("10"), 2, "interrupted");
        assertEquals(List.of("!trap", ".tag=10", "=category=2", "=message=interrupted"), cancel.words());
        ApiReply login = ApiReply.trap(Optional.empty(), null, "invalid user name or password (6)");
        assertEquals(List.of("!trap", "=message=invalid user name or password (6)"), login.words());
    }

    @Test
    void fatalCarriesBareReasonAndNoTag() {
        ApiReply fatal = ApiReply.fatal("session terminated on request");
        assertEquals(List.of("!fatal", "session terminated on request"), fatal.words());
        assertEquals(Optional.empty(), fatal.tag());
        assertEquals(Optional.of("session terminated on request"), fatal.fatalReason());
        assertThrows(IllegalArgumentException.class, () -> ApiReply.builder(ApiReplyType.FATAL));
        assertThrows(IllegalArgumentException.class, () -> ApiReply.fatal(""));
    }

    @Test
    void attributesKeepOrderAndValuesMayContainEquals() {
        Map<String, String> item = new LinkedHashMap<>();
        item.put("name", "p1");
        item.put("secret", "a=b");
        item.put("comment", "");
        ApiReply re = ApiReply.re().attributes(item).build();
        assertEquals(List.of("!re", "=name=p1", "=secret=a=b", "=comment="), re.words());
        assertEquals(item, re.attributes());
        assertThrows(IllegalArgumentException.class, () -> ApiReply.re().attribute("a=b", "c"));
    }

    @Test
    void parseAcceptsTagInAnyPosition() {
        ApiReply docsOrder = ApiReply.parse(List.of("!done", "=ret=*1", ".tag=3"));
        assertEquals(List.of("!done", ".tag=3", "=ret=*1"), docsOrder.words());
        assertEquals(ApiReply.fatal("not logged in"), ApiReply.parse(List.of("!fatal", "not logged in")));
        assertEquals(List.of("!re", "=flag="), ApiReply.parse(List.of("!re", "=flag")).words());
        assertThrows(IllegalArgumentException.class, () -> ApiReply.parse(List.of("!what")));
        assertThrows(IllegalArgumentException.class, () -> ApiReply.parse(List.of("!re", "bare")));
        assertThrows(IllegalArgumentException.class, () -> ApiReply.parse(List.of()));
    }
}
