package io.rosipsec.router;

import io.rosipsec.ipsec.IdentityConfig;
import io.rosipsec.ipsec.IkeIdentity;
import io.rosipsec.ipsec.IkeSessionConfig;
import io.rosipsec.ipsec.IpPrefix;
import io.rosipsec.ipsec.IpsecConfig;
import io.rosipsec.ipsec.PeerConfig;
import io.rosipsec.ipsec.PolicyConfig;
import io.rosipsec.ipsec.PolicyTemplate;
import io.rosipsec.ipsec.PortRange;
import io.rosipsec.ipsec.ProfileConfig;
import io.rosipsec.ipsec.ProposalConfig;
import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.MenuService.Row;
import io.rosipsec.menu.RosTime;
import io.rosipsec.menu.Session;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code /ip ipsec} menus ({@code peer}, {@code profile}, {@code identity}, {@code proposal}, {@code policy})
 * and {@code /ip address} into the engine's {@link IpsecConfig} snapshot. Disabled peers, identities, proposals and
 * policies are left out, and so are dynamic policies (the engine's own); enabled policy templates ({@code
 * template=yes}, whose proposal is usable) go to every session as {@link PolicyTemplate}s, for identities with {@code
 * generate-policy}. A peer that cannot be turned into an engine configuration (no
 * identity, an algorithm the engine lacks) is left out too and named in {@link #problems()}.
 */
final class IpsecConfigReader {
  private static final Map<String, Integer> PROTOCOLS = Map.ofEntries(
      Map.entry("all", 0), Map.entry("icmp", 1), Map.entry("igmp", 2), Map.entry("ggp", 3), Map.entry("ipip", 4),
      Map.entry("ipencap", 4), Map.entry("st", 5), Map.entry("tcp", 6), Map.entry("egp", 8), Map.entry("pup", 12),
      Map.entry("udp", 17), Map.entry("hmp", 20), Map.entry("xns-idp", 22), Map.entry("rdp", 27),
      Map.entry("iso-tp4", 29), Map.entry("dccp", 33), Map.entry("xtp", 36), Map.entry("ddp", 37),
      Map.entry("idpr-cmtp", 38), Map.entry("ipv6-encap", 41), Map.entry("ipv6-route", 43),
      Map.entry("ipv6-frag", 44), Map.entry("rsvp", 46), Map.entry("gre", 47), Map.entry("ipsec-esp", 50),
      Map.entry("ipsec-ah", 51), Map.entry("icmpv6", 58), Map.entry("ipv6-nonxt", 59), Map.entry("ipv6-opts", 60),
      Map.entry("rspf", 73), Map.entry("vmtp", 81), Map.entry("ospf", 89), Map.entry("etherip", 97),
      Map.entry("encap", 98), Map.entry("pim", 103), Map.entry("vrrp", 112), Map.entry("l2tp", 115),
      Map.entry("sctp", 132), Map.entry("udp-lite", 136));

  private final MenuService menus;
  private final List<String> problems = new ArrayList<>();

  IpsecConfigReader(MenuService menus) {
    this.menus = menus;
  }

  /** Why peers were left out of the last {@link #read()}. */
  List<String> problems() {
    return List.copyOf(problems);
  }

  IpsecConfig read() {
    problems.clear();
    Map<String, ProfileConfig> profiles = new LinkedHashMap<>();
    for (Row r : rows("/ip/ipsec/profile")) {
      try {
        profiles.put(r.get("name"), profile(r));
      } catch (IllegalArgumentException e) {
        problems.add("profile " + r.get("name") + ": " + e.getMessage());
      }
    }
    Map<String, ProposalConfig> proposals = new LinkedHashMap<>();
    for (Row r : rows("/ip/ipsec/proposal")) {
      if (r.flag("disabled")) {
        continue;
      }
      try {
        proposals.put(r.get("name"), proposal(r));
      } catch (IllegalArgumentException e) {
        problems.add("proposal " + r.get("name") + ": " + e.getMessage());
      }
    }
    List<PolicyTemplate> templates = new ArrayList<>();
    for (Row r : rows("/ip/ipsec/policy")) {
      if (r.flag("template") && !r.flag("disabled") && proposals.containsKey(or(r.get("proposal"), "default"))) {
        try {
          templates.add(template(r));
        } catch (IllegalArgumentException e) {
          problems.add("policy template " + r.id() + ": " + e.getMessage());
        }
      }
    }
    List<IkeSessionConfig> sessions = new ArrayList<>();
    for (Row peer : rows("/ip/ipsec/peer")) {
      if (peer.flag("disabled")) {
        continue;
      }
      String name = peer.get("name");
      try {
        sessions.add(session(peer, profiles, proposals).withTemplates(templates));
      } catch (NoIdentity e) {
        // normal while a peer is being set up: its identity is added next
      } catch (IllegalArgumentException e) {
        problems.add("peer " + name + ": " + e.getMessage());
      }
    }
    return new IpsecConfig(sessions, addresses());
  }

  /** The router's own addresses: every enabled {@code /ip address}. */
  Set<InetAddress> addresses() {
    Set<InetAddress> out = new LinkedHashSet<>();
    for (Row r : rows("/ip/address")) {
      String a = r.get("address");
      if (a == null || r.flag("disabled")) {
        continue;
      }
      try {
        out.add(InetAddress.getByName(a.contains("/") ? a.substring(0, a.indexOf('/')) : a));
      } catch (UnknownHostException e) {
        // not a literal: cannot happen for a validated if-address
      }
    }
    return out;
  }

  private List<Row> rows(String path) {
    return menus.schema().menu(path).isPresent() ? menus.rows(Session.SYSTEM, path) : List.of();
  }

  private IkeSessionConfig session(Row peer, Map<String, ProfileConfig> profiles,
      Map<String, ProposalConfig> proposals) {
    String name = peer.get("name");
    String profileName = or(peer.get("profile"), "default");
    ProfileConfig profile = Optional.ofNullable(profiles.get(profileName))
        .orElseThrow(() -> new IllegalArgumentException("no usable profile " + profileName));
    IdentityConfig identity = null;
    for (Row r : rows("/ip/ipsec/identity")) {
      if (name.equals(r.get("peer")) && !r.flag("disabled")) {
        identity = identity(name, r);
        break;
      }
    }
    if (identity == null) {
      throw new NoIdentity();
    }
    List<PolicyConfig> policies = new ArrayList<>();
    for (Row r : rows("/ip/ipsec/policy")) {
      if (name.equals(r.get("peer")) && !r.flag("disabled") && !r.flag("template") && !r.flag("dynamic")
          && proposals.containsKey(or(r.get("proposal"), "default"))) {
        policies.add(policy(r));
      }
    }
    String mode = or(peer.get("exchange-mode"), "main");
    if ("base".equals(mode)) {
      throw new IllegalArgumentException("exchange-mode base is not supported (use main or aggressive)");
    }
    String address = or(peer.get("address"), "0.0.0.0/0");
    String local = peer.get("local-address");
    PeerConfig p = new PeerConfig(name, IpPrefix.parse(address), Integer.parseInt(or(peer.get("port"), "500")),
        local == null ? null : literal(local), peer.flag("passive"),
        PeerConfig.ExchangeMode.parse(mode),
        !"no".equals(peer.get("send-initial-contact")), profileName);
    return new IkeSessionConfig(p, profile, identity, policies, proposals);
  }

  static ProfileConfig profile(Row r) {
    String dpd = or(r.get("dpd-interval"), "8s");
    return new ProfileConfig(r.get("name"), or(r.get("hash-algorithm"), "sha1"), or(r.get("prf-algorithm"), "auto"),
        list(or(r.get("enc-algorithm"), "aes-128,3des")), list(or(r.get("dh-group"), "modp2048,modp1024")),
        time(or(r.get("lifetime"), "1d")), dpd.equals("disable-dpd") ? Duration.ZERO : time(dpd),
        Integer.parseInt(or(r.get("dpd-maximum-failures"), "4")), !"no".equals(r.get("nat-traversal")),
        ProfileConfig.ProposalCheck.parse(or(r.get("proposal-check"), "obey")),
        lifeBytes(r.get("lifebytes")));
  }

  static ProposalConfig proposal(Row r) {
    String auth = or(r.get("auth-algorithms"), "sha1");
    return new ProposalConfig(r.get("name"), auth.isEmpty() ? List.of() : list(auth),
        list(or(r.get("enc-algorithms"), "aes-256-cbc,aes-192-cbc,aes-128-cbc")), time(or(r.get("lifetime"), "30m")),
        or(r.get("pfs-group"), "modp1024"));
  }

  private static IdentityConfig identity(String peer, Row r) {
    return new IdentityConfig(peer, IdentityConfig.AuthMethod.parse(or(r.get("auth-method"), "pre-shared-key")),
        r.get("secret"), IkeIdentity.parse(or(r.get("my-id"), "auto")),
        IkeIdentity.parse(or(r.get("remote-id"), "auto")),
        IdentityConfig.MatchBy.valueOf(enumName(or(r.get("match-by"), "remote-id"))),
        IdentityConfig.GeneratePolicy.valueOf(enumName(or(r.get("generate-policy"), "no"))),
        or(r.get("policy-template-group"), "default"));
  }

  private static PolicyTemplate template(Row r) {
    return new PolicyTemplate(or(r.get("group"), "default"), IpPrefix.parse(or(r.get("src-address"), "0.0.0.0/32")),
        PortRange.parse(or(r.get("src-port"), "any")), IpPrefix.parse(or(r.get("dst-address"), "0.0.0.0/32")),
        PortRange.parse(or(r.get("dst-port"), "any")), protocol(r), or(r.get("proposal"), "default"));
  }

  private static int protocol(Row r) {
    String proto = or(r.get("protocol"), "all");
    Integer number = PROTOCOLS.get(proto);
    return number != null ? number : Integer.parseInt(proto);
  }

  private static PolicyConfig policy(Row r) {
    int number = protocol(r);
    return new PolicyConfig(r.get("peer"), IpPrefix.parse(or(r.get("src-address"), "0.0.0.0/32")),
        PortRange.parse(or(r.get("src-port"), "any")), IpPrefix.parse(or(r.get("dst-address"), "0.0.0.0/32")),
        PortRange.parse(or(r.get("dst-port"), "any")), number, "yes".equals(r.get("tunnel")),
        PolicyConfig.Level.valueOf(enumName(or(r.get("level"), "require"))),
        PolicyConfig.Action.valueOf(enumName(or(r.get("action"), "encrypt"))), or(r.get("proposal"), "default"),
        PolicyConfig.IpsecProtocols.valueOf(enumName(or(r.get("ipsec-protocols"), "esp"))));
  }

  /** The RouterOS name of an IP protocol number ({@code all} for 0), or the number when it has none. */
  static String protocolName(int number) {
    if (number == 0) {
      return "all";
    }
    return PROTOCOLS.entrySet().stream().filter(e -> e.getValue() == number).map(Map.Entry::getKey).sorted()
        .findFirst().orElse(Integer.toString(number));
  }

  /** The engine view of one {@code /ip ipsec policy} row, empty for templates and unusable rows. */
  static Optional<PolicyConfig> policyOf(Map<String, String> values) {
    if ("yes".equals(values.get("template")) || values.get("peer") == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(policy(new Row("", values)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A peer without an enabled identity: left out silently. */
  private static final class NoIdentity extends IllegalArgumentException {
    NoIdentity() {
      super("no identity", null);
    }
  }

  private static String enumName(String v) {
    return v.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  private static List<String> list(String v) {
    return Arrays.asList(v.split(","));
  }

  private static Duration time(String v) {
    return Duration.ofNanos(RosTime.parse(v));
  }

  private static InetAddress literal(String v) {
    try {
      return InetAddress.getByName(v);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("bad address " + v, e);
    }
  }

  /** Profile {@code lifebytes}: phase-1 lifetime in bytes, 0 (the default) = none. */
  private static long lifeBytes(String v) {
    return v == null || v.isBlank() ? 0 : Long.parseLong(v.trim());
  }

  private static String or(String v, String dflt) {
    return v == null ? dflt : v;
  }
}
