package io.rosipsec.api.launcher;

import io.rosipsec.api.server.ApiServer;
import io.rosipsec.api.server.ApiServerOptions;
import io.rosipsec.shell.ssh.SshFrontEnd;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.util.List;

/** The front ends the launcher starts, in order: SSH, API, API-SSL, IKE (UDP 500/4500 of the IPsec engine). */
final class FrontEnds {
  private FrontEnds() {}

  static List<Launcher.FrontEndFactory> all() {
    return List.of(FrontEnds::ssh, (r, o) -> api(r, o, false), (r, o) -> api(r, o, true), FrontEnds::ike);
  }

  private static Launcher.Listener ssh(io.rosipsec.router.Router router, LauncherOptions o) throws IOException {
    int port = o.port("ssh");
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

  private static Launcher.Listener api(io.rosipsec.router.Router router, LauncherOptions o, boolean tls)
      throws IOException {
    String name = tls ? "api-ssl" : "api";
    int port = o.port(name);
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
