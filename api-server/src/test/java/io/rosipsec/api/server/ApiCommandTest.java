package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.Schema;
import io.rosipsec.menu.SchemaLoader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Command word resolution against the schema (routeros-api.md §1.3, §1.9). */
class ApiCommandTest {
    private final Schema schema = SchemaLoader.load(RosVersion.DEFAULT);

    private List<String> traps(String word) {
        ApiCommandException e = assertThrows(ApiCommandException.class, () -> ApiCommand.resolve(schema, word));
        return e.traps().stream()
                .map(t -> t.category().map(c -> c.wire() + ":").orElse("") + t.message()).toList();
    }

    @Test
    void resolvesMenuAndVerb() throws Exception {
        ApiCommand c = ApiCommand.resolve(schema, "/ip/ipsec/peer/print");
        assertEquals("/ip/ipsec/peer", c.path());
        assertEquals("print", c.verb());
        assertTrue(c.printing());
        assertTrue(c.def().args().contains("count-only"));
    }

    @Test
    void getallAndListenTakePrintArguments() throws Exception {
        ApiCommand print = ApiCommand.resolve(schema, "/ip/ipsec/peer/print");
        assertEquals(print.def().args(), ApiCommand.resolve(schema, "/ip/ipsec/peer/getall").def().args());
        assertEquals(print.def().args(), ApiCommand.resolve(schema, "/ip/ipsec/peer/listen").def().args());
    }

    @Test
    void unknownSegmentGivesTwoTraps() {
        assertEquals(List.of("0:no such command or directory (wireless)", "no such command prefix"),
                traps("/interface/wireless/print"));
    }

    @Test
    void unknownVerbGivesOneTrap() {
        assertEquals(List.of("0:no such command or directory (foo)"), traps("/ip/ipsec/peer/foo"));
        assertEquals(List.of("0:no such command or directory (edit)"), traps("/ip/ipsec/peer/edit"));
    }

    @Test
    void menuWithoutVerbIsNoSuchCommandPrefix() {
        assertEquals(List.of("no such command prefix"), traps("/ip/ipsec/peer"));
        assertEquals(List.of("no such command prefix"), traps("/ip/ipsec/peer/"));
    }

    @Test
    void wordWithoutSlashIsAnUnknownCommand() {
        assertEquals(List.of("0:no such command or directory (#)", "no such command prefix"), traps("#"));
    }

    @Test
    void categoryTableRoundTrips() {
        for (ApiTrapCategory c : ApiTrapCategory.values()) {
            assertEquals(Optional.of(c), ApiTrapCategory.fromWire(c.wire()));
        }
        assertEquals(Optional.empty(), ApiTrapCategory.fromWire(8));
    }
}
