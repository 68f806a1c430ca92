package io.rosipsec.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A strongSwan peer in its own network namespace (spec ike-esp.md §5.1-5.3, script {@code
 * e2e/strongswan/lab.sh}): netns {@code ros-swan-<random>} runs charon with kernel-libipsec
 * (user-space ESP, which only does UDP encapsulation: the connections use {@code encap = yes}),
 * kernel-netlink, the gcrypt/openssl/gcm/curve25519 crypto plugins and its own strongswan.conf,
 * pid directory (tmpfs) and vici socket in a temporary lab directory. A veth pair joins it to the
 * root namespace: charon on {@link #nsAddress()}, the emulator under test on {@link
 * #rootAddress()} with the real ports 500/4500 (no port mapping: both ends see the standard ports,
 * so charon floats to 4500 exactly as towards a router). Charon's side of the tunnel is
 * 198.51.100.1/32 on the namespace's lo; 203.0.113.0/24 (the emulator's side) is routed to the veth.
 *
 * <p>The addresses are a /30 out of 192.0.2.0/24 not yet used on this host, so two labs can run
 * side by side. charon logs with {@code ike = 4, chd = 4} (keys in the log: test namespaces only).
 */
final class StrongswanLab implements AutoCloseable {
  static final String CHARON_TS = "198.51.100.0/24";
  static final String CHARON_HOST = "198.51.100.1";
  static final String EMULATOR_TS = "203.0.113.0/24";
  static final String EMULATOR_HOST = "203.0.113.1";
  private static final Path PLUGINS = Path.of("/usr/lib/ipsec/plugins");
  private static final List<String> NEEDED_PLUGINS = List.of("kernel-libipsec", "kernel-netlink", "openssl", "gcm",
      "gcrypt", "curve25519", "vici", "socket-default");

  final String netns;
  final String vethRoot;
  final String vethNs;
  final Path dir;
  private final String rootAddress;
  private final String nsAddress;
  private final Path script;
  private boolean up;

  private StrongswanLab(String suffix, int quad, Path dir, Path script) {
    this.netns = "ros-swan-" + suffix;
    this.vethRoot = "rsw" + suffix + "r";
    this.vethNs = "rsw" + suffix + "n";
    this.rootAddress = "192.0.2." + (quad * 4 + 2);
    this.nsAddress = "192.0.2." + (quad * 4 + 1);
    this.dir = dir;
    this.script = script;
  }

  /** Why the lab cannot run here (not root, charon/swanctl/ip or a plugin missing), or null if it can. */
  static String unavailable() {
    if (!"root".equals(System.getProperty("user.name"))) {
      return "needs root (ip netns)";
    }
    for (String tool : List.of("/usr/sbin/swanctl", "/usr/sbin/ipsec", "/usr/lib/ipsec/charon", "/usr/sbin/ip",
        "/usr/bin/ping")) {
      if (!Tools.present(tool)) {
        return tool + " missing";
      }
    }
    for (String p : NEEDED_PLUGINS) {
      if (!Files.exists(PLUGINS.resolve("libstrongswan-" + p + ".so"))) {
        return "strongSwan plugin " + p + " missing";
      }
    }
    return null;
  }

  /** Creates the namespace, the veth pair and starts charon; closes everything if a step fails. */
  static StrongswanLab start() throws Exception {
    SecureRandom random = new SecureRandom();
    String suffix = String.format("%06x", random.nextInt(1 << 24));
    int quad = freeQuad(random);
    Path dir = Files.createTempDirectory("ros-swan-");
    Path script = dir.resolve("lab.sh");
    try (var in = StrongswanLab.class.getResourceAsStream("/e2e/strongswan/lab.sh")) {
      Files.write(script, in.readAllBytes());
    }
    StrongswanLab lab = new StrongswanLab(suffix, quad, dir, script);
    try {
      Files.writeString(dir.resolve("strongswan.conf"), lab.strongswanConf(), StandardCharsets.UTF_8);
      lab.up = true;
      Tools.Result r = Tools.run(List.of("sh", script.toString(), "up", dir.toString(), lab.netns, lab.vethRoot,
          lab.vethNs, lab.rootAddress + "/30", lab.nsAddress + "/30"), 30);
      if (r.exit() != 0) {
        throw new IllegalStateException("lab.sh up failed: " + r.out());
      }
      return lab;
    } catch (Exception | Error e) {
      lab.close();
      throw e;
    }
  }

  /** A /30 of 192.0.2.0/24 (its index) none of whose two host addresses is configured on this host. */
  static int freeQuad(SecureRandom random) throws Exception {
    Addresses used = new Addresses(Tools.run(List.of("ip", "-4", "-o", "addr", "show"), 10).out());
    for (int tries = 0; tries < 64; tries++) {
      int q = random.nextInt(64);
      if (!used.contains("192.0.2." + (q * 4 + 1)) && !used.contains("192.0.2." + (q * 4 + 2))) {
        return q;
      }
    }
    throw new IllegalStateException("no free /30 in 192.0.2.0/24");
  }

