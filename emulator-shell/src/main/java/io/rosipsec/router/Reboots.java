package io.rosipsec.router;

import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.StatusProvider;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /system reboot}, {@code /system shutdown} and {@code /system package apply-changes} of one router
 * (routeros-cli.md §6, hw-profiles.md §5.1–5.2). The console asks {@code Reboot, yes? [y/N]: } first; the API and
 * REST do not ask. A request answers at once and acts "shortly" after (a {@link #DELAY_MS} pause, so the answer —
 * the console's {@code system will reboot shortly}, the API's {@code !done}, REST's {@code []} — reaches the client
 * before its connection drops).
 *
 * <p>A reboot saves the configuration, ends every session on every front end, stops the IPsec engine (its SAs are
 * gone), applies the scheduled package changes, rebuilds the schema and the {@link MenuService} over the same
 * configuration store (items of menus that vanished with a package stay stored and come back with it), restarts
 * the engine on the same UDP endpoints, resets the uptime and logs {@code router rebooted} (topics
 * {@code system,info}). The TCP listeners stay bound (an emulated reboot keeps its ports). A shutdown saves, ends
 * every session, stops the engine and tells the {@link #onShutdown} listeners (the launcher exits with status 0).
 */
public final class Reboots {
  /** How long after the request a reboot or shutdown happens, in milliseconds. */
  public static final long DELAY_MS = 300;

  private static final Logger LOG = Logger.getLogger(Reboots.class.getName());

  private final Router router;
  private final List<Runnable> shutdownListeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> rebootListeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile boolean halted;

  Reboots(Router router) {
    this.router = router;
  }

  /** Runs {@code listener} once the router has shut down. */
  public void onShutdown(Runnable listener) {
    shutdownListeners.add(listener);
  }

  /**
   * Runs {@code listener} at every reboot, once the sessions have ended and before the menus are rebuilt: front ends
   * drop the connections no session owns (API connections not logged in, REST keep-alive connections), as a
   * rebooting router resets every TCP connection.
   */
  public void onReboot(Runnable listener) {
    rebootListeners.add(listener);
  }

  /** Forgets a {@link #onReboot} listener (a front end that stopped). */
  public void removeRebootListener(Runnable listener) {
    rebootListeners.remove(listener);
  }

  /** Whether {@code /system shutdown} stopped the router. */
  public boolean halted() {
    return halted;
  }

  /** Reboots shortly, on another thread; a request while one is pending is the same request. */
  public void requestReboot() {
    later(this::reboot, "reboot");
  }

  /** Shuts down shortly, on another thread. */
  public void requestShutdown() {
    later(this::shutdown, "shutdown");
  }

  private void later(Runnable action, String name) {
    if (!pending.compareAndSet(false, true)) {
      return;
    }
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(DELAY_MS);
        action.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, name + " failed", e);
      } finally {
        pending.set(false);
      }
    }, "router-" + name);
    t.setDaemon(true);
    t.start();
  }

  /** Reboots now (see the class comment for the steps). */
  public synchronized void reboot() {
    if (halted) {
      return;
    }
    IpsecBridge bridge = stopRunning();
    List<InetSocketAddress> endpoints = bridge.endpoints();
    boolean engineWasRunning = bridge.running();
    bridge.stop();
    for (Runnable r : rebootListeners) {
      r.run();
    }
    router.packages().applyScheduled();
    router.resetUptime();
    router.buildMenus();
    if (engineWasRunning && endpoints.size() == 2 && router.schema().exists("/ip/ipsec")) {
      try {
        router.ipsec().start(endpoints.get(0).getAddress(), endpoints.get(0).getPort(), endpoints.get(1).getPort());
      } catch (IOException e) {
        router.log().add("ipsec,error", "failed to open IKE ports after reboot: " + e.getMessage());
      }
    }
    router.log().add("system,info", "router rebooted");
  }

  /** Shuts down now: saves, ends every session, stops the engine, then tells the listeners. */
  public synchronized void shutdown() {
    if (halted) {
      return;
    }
    stopRunning().stop();
    halted = true;
    for (Runnable r : shutdownListeners) {
      r.run();
    }
  }

  /** Waits for a running command, saves, ends every session; returns the engine bridge of the ending run. */
  private IpsecBridge stopRunning() {
    MenuService menus = router.menus();
    synchronized (menus) {
      router.save();
    }
    router.disconnectAll();
    return router.ipsec();
  }

  /** The {@code /system} actions {@code reboot} and {@code shutdown}. */
  StatusProvider provider() {
    return new StatusProvider() {
      @Override
      public List<Map<String, String>> rows() {
        return List.of();
      }

      @Override
      public boolean action(String command, List<String> ids, Map<String, String> args) {
        switch (command) {
          case "reboot" -> requestReboot();
          case "shutdown" -> requestShutdown();
          default -> {
            return false;
          }
        }
        return true;
      }
    };
  }
}
