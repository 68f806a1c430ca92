package io.rosipsec.menu;

import java.util.Set;

/**
 * Who runs a command and through which front end: the user name, the policies of the user's {@code /user group}
 * (read, write, sensitive, api, rest-api, ssh, ...) and the front end name used in log lines ({@code ssh},
 * {@code api}, {@code rest}, {@code local}).
 */
public record Session(String user, Set<String> policies, String via, String address) {

  /** The router itself (defaults, imports at start, tests). */
  public static final Session SYSTEM =
      new Session("system", Set.of("read", "write", "sensitive", "policy", "reboot", "test"), "local", "");

  public boolean may(String policy) {
    return policies.contains(policy);
  }
}
