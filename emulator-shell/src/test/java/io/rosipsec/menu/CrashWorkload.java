package io.rosipsec.menu;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The commands {@link CrashChild} runs, one per {@link #step()}: adds, sets and removes of {@code /ip/ipsec/profile}
 * and {@code /ip/ipsec/peer} items through {@link MenuService}. Deterministic for a given start state and seed, so
 * {@link PersistenceCrashTest} can replay a killed child's run in-process and know every state it went through,
 * including the one after its last reported command.
 */
final class CrashWorkload {
  static final String PROFILE = "/ip/ipsec/profile";
  static final String PEER = "/ip/ipsec/peer";
  /** Above this many items of a menu the workload prefers removing, keeping the store (and each save) small. */
  private static final int CAP = 24;

  private final MenuService service;
  private final Random rnd;
  private final String tag;
  private long n;

  CrashWorkload(MenuService service, String tag, long seed) {
    this.service = service;
    this.tag = tag;
    this.rnd = new Random(seed);
  }

  /** Runs exactly one command that commits (never one that is refused). */
  void step() {
    n++;
    ConfigStore store = service.store();
    List<Item> profiles = new ArrayList<>();
    for (Item i : store.items(PROFILE)) {
      if (!i.isYes("default")) {
        profiles.add(i);
      }
    }
    List<Item> peers = store.items(PEER);
    List<Item> unused = new ArrayList<>();
    for (Item p : profiles) {
      if (peers.stream().noneMatch(x -> p.idString().equals(x.get("profile")))) {
        unused.add(p);
      }
    }
    int op = rnd.nextInt(6);
    if (profiles.size() > CAP && !unused.isEmpty()) {
      op = 2;
    } else if (peers.size() > CAP) {
      op = 5;
    }
    Session s = Session.SYSTEM;
    switch (op) {
      case 1 -> {
        if (profiles.isEmpty()) {
          addProfile();
        } else {
          Item p = profiles.get(rnd.nextInt(profiles.size()));
          service.set(s, PROFILE, List.of(p.idString()),
              ordered("lifetime", (n % 86400 + 1) + "s", "lifebytes", Long.toString(n)), List.of());
        }
      }
      case 2 -> {
        if (unused.isEmpty()) {
          addProfile();
        } else {
          service.remove(s, PROFILE, List.of(unused.get(rnd.nextInt(unused.size())).idString()));
        }
      }
      case 3 -> {
        String profile = profiles.isEmpty() ? "default" : profiles.get(rnd.nextInt(profiles.size())).get("name");
        service.add(s, PEER, ordered("name", "peer-" + tag + "-" + n, "address", address(), "profile", profile));
      }
      case 4 -> {
        if (peers.isEmpty()) {
          service.add(s, PEER, ordered("name", "peer-" + tag + "-" + n, "address", address()));
        } else {
          Item p = peers.get(rnd.nextInt(peers.size()));
          service.set(s, PEER, List.of(p.idString()),
              ordered("comment", "step " + tag + "/" + n, "port", Integer.toString(rnd.nextInt(65536))), List.of());
        }
      }
      case 5 -> {
        if (peers.isEmpty()) {
          addProfile();
        } else {
          service.remove(s, PEER, List.of(peers.get(rnd.nextInt(peers.size())).idString()));
        }
      }
      default -> addProfile();
    }
  }

  private void addProfile() {
    service.add(Session.SYSTEM, PROFILE,
        ordered("name", "p" + tag + "-" + n, "lifetime", (n % 86400 + 1) + "s", "lifebytes", Long.toString(n)));
  }

  /**
   * Arguments in a fixed order: {@code Map.of} iterates in an order that changes from JVM to JVM, and the order of
   * arguments is the order of an added item's values, so the child and the replay would differ.
   */
  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  private String address() {
    return "10." + rnd.nextInt(256) + "." + rnd.nextInt(256) + "." + (1 + rnd.nextInt(254));
  }

  /** SHA-256 of exactly the bytes {@link Persistence} writes for this state. */
  static String fingerprint(byte[] fileBytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(fileBytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String fingerprint(ConfigStore store) {
    return fingerprint(Persistence.encode(store, RosVersion.DEFAULT));
  }
}
