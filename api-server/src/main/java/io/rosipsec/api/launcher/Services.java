package io.rosipsec.api.launcher;

import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code /ip service} governs the listeners: at start the launcher's ports are written into the menu and every
 * enabled service starts; afterwards a {@code set} through any front end ({@code port}, {@code disabled}) rebinds or
 * closes that listener without restarting the router ({@code address} is checked per connection by the listeners
 * themselves, see {@link Router#serviceAllows}; {@code certificate} is read per connection by the TLS listeners). Changes are applied on a worker thread, after the command that made
 * them has answered.
 */
final class Services implements MenuHook {
  /** Starts one service's listener on a port. */
  interface ServiceFactory {
    Launcher.Listener start(Router router, LauncherOptions options, int port) throws IOException;
  }

  private final Router router;
  private final LauncherOptions options;
  private final Map<String, ServiceFactory> factories;
  private final Map<String, Launcher.Listener> running = new ConcurrentHashMap<>();
  private final Map<String, Integer> ports = new ConcurrentHashMap<>();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ip-service");
    t.setDaemon(true);
    return t;
  });

  Services(Router router, LauncherOptions options, Map<String, ServiceFactory> factories) {
    this.router = router;
    this.options = options;
    this.factories = factories;
  }

  /** Writes the launcher's ports into {@code /ip service}. */
  void syncPorts() {
    for (String name : factories.keySet()) {
      int port = options.port(name);
      String current = row(name).get("port");
      if (!String.valueOf(port).equals(current)) {
        router.menus().set(Session.SYSTEM, "/ip/service", List.of(name), Map.of("port", String.valueOf(port)),
            List.of());
      }
    }
  }

  /** Starts every enabled service (in parallel); the first failure is thrown after the others have started. */
  List<CompletableFuture<Launcher.Listener>> startEnabled() {
    List<CompletableFuture<Launcher.Listener>> out = new ArrayList<>();
    for (Map.Entry<String, ServiceFactory> e : factories.entrySet()) {
      MenuService.Row r = row(e.getKey());
      if (r.flag("disabled")) {
        continue;
      }
      int port = Integer.parseInt(r.get("port"));
      out.add(CompletableFuture.supplyAsync(() -> {
        try {
          Launcher.Listener l = e.getValue().start(router, options, port);
          running.put(e.getKey(), l);
          ports.put(e.getKey(), port);
          return l;
        } catch (IOException ex) {
          throw new CompletionException(ex);
        }
      }));
    }
    return out;
  }

  @Override
  public void applied(MenuService service, Item before, Item after) {
    String name = (after != null ? after : before).get("name");
    if (name != null && factories.containsKey(name)) {
      worker.submit(() -> reconcile(name));
    }
  }

  /** Brings one listener in line with its {@code /ip service} row. */
  private synchronized void reconcile(String name) {
    MenuService.Row r = row(name);
    Launcher.Listener current = running.get(name);
    int port = Integer.parseInt(r.get("port"));
    boolean wanted = !r.flag("disabled");
    if (current != null && (!wanted || ports.getOrDefault(name, -1) != port)) {
      current.close();
      running.remove(name);
      router.log().add("system,info", name + " service stopped on port " + ports.get(name));
    }
    if (wanted && !running.containsKey(name)) {
      try {
        running.put(name, factories.get(name).start(router, options, port));
        ports.put(name, port);
        router.log().add("system,info", name + " service started on port " + port);
      } catch (IOException | RuntimeException e) {
        router.log().add("system,error,critical", "could not start " + name + " service on port " + port + ": "
            + e.getMessage());
      }
    }
  }

  private MenuService.Row row(String name) {
    for (MenuService.Row r : router.menus().rows(Session.SYSTEM, "/ip/service")) {
      if (name.equals(r.get("name"))) {
        return r;
      }
    }
    throw new IllegalStateException("no /ip service " + name);
  }

  /** Listeners running now, by service name. */
  Map<String, Launcher.Listener> running() {
    return Map.copyOf(running);
  }

  void stop() {
    worker.shutdown();
    try {
      worker.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Launcher.Listener l : running.values()) {
      l.close();
    }
    running.clear();
  }
}
