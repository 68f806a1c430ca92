package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import io.rosipsec.shell.console.Console;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One configuration made over REST and the same made on the console export identically: REST writes through the
 * same menu model, with the same normalisation (routeros-api.md §1.11, §2.4).
 */
class RestExportTest extends RestFixture {
    private static final List<String> CONSOLE = List.of(
            "/ip ipsec profile add name=vpn-prof dh-group=modp2048 enc-algorithm=aes-256 hash-algorithm=sha256"
                    + " lifetime=8h nat-traversal=yes",
            "/ip ipsec proposal add name=prop1 auth-algorithms=sha256 enc-algorithms=aes-256-cbc,aes-128-gcm"
                    + " pfs-group=modp2048 lifetime=1h",
            "/ip ipsec peer add name=site-b address=192.0.2.1 profile=vpn-prof exchange-mode=ike2"
                    + " comment=\"edge router\"",
            "/ip ipsec identity add peer=site-b auth-method=pre-shared-key secret=s3cret generate-policy=port-strict",
            "/ip ipsec policy add src-address=10.1.0.0/24 dst-address=10.2.0.0/24 tunnel=yes peer=site-b"
                    + " proposal=prop1",
            "/ip ipsec peer set site-b passive=yes",
            "/ip ipsec settings set accounting=no");

    private void rest() throws Exception {
        ok(client.put("/rest/ip/ipsec/profile", "{\"dh-group\":\"modp2048\",\"enc-algorithm\":\"aes-256\","
                + "\"hash-algorithm\":\"sha256\",\"lifetime\":\"8h\",\"name\":\"vpn-prof\","
                + "\"nat-traversal\":\"yes\"}"));
        ok(client.put("/rest/ip/ipsec/proposal", "{\"name\":\"prop1\",\"auth-algorithms\":\"sha256\","
                + "\"enc-algorithms\":[\"aes-256-cbc\",\"aes-128-gcm\"],\"pfs-group\":\"modp2048\","
                + "\"lifetime\":\"1h\"}"));
        ok(client.put("/rest/ip/ipsec/peer", "{\"name\":\"site-b\",\"address\":\"192.0.2.1\",\"profile\":\"vpn-prof\","
                + "\"exchange-mode\":\"ike2\",\"comment\":\"edge router\",\"!local-address\":\"\"}"));
        ok(client.put("/rest/ip/ipsec/identity", "{\"peer\":\"site-b\",\"auth-method\":\"pre-shared-key\","
                + "\"secret\":\"s3cret\",\"generate-policy\":\"port-strict\"}"));
        ok(client.put("/rest/ip/ipsec/policy", "{\"src-address\":\"10.1.0.0/24\",\"dst-address\":\"10.2.0.0/24\","
                + "\"tunnel\":true,\"peer\":\"site-b\",\"proposal\":\"prop1\"}"));
        ok(client.patch("/rest/ip/ipsec/peer/site-b", "{\"passive\":\"true\"}"));
        ok(client.post("/rest/ip/ipsec/settings/set", "{\"accounting\":\"no\"}"));
    }

    private static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
    }

    private static List<String> export(Router r) {
        Session admin = r.authenticate("admin", "pw", "ssh", "127.0.0.1").orElseThrow();
        Console console = r.openConsole(admin, 200, 50);
        List<String> out = new ArrayList<>();
        for (String line : console.execute("/export")) {
            if (!line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void restAndConsoleExportAlike() throws Exception {
        rest();
        Router console = new Router(RouterOptions.defaults().withAdminPassword("pw"));
        Session admin = console.authenticate("admin", "pw", "ssh", "127.0.0.1").orElseThrow();
        Console c = console.openConsole(admin, 200, 50);
        for (String line : CONSOLE) {
            assertEquals(List.of(), c.execute(line), line);
        }
        List<String> viaRest = export(router);
        assertTrue(String.join("\n", viaRest).contains("site-b"), String.join("\n", viaRest));
        assertEquals(export(console), viaRest);
    }
}