  /** A tiny "is this address configured" check over {@code ip -o addr} output. */
  private record Addresses(String text) {
    boolean contains(String address) {
      return text.contains(" " + address + "/");
    }
  }

  private String strongswanConf() {
    return String.join("\n",
        "charon {",
        "  load_modular = no",
        "  load = kernel-libipsec random nonce gcrypt openssl pem pkcs1 x509 pubkey curve25519 aes sha1 sha2 md5"
            + " hmac gcm kdf kernel-netlink socket-default vici",
        "  plugins { vici { socket = unix://" + dir + "/charon.vici } }",
        "  install_routes = yes",
        "  retransmit_tries = 3",
        // IKEv1 Aggressive Mode with a PSK exposes a crackable hash (spec §1.2): charon refuses to
        // answer it unless told so; test namespaces only.
        "  i_dont_care_about_security_and_use_aggressive_mode_psk = yes",
        "  retransmit_timeout = 1.0",
        "  filelog {",
        "    f { path = " + dir + "/charon.log",
        "        time_format = %T",
        "        default = 1",
        "        ike = 4",
        "        chd = 4",
        "        knl = 1",
        "        flush_line = yes }",
        "  }",
        "  syslog { daemon { default = -1 } }",
        "}",
        "");
  }

  /** The emulator's address: the root namespace's end of the veth. */
  String rootAddress() {
    return rootAddress;
  }

  /** charon's IKE address: the namespace's end of the veth. */
  String nsAddress() {
    return nsAddress;
  }

  /** Runs {@code swanctl <command> --uri <vici> args...}. */
  Tools.Result swanctl(String command, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("swanctl", command, "--uri", "unix://" + dir + "/charon.vici"));
    cmd.addAll(List.of(args));
    return Tools.run(cmd, 30);
  }

  /** Loads a swanctl.conf (connections and secrets; everything else loaded before is unloaded). */
  void load(String swanctlConf) throws Exception {
    Path f = dir.resolve("swanctl.conf");
    Files.writeString(f, swanctlConf, StandardCharsets.UTF_8);
    Tools.Result r = swanctl("--load-all", "--file", f.toString());
    if (r.exit() != 0) {
      throw new IllegalStateException("swanctl --load-all failed: " + r.out());
    }
  }

  /** {@code swanctl --list-sas --pretty}, flattened ({@link Vici#flatten}). */
  Map<String, String> listSas() throws Exception {
    Tools.Result r = swanctl("--list-sas", "--pretty");
    if (r.exit() != 0) {
      throw new IllegalStateException("swanctl --list-sas failed: " + r.out());
    }
    return Vici.flatten(r.out());
  }

  /** Runs a command inside the namespace. */
  Tools.Result inNs(long timeoutSeconds, String... cmd) throws Exception {
    List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", netns));
    full.addAll(List.of(cmd));
    return Tools.run(full, timeoutSeconds);
  }

  /** The last {@code lines} lines of charon's log, for failure messages. */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(dir.resolve("charon.log"), StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no charon.log: " + e.getMessage() + ")";
    }
  }

  /** Stops charon, deletes the namespace and veth pair and the lab directory. */
  @Override
  public void close() throws Exception {
    if (up) {
      up = false;
      Tools.run(List.of("sh", script.toString(), "down", dir.toString(), netns, vethRoot), 30);
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Parses swanctl's {@code --pretty} output. */
  static final class Vici {
    private Vici() {}

    /**
     * Flattens the nested sections into dotted keys ({@code ros.child-sas.net-1.spi-in}); list
     * values are joined with commas. Lines that are neither section, list nor key/value (the
     * {@code list-sa event} headers) open a section named by their first word.
     */
    static Map<String, String> flatten(String pretty) {
      Map<String, String> out = new LinkedHashMap<>();
      List<String> path = new ArrayList<>();
      String listKey = null;
      List<String> list = new ArrayList<>();
      for (String raw : pretty.split("\n")) {
        String l = raw.strip();
        if (l.isEmpty()) {
          continue;
        }
        if (listKey != null) {
          if (l.equals("]")) {
            out.put(listKey, String.join(",", list));
            listKey = null;
            list.clear();
          } else {
            list.add(l);
          }
        } else if (l.endsWith("= [")) {
          listKey = key(path, l.substring(0, l.length() - 3).strip());
        } else if (l.endsWith("{")) {
          String name = l.substring(0, l.length() - 1).strip();
          path.add(name.endsWith(" event") || name.endsWith(" reply") ? "" : name);
        } else if (l.equals("}")) {
          if (!path.isEmpty()) {
            path.remove(path.size() - 1);
          }
        } else if (l.contains(" = ")) {
          int eq = l.indexOf(" = ");
          out.put(key(path, l.substring(0, eq).strip()), l.substring(eq + 3).strip());
        }
      }
      return out;
    }

    private static String key(List<String> path, String last) {
      StringBuilder b = new StringBuilder();
      for (String p : path) {
        if (!p.isEmpty()) {
          b.append(p).append('.');
        }
      }
      return b.append(last).toString();
    }
  }
}
