package io.rosipsec.shell.ssh;

import io.rosipsec.router.RouterLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The recent critical log lines an interactive login shows after the banner (RouterOS CLI spec §1.4 item 4), e.g.
 * {@code 2026-09-19 12:52:57 system,error,critical login failure for user test from 10.0.0.5 via ssh}: entries whose
 * topics include {@code critical} and that no earlier console login has shown yet.
 */
final class CriticalNotices {
  private long lastShown;

  /** The lines to show now, oldest first; marks them as shown. */
  synchronized List<String> take(RouterLog log) {
    List<String> out = new ArrayList<>();
    long newest = lastShown;
    for (Map<String, String> e : log.rows()) {
      long id = id(e.get(".id"));
      if (id <= lastShown) {
        continue;
      }
      newest = Math.max(newest, id);
      String topics = e.getOrDefault("topics", "");
      if ((',' + topics + ',').contains(",critical,")) {
        out.add(e.getOrDefault("time", "") + " " + topics + " " + e.getOrDefault("message", ""));
      }
    }
    lastShown = newest;
    return out;
  }

  private static long id(String s) {
    if (s == null || !s.startsWith("*")) {
      return 0;
    }
    try {
      return Long.parseLong(s.substring(1), 16);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
