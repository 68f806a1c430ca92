package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.api.wire.ApiSentence;
import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.Schema;
import io.rosipsec.menu.SchemaLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attribute words checked against a command's arguments (routeros-api.md §1.3, §1.4). */
class ApiArgumentsTest {
    private final Schema schema = SchemaLoader.load(RosVersion.DEFAULT);

    private ApiArguments args(String... words) throws ApiCommandException {
        ApiSentence s = ApiSentence.of(words);
        return ApiArguments.of(ApiCommand.resolve(schema, s.command()), s);
    }

    private String refused(String... words) {
        ApiCommandException e = assertThrows(ApiCommandException.class, () -> args(words));
        return e.traps().get(0).message();
    }

    @Test
    void idsNamesAndUnsetAreSorted() throws Exception {
        ApiArguments a = args("/ip/ipsec/peer/set", "=.id=*1,p2", "=comment=x", "=!port=");
        assertEquals(List.of("*1", "p2"), a.refs());
        assertEquals(Map.of("comment", "x"), a.values());
        assertEquals(List.of("port"), a.unset());
        assertEquals(List.of("*3"), args("/ip/ipsec/peer/remove", "=numbers=*3").refs());
    }

    @Test
    void emptyValuesOfOptionalPropertiesUnsetThemOnSetAndAdd() throws Exception {
        ApiArguments a = args("/ip/ipsec/peer/set", "=.id=*1", "=comment=", "=address=", "=exchange-mode=ike2");
        assertEquals(Map.of("exchange-mode", "ike2"), a.values());
        assertEquals(List.of("comment", "address"), a.unset());
        assertEquals(Map.of("name", ""), args("/ip/ipsec/peer/set", "=.id=*1", "=name=").values(), "key kept");
        assertEquals(Map.of("from", ""), args("/ip/ipsec/peer/print", "=from=").values(), "print unchanged");
    }

    @Test
    void unknownNamesAreRefusedByName() {
        assertEquals("unknown parameter bogus", refused("/ip/ipsec/peer/add", "=name=p", "=bogus=1"));
        assertEquals("unknown parameter .id", refused("/ip/ipsec/peer/add", "=.id=*1"));
        assertEquals("unknown parameter bogus", refused("/ip/ipsec/peer/set", "=!bogus="));
        assertEquals("unknown parameter .proplist", refused("/ip/ipsec/peer/remove", "=.proplist=name"));
        assertEquals("unknown parameter stray", refused("/ip/ipsec/peer/print", "stray"));
    }

    @Test
    void printFlagsAndProplistAreAccepted() throws Exception {
        ApiArguments a = args("/ip/ipsec/peer/print", "=.proplist=name", "=count-only=", "=detail");
        assertTrue(a.has("count-only"));
        assertTrue(a.has("detail"));
    }
}
