package io.rosipsec.router;

import io.rosipsec.menu.StatusProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The router's {@code /file} store: what {@code export file=} writes and {@code /import file-name=} reads. Files live
 * under {@code <data-dir>/files} (or in memory for a router without a data directory).
 */
public final class RouterFiles implements StatusProvider {
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Path dir;
  private final Clock clock;
  private final Map<String, String[]> memory = new TreeMap<>();

  public RouterFiles(Path dataDir, Clock clock) {
    this.dir = dataDir == null ? null : dataDir.resolve("files");
    this.clock = clock;
  }

  public synchronized void write(String name, String contents) {
    String safe = safeName(name);
    if (dir != null) {
      try {
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + safe + ".tmp");
        Files.writeString(tmp, contents, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(safe), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      memory.put(safe, new String[] {contents, LocalDateTime.now(clock).format(ISO)});
    }
  }

  public synchronized Optional<String> read(String name) {
    String safe = safeName(name);
    if (dir != null) {
      Path p = dir.resolve(safe);
      try {
        return Files.isRegularFile(p) ? Optional.of(Files.readString(p, StandardCharsets.UTF_8)) : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    String[] f = memory.get(safe);
    return f == null ? Optional.empty() : Optional.of(f[0]);
  }

  /** File names stay inside the store: no directories, no dot files. */
  private static String safeName(String name) {
    String n = name.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1);
    if (n.isEmpty() || n.startsWith(".")) {
      throw new io.rosipsec.menu.MenuException("failure: bad file name");
    }
    return n;
  }

  @Override
  public String add(Map<String, String> args) {
    String name = args.get("name");
    if (name == null) {
      throw new io.rosipsec.menu.MenuException("missing value(s) of argument(s) name");
    }
    write(name, args.getOrDefault("contents", ""));
    for (Map<String, String> r : rows()) {
      if (safeName(name).equals(r.get("name"))) {
        return r.get(".id");
      }
    }
    return "*0";
  }

  @Override
  public boolean action(String command, List<String> ids, Map<String, String> args) {
    if (!command.equals("remove")) {
      return false;
    }
    for (Map<String, String> r : rows()) {
      if (ids.contains(r.get(".id"))) {
        delete(r.get("name"));
      }
    }
    return true;
  }

  private synchronized void delete(String name) {
    memory.remove(name);
    if (dir != null) {
      try {
        Files.deleteIfExists(dir.resolve(safeName(name)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public synchronized List<Map<String, String>> rows() {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, String[]> all = new TreeMap<>(memory);
    if (dir != null && Files.isDirectory(dir)) {
      try (var s = Files.list(dir)) {
        s.filter(p -> !p.getFileName().toString().startsWith("."))
            .forEach(p -> {
              try {
                all.put(p.getFileName().toString(), new String[] {Files.readString(p),
                    LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), clock.getZone()).format(ISO)});
              } catch (IOException e) {
                // unreadable file: not listed
              }
            });
      } catch (IOException e) {
        // no listing
      }
    }
    int id = 1;
    for (Map.Entry<String, String[]> e : all.entrySet()) {
      Map<String, String> r = new LinkedHashMap<>();
      r.put(".id", "*" + Integer.toHexString(id++).toUpperCase());
      r.put("name", e.getKey());
      r.put("type", e.getKey().endsWith(".rsc") ? "script" : "file");
      r.put("size", Integer.toString(e.getValue()[0].getBytes(StandardCharsets.UTF_8).length));
      r.put("last-modified", e.getValue()[1]);
      out.add(r);
    }
    return out;
  }
}
