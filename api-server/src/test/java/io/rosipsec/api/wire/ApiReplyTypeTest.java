package io.rosipsec.api.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reply words of routeros-api.md §1.6. */
class ApiReplyTypeTest {

    @Test
    void wireWordsRoundTrip() {
        assertEquals("!re", ApiReplyType.RE.wire());
        assertEquals("!done", ApiReplyType.DONE.wire());
        assertEquals("!trap", ApiReplyType.TRAP.wire());
        assertEquals("!fatal", ApiReplyType.FATAL.wire());
        assertEquals("!empty", ApiReplyType.EMPTY.wire());
        for (ApiReplyType t : ApiReplyType.values()) {
            assertEquals(Optional.of(t), ApiReplyType.fromWire(t.wire()));
        }
    }

    @Test
    void unknownWordsAreEmpty() {
        assertEquals(Optional.empty(), ApiReplyType.fromWire("!nope"));
        assertEquals(Optional.empty(), ApiReplyType.fromWire("re"));
        assertEquals(Optional.empty(), ApiReplyType.fromWire("!DONE"));
    }
}
