package io.rosipsec.api.rest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/** A java.net.http client for the tests, with basic auth and (for www-ssl) a trust-all TLS context, like curl -k. */
final class RestClient {
    private final HttpClient http;
    private final String base;
    private String authorization;

    RestClient(int port, boolean tls, String user, String password) {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (tls) {
            b.sslContext(trustAll());
        }
        this.http = b.build();
        this.base = (tls ? "https" : "http") + "://127.0.0.1:" + port;
        credentials(user, password);
    }

    void credentials(String user, String password) {
        authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, json, "application/json");
    }

    HttpResponse<String> patch(String path, String json) throws IOException, InterruptedException {
        return send("PATCH", path, json, "application/json");
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, json, "application/json");
    }

    HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, null);
    }

    HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        return sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    HttpResponse<String> sendBytes(String method, String path, byte[] body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static SSLContext trustAll() {
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new javax.net.ssl.TrustManager[] {new X509ExtendedTrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, java.net.Socket s) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, java.net.Socket s) {}

                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine e) {}

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine e) {}

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return c;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
