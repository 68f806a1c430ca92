package io.rosipsec.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * libreswan 4.10's pluto as an IKE-only peer (spec ike-esp.md §5.6, script {@code
 * e2e/libreswan/lab.sh}): the Debian package is fetched with {@code apt-get download} and unpacked
 * with {@code dpkg-deb -x} into the lab's temporary directory — never installed, so it cannot clash
 * with strongSwan — and pluto runs in netns {@code ros-lsw-<random>} with its own NSS database,
 * ipsec.conf ({@code ikev1-policy=accept}), secrets and control socket. The veth pair and the
 * addresses follow {@link StrongswanLab}: pluto on {@link #nsAddress()}, the emulator on {@link
 * #rootAddress()} with UDP 500/4500. pluto's one connection is {@code ros}: IKEv1 PSK, IDs
 * {@code @swan.test} (pluto) and {@code @ros.test}, subnets 198.51.100.0/24 and 203.0.113.0/24.
 */
final class LibreswanLab implements AutoCloseable {
  final String netns;
  final Path dir;
  private final String vethRoot;
  private final String vethNs;
  private final String rootAddress;
  private final String nsAddress;
  private final Path script;
  private final Path lsw;
  private boolean up;

  private LibreswanLab(String suffix, int quad, Path dir, Path script, Path lsw) {
    this.netns = "ros-lsw-" + suffix;
    this.vethRoot = "rlw" + suffix + "r";
    this.vethNs = "rlw" + suffix + "n";
    this.rootAddress = "192.0.2." + (quad * 4 + 2);
    this.nsAddress = "192.0.2." + (quad * 4 + 1);
    this.dir = dir;
    this.script = script;
    this.lsw = lsw;
  }

  /** Why pluto cannot run here (not root, a tool missing), or null if it may. */
  static String unavailable() {
    if (!"root".equals(System.getProperty("user.name"))) {
      return "needs root (ip netns, mount)";
    }
    for (String tool : List.of("/usr/bin/apt-get", "/usr/bin/dpkg-deb", "/usr/bin/certutil", "/usr/sbin/ip")) {
      if (!Tools.present(tool)) {
        return tool + " missing";
      }
    }
    return null;
  }

  /**
   * Downloads and unpacks libreswan into a fresh lab directory; returns why that failed (no package,
   * a runtime library missing) in {@code why[0]} and null, or the directory.
   */
  static Path unpack(String[] why) throws Exception {
    Path dir = Files.createTempDirectory("ros-lsw-");
    Path pkg = Files.createDirectories(dir.resolve("pkg"));
    Tools.Result dl = Tools.run(List.of("sh", "-c", "cd '" + pkg + "' && apt-get download libreswan"), 120);
    List<Path> debs = Files.list(pkg).filter(p -> p.toString().endsWith(".deb")).toList();
    if (dl.exit() != 0 || debs.size() != 1) {
      why[0] = "apt-get download libreswan failed: " + dl.out();
      delete(dir);
      return null;
    }
    Path root = dir.resolve("root");
    Tools.Result x = Tools.run(List.of("dpkg-deb", "-x", debs.get(0).toString(), root.toString()), 60);
    Path pluto = root.resolve("usr/libexec/ipsec/pluto");
    if (x.exit() != 0 || !Files.isExecutable(pluto)) {
      why[0] = "dpkg-deb -x libreswan failed: " + x.out();
      delete(dir);
      return null;
    }
    Tools.Result ldd = Tools.run(List.of("ldd", pluto.toString()), 10);
    if (ldd.out().contains("not found")) {
      why[0] = "pluto's libraries missing (libldns3, libevent-pthreads-2.1-7?): " + ldd.out();
      delete(dir);
      return null;
    }
    return dir;
  }

  /** Creates the namespace and the veth pair and starts pluto from {@code dir}'s unpacked package. */
  static LibreswanLab start(Path dir, String ike, String esp) throws Exception {
    SecureRandom random = new SecureRandom();
    String suffix = String.format("%06x", random.nextInt(1 << 24));
    int quad = StrongswanLab.freeQuad(random);
    Path script = dir.resolve("lab.sh");
    try (var in = LibreswanLab.class.getResourceAsStream("/e2e/libreswan/lab.sh")) {
      Files.write(script, in.readAllBytes());
    }
    LibreswanLab lab = new LibreswanLab(suffix, quad, dir, script, dir.resolve("root"));
    try {
      Files.writeString(dir.resolve("ipsec.conf"), lab.ipsecConf(ike, esp), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("ipsec.secrets"),
          "@swan.test @ros.test : PSK \"" + StrongswanPeering.PSK + "\"\n", StandardCharsets.UTF_8);
      lab.up = true;
      Tools.Result r = Tools.run(List.of("sh", script.toString(), "up", dir.toString(), lab.netns, lab.vethRoot,
          lab.vethNs, lab.rootAddress + "/30", lab.nsAddress + "/30", lab.lsw.toString()), 30);
      if (r.exit() != 0) {
        throw new IllegalStateException("libreswan lab.sh up failed: " + r.out());
      }
      return lab;
    } catch (Exception | Error e) {
      lab.close();
      throw e;
    }
  }

  private String ipsecConf(String ike, String esp) {
    return String.join("\n",
        "config setup",
        "    logfile=" + dir + "/pluto.log",
        "    plutodebug=base",
        "    ikev1-policy=accept",
        "",
        "conn ros",
        "    ikev2=no",
        "    authby=secret",
        "    left=" + nsAddress,
        "    leftid=@swan.test",
        "    leftsubnet=" + StrongswanLab.CHARON_TS,
        "    right=" + rootAddress,
        "    rightid=@ros.test",
        "    rightsubnet=" + StrongswanLab.EMULATOR_TS,
        "    ike=" + ike,
        "    esp=" + esp,
        "    encapsulation=yes",
        "    auto=add",
        "");
  }

  String rootAddress() {
    return rootAddress;
  }

  String nsAddress() {
    return nsAddress;
  }

  /** Runs {@code whack --ctlsocket <lab>/run/pluto.ctl args...}. */
  Tools.Result whack(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(lsw.resolve("usr/libexec/ipsec/whack").toString(), "--ctlsocket",
        dir.resolve("run/pluto.ctl").toString()));
    cmd.addAll(List.of(args));
    return Tools.run(cmd, 30);
  }

  /** pluto's log so far. */
  String log() {
    try {
      return Files.readString(dir.resolve("pluto.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no pluto.log: " + e.getMessage() + ")";
    }
  }

  /** Stops pluto, deletes the namespace, veth pair and the lab directory with the unpacked package. */
  @Override
  public void close() throws Exception {
    if (up) {
      up = false;
      Tools.run(List.of("sh", script.toString(), "down", dir.toString(), netns, vethRoot), 30);
    }
    delete(dir);
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
