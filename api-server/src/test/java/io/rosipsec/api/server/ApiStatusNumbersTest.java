package io.rosipsec.api.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Status values as plain numbers in the API (routeros-api.md §1.11, §3.3 api_facts). */
class ApiStatusNumbersTest {
    @Test
    void unitsAreDropped() {
        assertEquals("1073741824", ApiStatusNumbers.raw("1024.0MiB"));
        assertEquals("964689920", ApiStatusNumbers.raw("920.0MiB"));
        assertEquals("2310144", ApiStatusNumbers.raw("2256.0KiB"));
        assertEquals("17072495002", ApiStatusNumbers.raw("15.9GiB"));
        assertEquals("533", ApiStatusNumbers.raw("533MHz"));
        assertEquals("0", ApiStatusNumbers.raw("0%"));
        assertEquals("7.20.8 (long-term)", ApiStatusNumbers.raw("7.20.8 (long-term)"));
        assertEquals("1d2h", ApiStatusNumbers.raw("1d2h"));
        assertEquals("MiB", ApiStatusNumbers.raw("MiB"));
    }

    /** community.routeros api_facts reads these with float()/int() (found running it against the emulator). */
    @Test
    void systemResourcePrintsNumbersButTheConfigurationKeepsItsText() {
        ApiTestChannel c = new ApiTestChannel(new Router(RouterOptions.defaults())).login();
        Map<String, String> r = c.send("/system/resource/print").get(0).attributes();
        for (String k : List.of("free-memory", "total-memory", "free-hdd-space", "total-hdd-space", "cpu-frequency",
                "cpu-load")) {
            assertTrue(r.get(k).matches("\\d+"), k + "=" + r.get(k));
        }
        assertEquals(1L << 30, Long.parseLong(r.get("total-memory")), "RB1100AHx4: 1024.0MiB");
        assertTrue(r.get("version").startsWith("7."), r.toString());
        assertEquals(List.of(List.of("!done", "=ret=" + r.get("total-memory"))),
                ApiTestChannel.words(c.send("/system/resource/get", "=value-name=total-memory")));
        c.send("/ip/ipsec/peer/add", "=name=p1", "=comment=12MHz");
        assertEquals("12MHz", c.send("/ip/ipsec/peer/print").get(0).attributes().get("comment"));
    }
}
