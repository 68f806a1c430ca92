package io.rosipsec.router;

import io.rosipsec.menu.StatusProvider;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The router's {@code /log}: a bounded in-memory buffer of entries (time, topics, message) as RouterOS 7.10+ prints
 * them ({@code 2026-09-19 12:52:57 system,error,critical login failure for user test from 10.0.0.5 via ssh}).
 */
public final class RouterLog implements StatusProvider {
  private static final int CAPACITY = 1000;
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final Clock clock;
  private final Deque<Map<String, String>> entries = new ArrayDeque<>();
  private final List<Consumer<Map<String, String>>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private long nextId = 1;

  public RouterLog(Clock clock) {
    this.clock = clock;
  }

  /** Appends an entry; {@code topics} like {@code system,info,account}. */
  public synchronized void add(String topics, String message) {
    Map<String, String> e = new LinkedHashMap<>();
    e.put(".id", "*" + Long.toHexString(nextId++).toUpperCase());
    e.put("time", LocalDateTime.now(clock).format(ISO));
    e.put("topics", topics);
    e.put("message", message);
    entries.addLast(e);
    while (entries.size() > CAPACITY) {
      entries.removeFirst();
    }
    listeners.forEach(l -> l.accept(e));
  }

  /** Called for each new entry (follow prints, API listen). */
  public void listen(Consumer<Map<String, String>> listener) {
    listeners.add(listener);
  }

  public void unlisten(Consumer<Map<String, String>> listener) {
    listeners.remove(listener);
  }

  @Override
  public synchronized List<Map<String, String>> rows() {
    return new ArrayList<>(entries);
  }

  @Override
  public boolean action(String command, List<String> ids, Map<String, String> args) {
    String topics =
        switch (command) {
          case "info" -> "script,info";
          case "warning" -> "script,warning";
          case "error" -> "script,error";
          case "debug" -> "script,debug";
          default -> null;
        };
    if (topics == null) {
      return false;
    }
    add(topics, args.getOrDefault("message", ""));
    return true;
  }
}
