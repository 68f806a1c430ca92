package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository's {@code Dockerfile}, built and run as a user would: two containers on a Docker network of their
 * own (a random /28 of 203.0.113.0/24), each emulator on its embedded defaults ({@code --bind 0.0.0.0}), configured
 * over OpenSSH, an IKEv2 tunnel between them with a {@code /ping} through it, and REST answering. Needs a Docker
 * engine and the local base image {@code tools/docker-local-base.sh} builds (no image registry is reachable here;
 * {@code .ci/run} starts dockerd and builds it); skipped otherwise.
 */
class DockerImageTest {
  private static final String BASE = System.getenv().getOrDefault("ROSIPSEC_DOCKER_BASE", "local/debian-jdk17");
  private static final String SUFFIX = Long.toString(new SecureRandom().nextInt(1 << 30), 36);
  private static final String IMAGE = "routeros-emulator:e2e-" + SUFFIX;
  private static final String NET = "ros-e2e-" + SUFFIX;
  private static final List<String> CONTAINERS = new ArrayList<>();
  private static String prefix;
  private static String a1;
  private static String a2;

  private static Tools.Result docker(long seconds, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("docker"));
    cmd.addAll(List.of(args));
    return Tools.run(cmd, seconds);
  }

  @BeforeAll
  static void buildAndStart() throws Exception {
    assumeTrue(Tools.present("/usr/bin/sshpass") && Tools.present("/usr/bin/ssh"), "OpenSSH and sshpass needed");
    assumeTrue(whichDocker() && docker(30, "info").exit() == 0, "no Docker engine");
    assumeTrue(docker(30, "image", "inspect", BASE).exit() == 0, "base image " + BASE + " missing");
    Tools.Result build = docker(900, "build", "-q", "--network", "host", "--build-arg", "BUILD_IMAGE=" + BASE,
        "--build-arg", "RUNTIME_IMAGE=" + BASE, "-t", IMAGE, Path.of("..").toAbsolutePath().normalize().toString());
    assertEquals(0, build.exit(), build.out());
    int base = 16 * (1 + new SecureRandom().nextInt(14));
    prefix = "203.0.113.";
    a1 = prefix + (base + 2);
    a2 = prefix + (base + 3);
    Tools.Result net = docker(60, "network", "create", "--subnet", prefix + base + "/28", "--gateway",
        prefix + (base + 1), NET);
    assertEquals(0, net.exit(), net.out());
    for (String[] r : new String[][] {{"r1", a1}, {"r2", a2}}) {
      String name = "ros-e2e-" + SUFFIX + "-" + r[0];
      Tools.Result run = docker(60, "run", "-d", "--name", name, "--network", NET, "--ip", r[1], IMAGE,
          "--admin-password", "pw", "--identity", r[0]);
      assertEquals(0, run.exit(), run.out());
      CONTAINERS.add(name);
    }
    for (String c : CONTAINERS) {
      awaitTrue("emulator ready in " + c, () -> docker(10, "logs", c).out().contains(" ready: "));
    }
  }

  @AfterAll
  static void cleanUp() throws Exception {
    for (String c : CONTAINERS) {
      docker(60, "rm", "-f", "-v", c);
    }
    docker(60, "network", "rm", NET);
    docker(120, "rmi", "-f", IMAGE);
  }

  private static boolean whichDocker() {
    return Tools.present("/usr/bin/docker") || Tools.present("/usr/local/bin/docker");
  }

  private static String ssh(String host, String command) throws Exception {
    Tools.Result r = Tools.run(List.of("/usr/bin/sshpass", "-p", "pw", "/usr/bin/ssh", "-o",
        "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "admin@" + host,
        command), 30);
    assertEquals(0, r.exit(), command + " -> " + r.out());
    return r.out();
  }

  interface Check {
    boolean ok() throws Exception;
  }

  private static void awaitTrue(String what, Check c) throws Exception {
    for (int i = 0; i < 150; i++) {
      if (c.ok()) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  private static void configure(String host, String lan, String peer, String local, String remote) throws Exception {
    String out = ssh(host, "/ip address add address=" + lan + " interface=ether2;"
        + " /ip ipsec peer add name=p address=" + peer + "/32 exchange-mode=ike2;"
        + " /ip ipsec identity add peer=p secret=docker-lab-secret;"
        + " /ip ipsec policy add peer=p src-address=" + local + " dst-address=" + remote + " tunnel=yes");
    assertEquals("", out.strip(), out);
  }

  @Test
  void twoContainersBuildATunnelOnTheirOwnAddresses() throws Exception {
    configure(a1, "192.0.2.1/24", a2, "192.0.2.0/24", "198.51.100.0/24");
    configure(a2, "198.51.100.1/24", a1, "198.51.100.0/24", "192.0.2.0/24");
    awaitTrue("installed SAs on r1", () -> ssh(a1, "/ip ipsec installed-sa print count-only").strip().matches("[1-9]\\d*"));
    String ping = ssh(a1, "/ping address=198.51.100.1 src-address=192.0.2.1 count=3");
    assertTrue(ping.contains("received=3"), ping);
    // Bound to 0.0.0.0, the engine still uses its container address as its own (IKE ID, SA endpoints).
    String sas = ssh(a1, "/ip ipsec installed-sa print detail");
    assertTrue(sas.contains("src-address=" + a1) && sas.contains("dst-address=" + a2), sas);
    String peers = ssh(a2, "/ip ipsec active-peers print detail");
    assertTrue(peers.contains("remote-address=" + a1) && peers.contains("id=\"" + a1 + "\"")
        && peers.contains("local-address=" + a2), peers);
    Tools.Result rest = Tools.run(List.of("curl", "-s", "-u", "admin:pw", "http://" + a2 + "/rest/system/identity"), 30);
    assertEquals("{\"name\":\"r2\"}", rest.out().strip());
  }
}
