package io.rosipsec.api.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 on one raw connection: pipelined requests are answered in order, then the connection closes. */
class RestConnectionTest extends RestFixture {
    private static final String AUTH = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.US_ASCII)) + "\r\n";

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        String body = "{\"name\":\"piped\"}";
        String requests = "PUT /rest/ip/ipsec/peer HTTP/1.1\r\nHost: r\r\n" + AUTH
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body
                + "GET /rest/ip/ipsec/peer?.proplist=name HTTP/1.1\r\nHost: r\r\n" + AUTH + "\r\n"
                + "GET /rest/ip/ipsec/peer/nope HTTP/1.1\r\nHost: r\r\nConnection: close\r\n" + AUTH + "\r\n";
        String reply;
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(requests.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            reply = all.toString(StandardCharsets.UTF_8);
        }
        int first = reply.indexOf("HTTP/1.1 200 OK");
        int second = reply.indexOf("[{\"name\":\"piped\"}]");
        int third = reply.indexOf("HTTP/1.1 404 Not Found");
        assertTrue(first >= 0 && first < second && second < third, reply);
        assertTrue(reply.contains("connection: close"), reply);
        assertEquals(3, reply.split("HTTP/1.1 ", -1).length - 1, reply);
    }
}
