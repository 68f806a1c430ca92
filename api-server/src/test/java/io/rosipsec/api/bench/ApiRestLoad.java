package io.rosipsec.api.bench;

import io.rosipsec.api.rest.RestServer;
import io.rosipsec.api.rest.RestServerOptions;
import io.rosipsec.api.server.ApiServer;
import io.rosipsec.api.server.ApiServerOptions;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark (not a test; run by {@code bench/api-rest-load.sh}): binary API commands/s and REST requests/s with 1 and
 * 50 concurrent clients on loopback, each client doing a fixed number of {@code /ip/ipsec/peer/print} calls over 20
 * peers; the in-process {@code MenuService.rows} rate of the same work is printed as the baseline.
 */
public final class ApiRestLoad {
  private static final int CALLS_PER_CLIENT = 400;

  public static void main(String[] args) throws Exception {
    Router router = new Router(RouterOptions.defaults().withAdminPassword("pw"));
    for (int i = 0; i < 20; i++) {
      router.menus().add(Session.SYSTEM, "/ip/ipsec/peer", Map.of("name", "p" + i, "address", "192.0.2." + i));
    }
    InetAddress lo = InetAddress.getLoopbackAddress();
    ApiServer api = new ApiServer(router, ApiServerOptions.plain(lo, 0));
    int apiPort = api.start();
    RestServer rest = new RestServer(router, RestServerOptions.plain(lo, 0));
    int restPort = rest.start();
    try {
      baseline(router);
      for (int clients : new int[] {1, 50}) {
        run("api", clients, () -> apiClient(apiPort));
        run("rest", clients, () -> restClient(restPort));
      }
      baseline(router);
    } finally {
      api.close();
      rest.close();
    }
    System.exit(0);
  }

  interface Client {
    int call() throws Exception;
  }

  private static void baseline(Router router) {
    long t0 = System.nanoTime();
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      router.menus().rows(Session.SYSTEM, "/ip/ipsec/peer");
    }
    System.out.printf("baseline in-process MenuService.rows: %.0f calls/s%n", n / ((System.nanoTime() - t0) / 1e9));
  }

  private static void run(String what, int clients, java.util.concurrent.Callable<Client> factory) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Client> cs = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      cs.add(factory.call());
    }
    for (Client c : cs) {
      for (int i = 0; i < 20; i++) {
        c.call(); // warm-up
      }
    }
    long t0 = System.nanoTime();
    List<Future<Integer>> fs = new ArrayList<>();
    for (Client c : cs) {
      fs.add(pool.submit(() -> {
        int rows = 0;
        for (int i = 0; i < CALLS_PER_CLIENT; i++) {
          rows += c.call();
        }
        return rows;
      }));
    }
    long rows = 0;
    for (Future<Integer> f : fs) {
      rows += f.get();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    if (rows != (long) clients * CALLS_PER_CLIENT * 20) {
      throw new IllegalStateException("wrong row count " + rows);
    }
    System.out.printf("%-4s clients=%2d  %8.0f requests/s%n", what, clients, clients * CALLS_PER_CLIENT / secs);
  }

  private static Client apiClient(int port) throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
    s.setTcpNoDelay(true);
    DataInputStream in = new DataInputStream(s.getInputStream());
    OutputStream out = s.getOutputStream();
    send(out, "/login", "=name=admin", "=password=pw");
    readUntilDone(in);
    return () -> {
      send(out, "/ip/ipsec/peer/print");
      return readUntilDone(in);
    };
  }

  private static Client restClient(int port) {
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8));
    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/rest/ip/ipsec/peer"))
        .header("Authorization", auth).GET().build();
    return () -> {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("HTTP " + r.statusCode());
      }
      return r.body().split("\"\\.id\"", -1).length - 1;
    };
  }

  private static void send(OutputStream out, String... words) throws IOException {
    for (String w : words) {
      byte[] b = w.getBytes(StandardCharsets.UTF_8);
      if (b.length >= 0x80) {
        out.write(0x80 | (b.length >> 8));
      }
      out.write(b.length & 0xFF);
      out.write(b);
    }
    out.write(0);
    out.flush();
  }

  /** Reads sentences to {@code !done}; returns the number of {@code !re} rows. */
  private static int readUntilDone(DataInputStream in) throws IOException {
    int rows = 0;
    while (true) {
      String first = null;
      while (true) {
        int len = in.readUnsignedByte();
        if (len >= 0x80) {
          len = ((len & 0x3F) << 8) | in.readUnsignedByte();
        }
        if (len == 0) {
          break;
        }
        byte[] w = new byte[len];
        in.readFully(w);
        if (first == null) {
          first = new String(w, StandardCharsets.UTF_8);
        }
      }
      if ("!re".equals(first)) {
        rows++;
      } else if ("!done".equals(first)) {
        return rows;
      } else if ("!trap".equals(first) || "!fatal".equals(first)) {
        throw new IOException(first);
      }
    }
  }
}
