package io.rosipsec.menu;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Child process of {@link PersistenceCrashTest}: a router with {@link Persistence} attached that runs the
 * {@link CrashWorkload} until it is killed. After each committed command (which {@link Persistence} has saved before
 * the command returned) it prints {@code <step> <fingerprint>} and flushes; line {@code 0} is the start state.
 *
 * <p>Arguments: data directory, run tag, seed, time limit in milliseconds. Every loop is bounded: the child stops
 * after the time limit or {@link #MAX_STEPS}, and exits at once when its standard input closes (the parent died).
 * Exit codes: 0 limit reached, 2 a save failed, 3 parent gone.
 */
final class CrashChild {
  static final long MAX_STEPS = 1_000_000;

  private CrashChild() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    String tag = args[1];
    long seed = Long.parseLong(args[2]);
    long deadline = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000L;

    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // the parent never writes; EOF means it is gone
        }
      } catch (IOException e) {
        // treated as EOF
      }
      Runtime.getRuntime().halt(3);
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();

    PrintStream out = System.out;
    Persistence persistence = new Persistence(dir);
    Optional<LoadedConfig> loaded = persistence.load();
    ConfigStore store = loaded.map(LoadedConfig::store).orElseGet(ConfigStore::new);
    MenuService service = new MenuService(SchemaLoader.load(RosVersion.DEFAULT), store);
    persistence.attach(service);
    if (loaded.isEmpty()) {
      service.installDefaults();
      persistence.save(store);
    }
    out.println("0 " + CrashWorkload.fingerprint(store));
    out.flush();
    CrashWorkload work = new CrashWorkload(service, tag, seed);
    for (long step = 1; step <= MAX_STEPS && System.nanoTime() < deadline; step++) {
      work.step();
      if (persistence.lastFailure().isPresent()) {
        persistence.lastFailure().get().printStackTrace();
        Runtime.getRuntime().halt(2);
      }
      out.println(step + " " + CrashWorkload.fingerprint(store));
      out.flush();
    }
    Runtime.getRuntime().halt(0);
  }
}
