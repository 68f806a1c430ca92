package io.rosipsec.router;

import io.rosipsec.menu.ConfigStore;
import io.rosipsec.menu.Item;
import io.rosipsec.menu.LoadedConfig;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Persistence;
import io.rosipsec.menu.RosVersion;
import io.rosipsec.menu.Schema;
import io.rosipsec.menu.SchemaLoader;
import io.rosipsec.menu.Session;
import io.rosipsec.shell.console.Console;
import io.rosipsec.hw.HwProfile;
import io.rosipsec.hw.HwProfiles;
import io.rosipsec.hw.LicenceLevel;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One emulated RouterOS device: its version and schema, configuration store and {@link MenuService}, log, users
 * and sessions. Front ends (SSH console, API, REST) reach the configuration only through {@link #menus()} and open
 * consoles with {@link #openConsole}. A reboot ({@link Reboots}) builds a new schema and {@link MenuService} over the
 * same store, so front ends read {@link #menus()} and {@link #schema()} when they need them (both volatile) and
 * register each login with a disconnect that the reboot runs.
 */
public final class Router {
  private final RouterOptions options;
  private final Schema versionSchema;
  private final RouterPackages packages;
  private volatile Schema schema;
  private final ConfigStore store;
  private final Persistence persistence;
  private volatile MenuService menus;
  private final RouterLog log;
  private volatile Instant started;
  private final List<ActiveSession> active = new CopyOnWriteArrayList<>();
  private final Map<Long, Runnable> disconnects = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<java.util.function.Consumer<MenuService>> menuSetups = new CopyOnWriteArrayList<>();
  private final Reboots reboots = new Reboots(this);
  private final AtomicLong sessionIds = new AtomicLong(1);
  private final RouterFiles files;
  private volatile Map<String, String> serviceAddresses = Map.of();
  private final HwProfile board;
  private final String serial;
  private final LicenceLevel licence;
  private volatile IpsecBridge ipsec;

  /** A logged-in user, shown in {@code /user active}. */
  public record ActiveSession(long id, String user, String address, String via, String group, Instant when) {}

  public Router(RouterOptions options) {
    this(options, boardSchema(options));
  }

  /** The version's schema less the menus the board lacks ({@code /system/routerboard} off RouterBOARDs). */
  private static Schema boardSchema(RouterOptions options) {
    Schema s = SchemaLoader.load(options.version());
    return boardOf(options).routerboard() ? s : s.without(java.util.Set.of("/system/routerboard"));
  }

  private static HwProfile boardOf(RouterOptions options) {
    HwProfiles boards = HwProfiles.builtIn();
    return options.model() == null ? boards.defaultProfile()
        : boards.byBoardName(options.model()).orElseThrow(
            () -> new IllegalArgumentException("unknown model " + options.model()));
  }

  /**
   * The level a router runs at: the board's factory level, or the one asked for if the platform can carry it.
   *
   * @throws IllegalArgumentException for an unknown level or one the board cannot carry (p1 on a RouterBOARD)
   */
  static LicenceLevel licenceOf(HwProfile board, String wanted) {
    if (wanted == null) {
      return board.factoryLicence();
    }
    LicenceLevel l = LicenceLevel.fromRouterOsName(wanted)
        .orElseThrow(() -> new IllegalArgumentException("unknown licence level " + wanted));
    if (!board.licensing().allowed().contains(l)) {
      throw new IllegalArgumentException("licence level " + wanted + " is not available on " + board.boardName());
    }
    return l;
  }

  /**
   * A router over a given schema (tests extend the shipped schema with {@link SchemaLoader#loadWith}); the menus of
   * packages that are not installed and enabled are taken out of it ({@link RouterPackages#restrict}).
   */
  public Router(RouterOptions options, Schema schema) {
    this.options = options;
    this.versionSchema = schema;
    this.persistence = options.dataDir() == null ? null : new Persistence(options.dataDir());
    Optional<LoadedConfig> loaded = persistence == null ? Optional.empty() : persistence.load();
    this.store = loaded.map(LoadedConfig::store).orElseGet(ConfigStore::new);
    this.log = new RouterLog(options.clock());
    this.started = options.clock().instant();
    this.files = new RouterFiles(options.dataDir(), options.clock());
    this.board = boardOf(options);
    this.serial = board.serialNumber(options.identity().hashCode()).orElse("");
    this.licence = licenceOf(board, options.licence());
    this.packages = new RouterPackages(board, options.version().major(), options.packages(), options.dataDir());
    buildMenus();
    if (loaded.isEmpty()) {
      freshConfiguration();
    }
    if (persistence != null) {
      persistence.save(store, options.version());
    }
    refreshServiceAddresses();
  }

  /**
   * Builds the schema this router runs (version schema − board-absent menus − menus of packages that are not
   * installed and enabled) and a {@link MenuService} over the one {@link ConfigStore} with every hook and provider:
   * at start and at every reboot. Items of menus that are absent stay in the store untouched.
   */
  void buildMenus() {
    Schema s = packages.restrict(versionSchema);
    MenuService m = new MenuService(s, store);
    m.provider("/log", log);
    m.provider("/file", files);
    m.provider("/user/active", new ActiveSessionsProvider(active, options.clock()));
    m.provider("/system", reboots.provider());
    m.hook("/ip/address", new AddressHook());
    m.hook("/ip/ipsec/policy", new PolicyHook());
    m.hook("/user/ssh-keys", new SshKeysHook(files));
    m.hook("/zerotier", new ZerotierHook(this));
    m.hook("/zerotier/interface", new ZerotierHook(this));
    for (Item i : store.items("/interface")) {
      String dn = i.get("default-name");
      if (dn != null) {
        m.registerBuiltin("/interface", i.idString(), BoardInterfaces.values(options.identity(), dn));
      }
    }
    this.schema = s;
    this.menus = m;
    SystemMenus.register(this);
    Certificates.register(this);
    this.ipsec = IpsecBridge.register(this);
    if (persistence != null) {
      persistence.attach(m);
    }
    m.onCommit(st -> refreshServiceAddresses());
    for (java.util.function.Consumer<MenuService> setup : menuSetups) {
      setup.accept(m);
    }
  }

  /**
   * Runs {@code setup} on the current {@link MenuService} now and on the new one after every reboot: front-end glue
   * that hooks a menu ({@code /ip service}) registers here instead of on {@link #menus()} directly.
   */
  public void onMenus(java.util.function.Consumer<MenuService> setup) {
    menuSetups.add(setup);
    setup.accept(menus);
  }

  /** The packages and their scheduled changes ({@code /system package}). */
  public RouterPackages packages() {
    return packages;
  }

  /** Reboot and shutdown ({@code /system reboot}, {@code /system shutdown}, {@code apply-changes}). */
  public Reboots reboots() {
    return reboots;
  }

  /** The persisted configuration store (shared by every {@link MenuService} this router builds). */
  ConfigStore store() {
    return store;
  }

  Persistence persistence() {
    return persistence;
  }

  /** Uptime starts again ({@code /system resource uptime}) after a reboot. */
  void resetUptime() {
    this.started = clock().instant();
  }

  /** Saves the configuration now (SIGTERM); every committed command is saved already. */
  public void save() {
    if (persistence != null) {
      persistence.save(store, options.version());
    }
  }

  private void freshConfiguration() {
    menus.installDefaults();
    for (int i = 1; i <= 5; i++) {
      menus.addBuiltin("/interface", BoardInterfaces.values(options.identity(), "ether" + i));
    }
    menus.addBuiltin("/interface", BoardInterfaces.values(options.identity(), "lo"));
    if (!"MikroTik".equals(options.identity())) {
      menus.set(Session.SYSTEM, "/system/identity", List.of(), Map.of("name", options.identity()), List.of());
    }
    if (options.adminPassword() != null && !options.adminPassword().isEmpty()) {
      menus.set(Session.SYSTEM, "/user", List.of("admin"), Map.of("password", options.adminPassword()), List.of());
    }
  }

  public RouterOptions options() {
    return options;
  }

  public RosVersion version() {
    return options.version();
  }

  /** The schema the router runs now: version − board-absent menus − menus of packages not installed and enabled. */
  public Schema schema() {
    return schema;
  }

  /** The menu model of the current run (replaced at every reboot; never cache it across requests). */
  public MenuService menus() {
    return menus;
  }

  public RouterFiles files() {
    return files;
  }

  public HwProfile board() {
    return board;
  }

  public String serialNumber() {
    return serial;
  }

  /** The licence level ({@code /system license}); a CHR level caps ESP egress (see {@link IpsecBridge}). */
  public LicenceLevel licence() {
    return licence;
  }

  /** The comment lines that start every {@code export}, as the board and version print them. */
  public List<String> exportHeader() {
    List<String> out = new ArrayList<>();
    LocalDateTime now = LocalDateTime.now(clock());
    String date = version().atLeast("7.10")
        ? now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
        : now.format(DateTimeFormatter.ofPattern("MMM/dd/yyyy HH:mm:ss", Locale.ENGLISH)).toLowerCase(Locale.ROOT);
    out.add("# " + date + " by RouterOS " + version());
    if (board.routerboard()) {
      out.add("# software id = " + board.licenceId(options.identity().hashCode()));
      out.add("#");
      out.add("# model = " + board.model());
      out.add("# serial number = " + serial);
    } else if (version().atLeast("7.22")) {
      out.add("# system id = " + board.licenceId(options.identity().hashCode()));
      out.add("#");
    } else {
      out.add("# software id = ");
      out.add("#");
    }
    return out;
  }

  /** The IPsec engine and its menus; {@link IpsecBridge#start} opens the UDP ports. */
  public IpsecBridge ipsec() {
    return ipsec;
  }

  public RouterLog log() {
    return log;
  }

  public Clock clock() {
    return options.clock();
  }

  public Instant started() {
    return started;
  }

  /** {@code /system identity name}. */
  public String identity() {
    return menus.rows(Session.SYSTEM, "/system/identity").get(0).get("name");
  }

  /**
   * Checks a user's password against {@code /user}; logs the login or the failure as RouterOS does and returns the
   * session with the policies of the user's group.
   */
  public Optional<Session> authenticate(String user, String password, String via, String address) {
    Optional<Session> s = sessionFor(user, via, address).filter(x -> passwordOf(user).equals(password));
    if (s.isEmpty()) {
      log.add("system,error,critical", "login failure for user " + user + " from " + address + " via " + via);
    }
    return s;
  }

  /** The session of an existing, enabled user, without a password check (public-key logins). */
  public Optional<Session> sessionFor(String user, String via, String address) {
    for (MenuService.Row r : menus.rows(Session.SYSTEM, "/user")) {
      if (user.equals(r.get("name")) && !r.flag("disabled")) {
        return Optional.of(new Session(user, policies(r.get("group")), via, address));
      }
    }
    return Optional.empty();
  }

  private String passwordOf(String user) {
    for (Item i : store.items("/user")) {
      if (user.equals(i.get("name"))) {
        return i.get("password") == null ? "" : i.get("password");
      }
    }
    return "\u0000no-such-user";
  }

  private Set<String> policies(String group) {
    Set<String> out = new LinkedHashSet<>();
    for (MenuService.Row r : menus.rows(Session.SYSTEM, "/user/group")) {
      if (r.get("name").equals(group)) {
        for (String p : r.get("policy").split(",")) {
          if (!p.isEmpty() && !p.startsWith("!")) {
            out.add(p);
          }
        }
      }
    }
    return out;
  }

  /** Registers a logged-in session (shown in {@code /user active}, logged as {@code logged in}). */
  public ActiveSession login(Session s) {
    return login(s, null);
  }

  /**
   * Registers a logged-in session that a reboot or shutdown ends by running {@code disconnect} (close the SSH
   * session, the API connection); null for sessions that end by themselves (one REST request).
   */
  public ActiveSession login(Session s, Runnable disconnect) {
    ActiveSession a = register(s);
    if (disconnect != null) {
      disconnects.put(a.id(), disconnect);
    }
    return a;
  }

  private ActiveSession register(Session s) {
    String group = "";
    for (MenuService.Row r : menus.rows(Session.SYSTEM, "/user")) {
      if (s.user().equals(r.get("name"))) {
        group = r.get("group");
      }
    }
    ActiveSession a =
        new ActiveSession(sessionIds.getAndIncrement(), s.user(), s.address(), s.via(), group, clock().instant());
    active.add(a);
    log.add("system,info,account", "user " + s.user() + " logged in from " + s.address() + " via " + s.via());
    return a;
  }

  /**
   * Ends every session on every front end without logging them out one by one (a reboot or shutdown): each
   * registered disconnect runs, {@code /user active} empties.
   */
  void disconnectAll() {
    List<ActiveSession> all = List.copyOf(active);
    active.clear();
    for (ActiveSession a : all) {
      Runnable d = disconnects.remove(a.id());
      if (d != null) {
        try {
          d.run();
        } catch (RuntimeException e) {
          java.util.logging.Logger.getLogger(Router.class.getName()).log(java.util.logging.Level.FINE,
              "closing a session at reboot", e);
        }
      }
    }
  }

  public void logout(ActiveSession a) {
    disconnects.remove(a.id());
    if (active.remove(a)) {
      log.add("system,info,account", "user " + a.user() + " logged out from " + a.address() + " via " + a.via());
    }
  }

  /**
   * Whether {@code /ip service <service>} lets a client at {@code remote} connect: its {@code address} list of
   * allowed prefixes (empty = everyone). Checked by every listener when it accepts a connection.
   */
  public boolean serviceAllows(String service, java.net.InetAddress remote) {
    String list = serviceAddresses.get(service);
    if (list == null || list.isBlank()) {
      return true;
    }
    for (String prefix : list.split(",")) {
      if (io.rosipsec.menu.Values.contains(prefix.trim(), remote.getAddress())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Copies {@code /ip service address} lists after every commit, so listeners check connections without taking the
   * menu lock on their accept path.
   */
  private void refreshServiceAddresses() {
    Map<String, String> m = new java.util.HashMap<>();
    for (MenuService.Row r : menus.rows(Session.SYSTEM, "/ip/service")) {
      if (r.get("address") != null) {
        m.put(r.get("name"), r.get("address"));
      }
    }
    serviceAddresses = Map.copyOf(m);
  }

  /** A console for a logged-in session, {@code width}×{@code height} characters. */
  public Console openConsole(Session s, int width, int height) {
    return new Console(this, s, width, height);
  }
}
