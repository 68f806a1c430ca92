package io.rosipsec.api.launcher;

import io.rosipsec.menu.CorruptConfigException;
import io.rosipsec.menu.RosVersion;
import io.rosipsec.router.Router;
import io.rosipsec.router.RouterOptions;
import java.io.IOException;
import java.net.BindException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

/**
 * The emulator's entry point and composition root: parses the options, builds one {@link Router} (configuration
 * loaded from {@code --data-dir}), starts every front end, prints one {@code ready} line with every listening
 * address, and on SIGTERM or {@code /system shutdown} saves and stops (exit status 0). {@code /system reboot} keeps
 * the listeners bound and re-hooks {@code /ip service} on the rebuilt menu model ({@link Router#onMenus}). A port
 * that cannot be bound ends the process with status 1 and a message naming the port and the fix.
 */
public final class Launcher {
  /** A started front end. */
  public interface Listener extends AutoCloseable {
    String name();

    String address();

    @Override
    void close();
  }

  /** Starts one kind of front end for a router. */
  public interface FrontEndFactory {
    Listener start(Router router, LauncherOptions options) throws IOException;
  }

  private final List<Listener> others = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Services services;
  private final Router router;

  private Launcher(Router router, Services services) {
    this.router = router;
    this.services = services;
  }

  public static void main(String[] args) throws Exception {
    io.rosipsec.api.server.AnonymousTls.enable();
    LauncherOptions o;
    try {
      o = LauncherOptions.parse(args);
    } catch (LauncherOptions.UsageException e) {
      System.err.println(e.getMessage());
      System.exit(e.getMessage().startsWith("usage") ? 0 : 2);
      return;
    }
    Launcher l;
    try {
      l = start(o);
    } catch (StartupException e) {
      System.err.println(e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      l.stop();
      done.countDown();
    }, "shutdown"));
    // /system shutdown: the router saved and stopped its listeners; the process ends with status 0.
    l.router.reboots().onShutdown(() -> System.exit(0));
    done.await();
  }

  /** Builds the router and starts the front ends; the caller owns the result ({@link #stop()}). */
  public static Launcher start(LauncherOptions o) {
    RouterOptions ro = RouterOptions.defaults()
        .withVersion(RosVersion.parse(o.version))
        .withIdentity(o.identity)
        .withModel(o.model)
        .withDataDir(o.dataDir)
        .withAdminPassword(o.adminPassword)
        .withLicence(o.licence)
        .withEmulateThroughput(o.emulateThroughput)
        .withPackages(o.packages);
    Router router;
    try {
      router = new Router(ro);
    } catch (CorruptConfigException e) {
      throw new StartupException("error: " + e.getMessage()
          + "\nThe file was left untouched; move it away to start with a fresh configuration.");
    } catch (IllegalArgumentException e) {
      throw new StartupException("error: " + e.getMessage());
    }
    Launcher l = new Launcher(router, new Services(router, o, FrontEnds.services()));
    l.services.syncPorts();
    // After a reboot the new menu model gets the hook again; the listeners stay bound across an emulated reboot.
    router.onMenus(m -> m.hook("/ip/service", l.services));
    router.reboots().onShutdown(l::stop);
    // Front ends start in parallel (key generation on a first start dominates start-up time).
    List<CompletableFuture<Listener>> starting = new ArrayList<>(l.services.startEnabled());
    for (FrontEndFactory f : FrontEnds.all()) {
      starting.add(CompletableFuture.supplyAsync(() -> {
        try {
          Listener x = f.start(router, o);
          l.others.add(x);
          return x;
        } catch (IOException e) {
          throw new CompletionException(e);
        }
      }));
    }
    List<Listener> started = new ArrayList<>();
    Throwable failure = null;
    for (CompletableFuture<Listener> c : starting) {
      try {
        started.add(c.join());
      } catch (CompletionException e) {
        failure = failure == null ? e.getCause() : failure;
      }
    }
    if (failure instanceof BindException) {
      l.stop();
      throw new StartupException(failure.getMessage() + "\nUse another port (--port-offset 10000 moves every"
          + " default port), or run as root / with CAP_NET_BIND_SERVICE for ports below 1024.");
    } else if (failure != null) {
      l.stop();
      throw new StartupException("error: " + failure.getMessage());
    }
    List<String> addrs = new ArrayList<>();
    for (Listener x : started) {
      addrs.add(x.name() + " " + x.address());
    }
    System.out.println("RouterOS emulator " + router.version() + " (" + router.board().boardName() + ", identity "
        + router.identity() + ") ready: " + String.join(", ", addrs));
    System.out.flush();
    return l;
  }

  public Router router() {
    return router;
  }

  /** The listeners running now: {@code /ip service} ones by their current state, then the others. */
  public List<Listener> listeners() {
    List<Listener> out = new ArrayList<>(services.running().values());
    out.addAll(others);
    return out;
  }

  public void stop() {
    services.stop();
    for (Listener x : others) {
      try {
        x.close();
      } catch (RuntimeException e) {
        System.err.println("stopping " + x.name() + ": " + e);
      }
    }
    others.clear();
    router.save();
  }

  /** A start-up failure with the message to print. */
  public static final class StartupException extends RuntimeException {
    StartupException(String message) {
      super(message, null, false, false);
    }
  }
}
