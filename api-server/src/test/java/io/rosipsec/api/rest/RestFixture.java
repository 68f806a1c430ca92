package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh router with admin/pw and a plain REST server on 127.0.0.1, port 0, for each test. */
abstract class RestFixture {
    protected Router router;
    protected RestServer server;
    protected RestClient client;

    /** The options the server starts with; tests may narrow the limits. */
    protected RestServerOptions options() {
        return RestServerOptions.plain(InetAddress.getLoopbackAddress(), 0);
    }

    @BeforeEach
    void startServer() throws Exception {
        router = new Router(RouterOptions.defaults().withAdminPassword("pw"));
        server = new RestServer(router, options());
        client = new RestClient(server.start(), server.options().tls(), "admin", "pw");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Map<?, ?> object(HttpResponse<String> r) throws RestJsonException {
        return (Map<?, ?>) RestJson.parse(r.body());
    }

    static List<?> array(HttpResponse<String> r) throws RestJsonException {
        return (List<?>) RestJson.parse(r.body());
    }

    static void assertReply(int status, String body, HttpResponse<String> r) {
        assertEquals(status + " " + body, r.statusCode() + " " + r.body());
    }

    static final String BAD_REQUEST = ",\"error\":400,\"message\":\"Bad Request\"}";

    static String badRequest(String detail) {
        return "{\"detail\":\"" + detail + "\"" + BAD_REQUEST;
    }
}
