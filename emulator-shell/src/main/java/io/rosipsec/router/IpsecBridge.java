package io.rosipsec.router;

import io.rosipsec.ipsec.ActivePeerView;
import io.rosipsec.ipsec.DynamicPolicyView;
import io.rosipsec.ipsec.EchoResult;
import io.rosipsec.ipsec.InstalledSaView;
import io.rosipsec.ipsec.IpsecConfig;
import io.rosipsec.ipsec.IpsecEngine;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.menu.Item;
import io.rosipsec.menu.MenuHook;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.RosTime;
import io.rosipsec.menu.StatusProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Joins a {@link Router}'s menus to its {@link IpsecEngine}: every committed change of {@code /ip ipsec peer},
 * {@code profile}, {@code identity}, {@code proposal}, {@code policy}, {@code policy group} (and of {@code /ip
 * address}) hands the engine a fresh snapshot read from the menus; {@code installed-sa}, {@code active-peers} and
 * {@code statistics} are served from the engine's views, with {@code installed-sa flush}, {@code active-peers
 * kill-connections} and {@code remove}; policies show {@code A} (active), {@code ph2-count} and {@code ph2-state};
 * engine events land in {@code /log} under topic {@code ipsec}. Rate limits: a CHR licence level caps what leaves
 * the router through the tunnels at its speed (free 1 Mbit/s, p1 1 Gbit/s, p10 10 Gbit/s; RouterOS caps each
 * interface, the emulator has one egress so the cap is per router; hw-profiles.md §4.3), RouterBOARD/x86 levels have
 * no cap; with {@link RouterOptions#emulateThroughput()} each SA is held to the board's packet rate. Packets over a
 * limit are dropped, not queued. The engine only opens sockets when {@link #start}
 * is called (by the launcher's {@code ike} front end, or a test).
 */
public final class IpsecBridge {
  private static final long DYNAMIC_ID_BASE = 0x80000000L;
  private static final List<String> CONFIG_MENUS = List.of("/ip/ipsec/peer", "/ip/ipsec/profile",
      "/ip/ipsec/identity", "/ip/ipsec/proposal", "/ip/ipsec/policy/group");

  private final Router router;
  private final MenuService menus;
  private final IpsecEngine engine;
  private Set<InetAddress> lastAddresses = Set.of();
  private final Set<String> reported = new HashSet<>();

  private IpsecBridge(Router router) {
    this.router = router;
    this.menus = router.menus();
    this.engine = new IpsecEngine(router.board(), router.serialNumber(), router.clock(),
        (topics, message) -> router.log().add(topics, message));
    engine.setRateLimits(router.licence().speedCapBitsPerSecond().orElse(0),
        router.options().emulateThroughput());
  }

  /** Creates the bridge and registers its hooks and status providers on the router's menus. */
  static IpsecBridge register(Router router) {
    IpsecBridge b = new IpsecBridge(router);
    MenuHook reapply = new MenuHook() {
      @Override
      public void applied(MenuService service, Item before, Item after) {
        b.reapply();
      }
    };
    for (String path : CONFIG_MENUS) {
      if (b.menus.schema().menu(path).isPresent()) {
        b.menus.hook(path, reapply);
      }
    }
    b.menus.hook("/ip/ipsec/policy", new ActivePolicyHook(b));
    b.menus.dynamicItems("/ip/ipsec/policy", b::dynamicPolicies);
    b.menus.onCommit(store -> b.addressesChanged());
    b.menus.provider("/ip/ipsec/installed-sa", new InstalledSaProvider(b.engine, b.router));
    b.menus.provider("/ip/ipsec/active-peers", new ActivePeersProvider(b.engine));
    b.menus.provider("/ip/ipsec/statistics", b::statistics);
    return b;
  }

  /**
   * Opens UDP {@code ikePort} and {@code natTPort} on {@code bind} and applies the configuration.
   *
   * @throws IOException if a port cannot be bound
   */
  public void start(InetAddress bind, int ikePort, int natTPort) throws IOException {
    synchronized (menus) {
      engine.apply(read());
    }
    engine.start(bind, ikePort, natTPort);
  }

  /** Closes the sockets; SAs are forgotten. */
  public void stop() {
    engine.stop();
  }

  public boolean running() {
    return engine.running();
  }

  /** The bound UDP endpoints, empty when stopped. */
  public List<InetSocketAddress> endpoints() {
    return engine.endpoints();
  }

  /** The engine facade (read-only views, actions). */
  public IpsecEngine engine() {
    return engine;
  }

  /**
   * {@code /ping} through the tunnels: see {@link IpsecEngine#ping}. Blocks the caller; {@code each} gets every row.
   */
  public List<EchoResult> ping(InetAddress src, InetAddress dst, int count, int size, Duration interval,
      Consumer<EchoResult> each) throws InterruptedException {
    Duration timeout = interval.compareTo(Duration.ofSeconds(1)) > 0 ? interval : Duration.ofSeconds(1);
    return engine.ping(src, dst, count, size, interval, timeout, each);
  }

  /** Reads the menus (under the menu lock) and hands the snapshot to the engine. */
  void reapply() {
    engine.apply(read());
  }

  private IpsecConfig read() {
    IpsecConfigReader reader = new IpsecConfigReader(menus);
    IpsecConfig c = reader.read();
    lastAddresses = c.localAddresses();
    for (String p : reader.problems()) {
      if (reported.add(p)) {
        router.log().add("ipsec,warning", p);
      }
    }
    return c;
  }

  private void addressesChanged() {
    Set<InetAddress> now = new IpsecConfigReader(menus).addresses();
    if (!now.equals(lastAddresses)) {
      reapply();
    }
  }

  /**
   * The {@code D} policies {@code generate-policy} created, while their SAs live (routeros-cli.md §5.8): ids
   * {@code *80000000} and up, outside the store's range.
   */
  private List<Map<String, String>> dynamicPolicies() {
    if (!engine.running()) {
      return List.of();
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (DynamicPolicyView v : engine.dynamicPolicies()) {
      PolicyConfig p = v.policy();
      Map<String, String> r = new LinkedHashMap<>();
      r.put(".id", "*" + Long.toHexString(DYNAMIC_ID_BASE + v.number()).toUpperCase(Locale.ROOT));
      r.put("peer", p.peer());
      r.put("tunnel", p.tunnel() ? "yes" : "no");
      r.put("src-address", p.srcAddress().toString());
      r.put("src-port", p.srcPort().toString());
      r.put("dst-address", p.dstAddress().toString());
      r.put("dst-port", p.dstPort().toString());
      r.put("protocol", IpsecConfigReader.protocolName(p.protocol()));
      r.put("action", p.action().routerOsName());
      r.put("level", p.level().routerOsName());
      r.put("sa-src-address", v.saSrc().getHostAddress());
      r.put("sa-dst-address", v.saDst().getHostAddress());
      r.put("proposal", p.proposal());
      out.add(r);
    }
    return out;
  }

  private List<Map<String, String>> statistics() {
    Map<String, String> m = new LinkedHashMap<>();
    menus.schema().require("/ip/ipsec/statistics").props().forEach(p -> m.put(p.name(), "0"));
    engine.statistics().forEach((k, v) -> m.computeIfPresent(k, (x, y) -> Long.toString(v)));
    return List.of(m);
  }

  static String time(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return RosTime.formatCompact(s * RosTime.SECOND);
  }

  /**
   * A clock value as RouterOS prints timestamps: {@code 2018-05-11 10:07:57} from 7.10, {@code may/11/2018 10:07:57}
   * before (routeros-cli.md §5.11), in the router clock's zone.
   */
  static String timestamp(Router router, long millis) {
    LocalDateTime t = LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), router.clock().getZone());
    return router.version().atLeast("7.10")
        ? t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
        : t.format(DateTimeFormatter.ofPattern("MMM/dd/yyyy HH:mm:ss", Locale.ENGLISH)).toLowerCase(Locale.ROOT);
  }

  private static String endpoint(InetSocketAddress a, boolean withPort) {
    return a.getAddress().getHostAddress() + (withPort ? ":" + a.getPort() : "");
  }

  /** {@code /ip ipsec installed-sa} (RouterOS 7 fields, routeros-cli.md §5.11). */
  private record InstalledSaProvider(IpsecEngine engine, Router router) implements StatusProvider {
    @Override
    public List<Map<String, String>> rows() {
      List<Map<String, String>> out = new ArrayList<>();
      for (InstalledSaView v : engine.installedSas()) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put(".id", "*" + Integer.toHexString(v.id()).toUpperCase());
        r.put("spi", v.spiText());
        r.put("src-address", endpoint(v.src(), v.udpEncapsulated()));
        r.put("dst-address", endpoint(v.dst(), v.udpEncapsulated()));
        r.put("state", v.state());
        r.put("auth-algorithm", v.authAlgorithm());
        r.put("enc-algorithm", v.encAlgorithm());
        if (!v.ah()) { // an AH SA authenticates only: no cipher key
          r.put("enc-key-size", Integer.toString(v.encKeySize()));
        }
        if (!v.authKey().isEmpty()) {
          r.put("auth-key", v.authKey());
        }
        if (!v.ah()) {
          r.put("enc-key", v.encKey());
        }
        if (v.seenTraffic()) {
          r.put("addtime", timestamp(router, v.addedAtMillis()));
        }
        r.put("expires-in", time(v.expiresIn()));
        r.put("add-lifetime", time(v.softLifetime()) + "/" + time(v.hardLifetime()));
        r.put("current-bytes", Long.toString(v.currentBytes()));
        r.put("current-packets", Long.toString(v.currentPackets()));
        r.put("invalid-packets", Long.toString(v.invalidPackets()));
        r.put("replay", Integer.toString(v.replay()));
        r.put("seen-traffic", v.seenTraffic() ? "yes" : "no");
        r.put("hw-aead", v.hwAead() ? "yes" : "no");
        r.put(v.ah() ? "ah" : "esp", "yes");
        out.add(r);
      }
      return out;
    }

    @Override
    public boolean action(String command, List<String> ids, Map<String, String> args) {
      if (!command.equals("flush")) {
        return false;
      }
      engine.flushInstalledSas();
      return true;
    }
  }

  /** {@code /ip ipsec active-peers} (routeros-cli.md §5.12). */
  private record ActivePeersProvider(IpsecEngine engine) implements StatusProvider {
    @Override
    public List<Map<String, String>> rows() {
      List<Map<String, String>> out = new ArrayList<>();
      for (ActivePeerView v : engine.activePeers()) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put(".id", "*" + Integer.toHexString(v.number()).toUpperCase());
        r.put("id", v.id());
        r.put("local-address", v.local().getAddress().getHostAddress());
        r.put("port", Integer.toString(v.remote().getPort()));
        r.put("remote-address", v.remote().getAddress().getHostAddress());
        r.put("state", v.state());
        r.put("side", v.responder() ? "responder" : "initiator");
        r.put("uptime", time(v.uptime()));
        r.put("ph2-total", Integer.toString(v.ph2Total()));
        r.put("spii", v.spii());
        r.put("spir", v.spir());
        r.put("rx-bytes", Long.toString(v.rxBytes()));
        r.put("rx-packets", Long.toString(v.rxPackets()));
        r.put("tx-bytes", Long.toString(v.txBytes()));
        r.put("tx-packets", Long.toString(v.txPackets()));
        r.put("responder", v.responder() ? "yes" : "no");
        r.put("natt-peer", v.nattPeer() ? "yes" : "no");
        out.add(r);
      }
      return out;
    }

    @Override
    public boolean action(String command, List<String> ids, Map<String, String> args) {
      switch (command) {
        case "kill-connections" -> engine.killConnections();
        case "remove" -> ids.forEach(id -> engine.killPeer(Integer.parseInt(id.substring(1), 16)));
        default -> {
          return false;
        }
      }
      return true;
    }
  }
}
