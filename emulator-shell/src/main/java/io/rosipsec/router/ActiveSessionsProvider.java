package io.rosipsec.router;

import io.rosipsec.menu.StatusProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /user active}: the logged-in sessions of a router (routeros-cli.md §6), computed on every read. */
final class ActiveSessionsProvider implements StatusProvider {
  private final List<Router.ActiveSession> active;
  private final Clock clock;

  ActiveSessionsProvider(List<Router.ActiveSession> active, Clock clock) {
    this.active = active;
    this.clock = clock;
  }

  @Override
  public List<Map<String, String>> rows() {
    List<Map<String, String>> out = new ArrayList<>();
    java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
        .withZone(clock.getZone());
    for (Router.ActiveSession a : active) {
      Map<String, String> r = new LinkedHashMap<>();
      r.put(".id", "*" + Long.toHexString(a.id()).toUpperCase());
      r.put("when", f.format(a.when()));
      r.put("name", a.user());
      r.put("address", a.address());
      r.put("via", a.via());
      r.put("group", a.group());
      out.add(r);
    }
    return out;
  }
}
