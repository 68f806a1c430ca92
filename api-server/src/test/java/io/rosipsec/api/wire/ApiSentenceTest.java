package io.rosipsec.api.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Word classification of routeros-api.md §1.3. */
class ApiSentenceTest {

    @Test
    void classifiesEveryWordKind() {
        ApiSentence s = ApiSentence.of("/ip/ipsec/peer/print", "=.proplist=name,address", "=detail=",
                ".tag=42", "?type=ether", "?#|", "=comment=a=b=c", "=verbose", "/stray", ".x=1");
        assertEquals("/ip/ipsec/peer/print", s.command());
        assertTrue(s.hasCommand());
        assertEquals(List.of(".proplist", "detail", "comment", "verbose"), List.copyOf(s.attributes().keySet()));
        assertEquals("a=b=c", s.attributes().get("comment"));
        assertEquals("", s.attributes().get("verbose"));
        assertEquals("", s.attributes().get("detail"));
        assertEquals(Map.of(".tag", "42", ".x", "1"), s.apiAttributes());
        assertEquals(Optional.of("42"), s.tag());
        assertEquals(Optional.of(List.of("name", "address")), s.proplist());
        assertEquals(List.of("?type=ether", "?#|"), s.queryWords());
        assertEquals(List.of("/stray"), s.otherWords());
        assertEquals(10, s.words().size());
    }

    @Test
    void emptyOrAbsentTagMeansUntagged() {
        assertEquals(Optional.empty(), ApiSentence.of("/a", ".tag=").tag());
        assertEquals(Optional.empty(), ApiSentence.of("/a", ".tag").tag());
        assertEquals(Optional.empty(), ApiSentence.of("/a").tag());
    }

    @Test
    void idProplistAndUnset() {
        ApiSentence s = ApiSentence.builder("/ip/ipsec/peer/set").attribute(".id", "*1A")
                .attribute("!local-address", "").attribute("address", "").build();
        assertEquals(Optional.of("*1A"), s.id());
        assertEquals(List.of("local-address"), s.unsetNames());
        assertEquals(Optional.of(""), s.attribute("address"));
        assertEquals(Optional.empty(), s.proplist());
        assertEquals(Optional.of(List.of()), ApiSentence.of("/x/print", "=.proplist=").proplist());
    }

    @Test
    void repeatedAttributeKeepsFirstPositionAndLastValue() {
        ApiSentence s = ApiSentence.of("/x", "=a=1", "=b=2", "=a=3");
        assertEquals(List.of("a", "b"), List.copyOf(s.attributes().keySet()));
        assertEquals("3", s.attributes().get("a"));
    }

    @Test
    void firstWordIsCommandUnlessItIsAnotherKind() {
        ApiSentence keepAlive = ApiSentence.of("#", ".tag=k1");
        assertEquals("#", keepAlive.command());
        assertTrue(keepAlive.hasCommand());
        ApiSentence noCommand = ApiSentence.of("=name=x", "/login");
        assertFalse(noCommand.hasCommand());
        assertEquals("", noCommand.command());
        assertEquals(Map.of("name", "x"), noCommand.attributes());
        assertEquals(List.of("/login"), noCommand.otherWords());
        assertEquals(ApiWordKind.COMMAND, ApiWordKind.classify("/a", 0));
        assertEquals(ApiWordKind.OTHER, ApiWordKind.classify("/a", 1));
        assertEquals(ApiWordKind.QUERY, ApiWordKind.classify("?a", 0));
        assertEquals(ApiWordKind.API_ATTRIBUTE, ApiWordKind.classify(".tag=1", 3));
        assertEquals(ApiWordKind.ATTRIBUTE, ApiWordKind.classify("=a=", 3));
    }

    @Test
    void rejectsEmptySentencesAndEmptyWords() {
        assertThrows(IllegalArgumentException.class, () -> ApiSentence.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> ApiSentence.of("/a", ""));
        assertThrows(IllegalArgumentException.class, () -> ApiSentence.builder("/a").query("type=x"));
    }

    @Test
    void builderProducesWireWordsAndValueEquality() {
        ApiSentence s = ApiSentence.builder("/interface/print").tag("t").query("?type=ether")
                .attribute("detail", "").word("=x").build();
        assertEquals(List.of("/interface/print", ".tag=t", "?type=ether", "=detail=", "=x"), s.words());
        assertEquals(s, ApiSentence.of(s.words()));
        assertEquals(s.hashCode(), ApiSentence.of(s.words()).hashCode());
    }
}
