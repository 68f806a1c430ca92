package io.rosipsec.api.launcher;

import io.rosipsec.api.rest.RestServer;
import io.rosipsec.api.rest.RestServerOptions;
import io.rosipsec.api.server.ApiServer;
import io.rosipsec.api.server.ApiServerOptions;
import io.rosipsec.shell.ssh.SshFrontEnd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.List;

/**
 * The front ends the launcher starts: the {@code /ip service} ones (SSH, API, API-SSL, WWW and WWW-SSL with REST under
 * {@code /rest}, routeros-api.md §2.1) and IKE (UDP 500/4500 of the IPsec engine).
 */
final class FrontEnds {
  private FrontEnds() {}

  /** Front ends that are not {@code /ip service} entries (started always). */
  static List<Launcher.FrontEndFactory> all() {
    return List.of(FrontEnds::ike);
  }

  /** The {@code /ip service} entries the emulator serves, by service name, in start order. */
  static java.util.Map<String, Services.ServiceFactory> services() {
    java.util.Map<String, Services.ServiceFactory> m = new java.util.LinkedHashMap<>();
    m.put("ssh", FrontEnds::ssh);
    m.put("api", (r, o, port) -> api(r, o, port, false));
    m.put("api-ssl", (r, o, port) -> api(r, o, port, true));
    m.put("www", (r, o, port) -> www(r, o, port, false));
    m.put("www-ssl", (r, o, port) -> www(r, o, port, true));
    return m;
  }

  private static Launcher.Listener ssh(io.rosipsec.router.Router router, LauncherOptions o, int port)
      throws IOException {
    SshFrontEnd ssh = new SshFrontEnd(router, o.bind, port, o.dataDir.resolve("ssh_host_rsa_key"));
    try {
      ssh.start();
    } catch (IOException e) {
      throw bindFailure("ssh", o.bind, port, e);
    }
    return listener("ssh", o.bind + ":" + ssh.port(), () -> {
      try {
        ssh.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static Launcher.Listener api(io.rosipsec.router.Router router, LauncherOptions o, int port, boolean tls)
      throws IOException {
    String name = tls ? "api-ssl" : "api";
    java.net.InetAddress addr = java.net.InetAddress.getByName(o.bind);
    ApiServer server = new ApiServer(router,
        tls ? ApiServerOptions.tls(addr, port) : ApiServerOptions.plain(addr, port));
    return netty(name, o.bind, port, server::start, server::close);
  }

  /** A Netty TCP server started as one listener; bind failures name the service and port. */
  private interface Start {
    int start() throws InterruptedException;
  }

  private static Launcher.Listener netty(String name, String bind, int port, Start start, Runnable close)
      throws IOException {
    int bound;
    try {
      bound = start.start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting " + name, e);
    } catch (RuntimeException e) {
      throw bindFailure(name, bind, port, e);
    }
    return listener(name, bind + ":" + bound, close);
  }

  private static Launcher.Listener www(io.rosipsec.router.Router router, LauncherOptions o, int port, boolean tls)
      throws IOException {
    String name = tls ? "www-ssl" : "www";
    java.net.InetAddress addr = java.net.InetAddress.getByName(o.bind);
    RestServer server =
        new RestServer(router, tls ? RestServerOptions.tls(addr, port) : RestServerOptions.plain(addr, port));
    return netty(name, o.bind, port, server::start, server::close);
  }

  /**
   * The router's IPsec engine on UDP {@code --ike-port}/{@code --nat-t-port} of {@code --bind}; ESP goes
   * UDP-encapsulated on the NAT-T port ({@code --esp-transport udp}, the only transport so far).
   */
  private static Launcher.Listener ike(io.rosipsec.router.Router router, LauncherOptions o) throws IOException {
    int ikePort = o.port("ike");
    int natT = o.port("nat-t");
    try {
      router.ipsec().start(java.net.InetAddress.getByName(o.bind), ikePort, natT);
    } catch (IOException e) {
      throw bindFailure("ike", o.bind, ikePort, e);
    }
    return listener("ike", o.bind + ":" + ikePort + "/" + natT + " (esp " + o.espTransport + ")",
        () -> router.ipsec().stop());
  }

  private static IOException bindFailure(String name, String bind, int port, Exception e) {
    BindException b = new BindException("error: can not listen for " + name + " on " + bind + ":" + port + " ("
        + e.getMessage() + ").");
    b.initCause(e);
    return b;
  }

  private static Launcher.Listener listener(String name, String address, Runnable close) {
    return new Launcher.Listener() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String address() {
        return address;
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }
}
