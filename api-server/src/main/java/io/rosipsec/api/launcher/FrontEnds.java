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
 * The front ends the launcher starts, in order: SSH, API, API-SSL, WWW, WWW-SSL (REST under {@code /rest}; every
 * emulated version is 7.9 or later, so both REST services run, routeros-api.md §2.1).
 */
final class FrontEnds {
  private FrontEnds() {}

  /** Front ends that are not {@code /ip service} entries (started always). */
  static List<Launcher.FrontEndFactory> all() {
    return List.of();
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
    int bound;
    try {
      bound = server.start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting " + name, e);
    } catch (RuntimeException e) {
      throw bindFailure(name, o.bind, port, e);
    }
    return listener(name, o.bind + ":" + bound, server::close);
  }

  private static Launcher.Listener www(io.rosipsec.router.Router router, LauncherOptions o, int port, boolean tls)
      throws IOException {
    String name = tls ? "www-ssl" : "www";
    java.net.InetAddress addr = java.net.InetAddress.getByName(o.bind);
    RestServer server =
        new RestServer(router, tls ? RestServerOptions.tls(addr, port) : RestServerOptions.plain(addr, port));
    int bound;
    try {
      bound = server.start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while starting " + name, e);
    } catch (RuntimeException e) {
      throw bindFailure(name, o.bind, port, e);
    }
    return listener(name, o.bind + ":" + bound, server::close);
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
