package io.rosipsec.menu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persistence "done when": a router process killed with SIGKILL at random moments always comes back with an
 * intact configuration equal to a state it had committed.
 *
 * <p>Each iteration starts a {@link CrashChild} JVM on the same data directory, lets it run {@link CrashWorkload}
 * commands for a random while, kills it ({@link ProcessHandle#destroyForcibly()}, SIGKILL on POSIX) and loads the
 * directory in-process. The child prints line {@code k} only after command {@code k} returned, and a command returns
 * only after {@link Persistence} has renamed its file into place; command {@code k+1} starts only after line
 * {@code k} is written. So if the last complete line the parent read is {@code L}:
 *
 * <ul>
 *   <li>state {@code L} was on disk when line {@code L} was printed;
 *   <li>the child may have been killed anywhere in command {@code L+1}: before its rename (disk still holds
 *       {@code L}), or after it but before line {@code L+1} was completely written (disk holds {@code L+1}; a line
 *       cut short by the kill has no newline and is not counted);
 *   <li>command {@code L+2} can not have started, so no later state is possible; and every earlier state was
 *       replaced by an atomic rename, so no older one is either.
 * </ul>
 *
 * With no line at all the child died while starting: the disk holds the previous iteration's state (or nothing, on
 * the fresh first run, or the freshly saved defaults). The parent knows state {@code L+1} although the child never
 * reported it because the workload is deterministic: it replays the run in-process from the same start file and
 * seed, and first checks that the replay reproduces every fingerprint the child reported.
 *
 * <p>"The last line the parent read" only means the last line the child wrote because the parent drains the pipe
 * to its end after the kill: {@link Process#destroyForcibly()} would also close the parent's end of the pipe and
 * discard lines still in it (the parent then sees states two or three commands past its last line), so the signal is
 * sent through {@link ProcessHandle#destroyForcibly()}, which only kills.
 *
 * <p>Run with {@code -Dcrash.seed=N} to try other kill timings. A SIGKILL leaves the page cache intact, so this exercises the temp-file/rename protocol and stray temp files, not
 * the {@code fsync}s (which only matter on power loss and can not be tested without a fault-injecting file system).
 */
class PersistenceCrashTest {
  private static final int ITERATIONS = 50;
  /** A child that is never killed stops by itself after this long. */
  private static final long CHILD_LIMIT_MS = 30_000;

  @TempDir Path data;
  @TempDir Path logs;

  @Test
  void killedRouterComesBackWithTheLastCommittedStateOrTheOneInFlight() throws Exception {
    long seed = Long.getLong("crash.seed", 0x5EED_2024L);
    Random rnd = new Random(seed);
    Path file = data.resolve(Persistence.FILE_NAME);
    byte[] start = null;
    int withCommands = 0;
    int inFlightLanded = 0;
    int strayTemps = 0;
    long commands = 0;
    for (int iter = 0; iter < ITERATIONS; iter++) {
      long runSeed = rnd.nextLong();
      String tag = Integer.toString(iter, 36);
      String where = "seed " + seed + " iteration " + iter;
      Path err = logs.resolve("child-" + iter + ".err");
      Process child = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k",
              "-cp", System.getProperty("java.class.path"),
              CrashChild.class.getName(), data.toString(), tag, Long.toString(runSeed),
              Long.toString(CHILD_LIMIT_MS))
          .redirectError(err.toFile())
          .start();
      LineCollector out = new LineCollector(child.getInputStream());
      out.start();
      try {
        if (iter % 5 == 0) {
          // blind: may hit JVM start-up, the load, or the first save of a fresh router
          Thread.sleep(rnd.nextInt(700));
        } else {
          assertTrue(out.awaitFirstLine(30, TimeUnit.SECONDS), () -> where + ": child printed nothing; " + log(err));
          Thread.sleep(10 + rnd.nextInt(250));
        }
        assertTrue(child.isAlive(), () -> where + ": child ended by itself, exit " + child.exitValue() + "; " + log(err));
        // SIGKILL through the process handle: Process.destroyForcibly() sends the same signal but also closes the
        // parent's end of the child's stdout, discarding lines still in the pipe (committed states would go unseen)
        assertTrue(child.toHandle().destroyForcibly(), where + ": SIGKILL not sent");
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), where + ": child survived SIGKILL");
      } finally {
        if (child.isAlive()) {
          child.destroyForcibly();
        }
        child.getOutputStream().close();
      }
      out.join(10_000);
      assertFalse(out.isAlive(), where + ": stdout of the killed child did not close");
      List<String> lines = out.lines();

      int temps = tempFiles().size();
      strayTemps += temps > 0 ? 1 : 0;
      byte[] onDisk = Files.exists(file) ? Files.readAllBytes(file) : null;
      Optional<LoadedConfig> loaded = new Persistence(data).load();
      assertEquals(List.of(), tempFiles(), where + ": stray temp files left after load");
      assertEquals(onDisk == null, loaded.isEmpty(), where);
      if (onDisk != null) {
        assertArrayEquals(onDisk, Persistence.encode(loaded.get().store(), loaded.get().savedBy()),
            where + ": loaded store does not re-encode to the file it came from");
      }

      int last = lines.size() - 1;
      // a few states beyond the allowed two, only to say which state the disk holds when the check fails
      List<String> replayed = replay(start, tag, runSeed, last + 4);
      for (int k = 0; k <= last; k++) {
        assertEquals(k + " " + replayed.get(k), lines.get(k), where + ": child and replay differ at step " + k);
      }
      Set<String> allowed = new HashSet<>();
      if (last < 0) {
        allowed.add(start == null ? null : CrashWorkload.fingerprint(start));
        allowed.add(replayed.get(0));
      } else {
        allowed.add(replayed.get(last));
        allowed.add(replayed.get(last + 1));
      }
      String got = onDisk == null ? null : CrashWorkload.fingerprint(onDisk);
      int reported = last;
      assertTrue(allowed.contains(got), () -> where + ": disk holds neither the last reported state (" + reported
          + ") nor the next one; " + (replayed.indexOf(got) >= 0 ? "it is state " + replayed.indexOf(got)
          : "it is no state of the run"));
      if (last >= 1) {
        withCommands++;
        commands += last;
      }
      if (last >= 0 && got.equals(replayed.get(last + 1)) && !got.equals(replayed.get(last))) {
        inFlightLanded++;
      }
      start = onDisk;
    }
    System.out.printf("crash test (seed %d): %d kills, %d after commands (%d commands), in-flight commit landed %d times, "
        + "stray temp files after %d kills%n", seed, ITERATIONS, withCommands, commands, inFlightLanded, strayTemps);
    assertTrue(withCommands >= ITERATIONS / 2, "too few kills landed while the child was committing: " + withCommands);
  }

  /** Fingerprints of states 0..steps of a run, computed in-process from the same start file and seed. */
  private List<String> replay(byte[] startFile, String tag, long seed, int steps) {
    ConfigStore store;
    if (startFile == null) {
      store = new ConfigStore();
    } else {
      store = new Persistence(data).decode(startFile).store();
    }
    MenuService service = new MenuService(SchemaLoader.load(RosVersion.DEFAULT), store);
    if (startFile == null) {
      service.installDefaults();
    }
    List<String> out = new ArrayList<>();
    out.add(CrashWorkload.fingerprint(store));
    CrashWorkload work = new CrashWorkload(service, tag, seed);
    for (int k = 1; k <= steps; k++) {
      work.step();
      out.add(CrashWorkload.fingerprint(store));
    }
    return out;
  }

  private List<Path> tempFiles() throws IOException {
    try (Stream<Path> s = Files.list(data)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  private static String log(Path err) {
    try {
      return "stderr: " + Files.readString(err);
    } catch (IOException e) {
      return "no stderr: " + e;
    }
  }

  /** Reads the child's stdout; only newline-terminated lines count (a line cut by the kill is dropped). */
  private static final class LineCollector extends Thread {
    private final InputStream in;
    private final List<String> lines = new ArrayList<>();
    private final CountDownLatch first = new CountDownLatch(1);

    LineCollector(InputStream in) {
      super("crash-child-stdout");
      setDaemon(true);
      this.in = in;
    }

    @Override
    public void run() {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(buf)) != -1) {
          for (int i = 0; i < n; i++) {
            if (buf[i] == '\n') {
              synchronized (lines) {
                lines.add(line.toString(StandardCharsets.UTF_8));
              }
              line.reset();
              first.countDown();
            } else {
              line.write(buf[i]);
            }
          }
        }
      } catch (IOException e) {
        // the pipe broke with the child: what was read stands
      }
    }

    boolean awaitFirstLine(long time, TimeUnit unit) throws InterruptedException {
      return first.await(time, unit);
    }

    List<String> lines() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }
  }
}
