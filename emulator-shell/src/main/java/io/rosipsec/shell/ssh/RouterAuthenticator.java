package io.rosipsec.shell.ssh;

import io.rosipsec.menu.MenuService;
import io.rosipsec.menu.Session;
import io.rosipsec.router.Router;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

/**
 * SSH password and public-key authentication against a router's {@code /user} and {@code /user ssh-keys} menus
 * (RouterOS API spec §4.1). The login name may carry console options ({@link LoginName}); only the part before
 * {@code +} is authenticated. A refused password is answered after a delay (RouterOS slows down password guessing),
 * without holding an I/O thread, and logged by the router as {@code login failure for user … via ssh}. As on
 * RouterOS, a user that has SSH keys cannot log in with a password unless {@link #allowPasswordWithKeys} is set (the
 * {@code /ip ssh always-allow-password-login} setting). The accepted {@link Session} and {@link LoginName} are kept
 * on the SSH session for the shell and exec commands.
 */
public final class RouterAuthenticator implements PasswordAuthenticator, PublickeyAuthenticator {
  /** The router session of an authenticated SSH session. */
  public static final AttributeKey<Session> SESSION = new AttributeKey<>();
  /** The parsed login name (console options) of an authenticated SSH session. */
  public static final AttributeKey<LoginName> LOGIN = new AttributeKey<>();

  private static final Logger LOG = Logger.getLogger(RouterAuthenticator.class.getName());
  static final String VIA = "ssh";

  private final Router router;
  private final ScheduledExecutorService timer;
  private volatile Duration failureDelay = Duration.ofMillis(1000);
  private volatile boolean allowPasswordWithKeys;

  RouterAuthenticator(Router router, ScheduledExecutorService timer) {
    this.router = router;
    this.timer = timer;
  }

  /** Delay before a wrong password is refused (0 to 2 s; default 1 s). */
  void failureDelay(Duration d) {
    long ms = Math.max(0, Math.min(2000, d.toMillis()));
    this.failureDelay = Duration.ofMillis(ms);
  }

  void allowPasswordWithKeys(boolean allow) {
    this.allowPasswordWithKeys = allow;
  }

  @Override
  public boolean authenticate(String username, String password, ServerSession ss) {
    LoginName login = LoginName.parse(username);
    String address = address(ss.getClientAddress());
    Optional<Session> s;
    if (!allowPasswordWithKeys && !keysOf(login.user()).isEmpty()) {
      router.log().add("system,error,critical",
          "login failure for user " + login.user() + " from " + address + " via " + VIA);
      s = Optional.empty();
    } else {
      s = router.authenticate(login.user(), password == null ? "" : password, VIA, address);
    }
    s = s.filter(x -> allowed(x, address));
    if (s.isPresent()) {
      ss.setAttribute(SESSION, s.get());
      ss.setAttribute(LOGIN, login);
      return true;
    }
    long delay = failureDelay.toMillis();
    if (delay == 0) {
      return false;
    }
    AsyncAuthException pending = new AsyncAuthException();
    timer.schedule(() -> pending.setAuthed(false), delay, TimeUnit.MILLISECONDS);
    throw pending;
  }

  @Override
  public boolean authenticate(String username, PublicKey key, ServerSession ss) {
    LoginName login = LoginName.parse(username);
    String address = address(ss.getClientAddress());
    boolean match = false;
    for (PublicKey k : keysOf(login.user())) {
      if (KeyUtils.compareKeys(k, key)) {
        match = true;
        break;
      }
    }
    if (!match) {
      return false;
    }
    Optional<Session> s = router.sessionFor(login.user(), VIA, address).filter(x -> allowed(x, address));
    if (s.isEmpty()) {
      return false;
    }
    ss.setAttribute(SESSION, s.get());
    ss.setAttribute(LOGIN, login);
    return true;
  }

  /** A user whose group lacks the {@code ssh} policy may not log in over SSH. */
  private boolean allowed(Session s, String address) {
    if (s.may(VIA)) {
      return true;
    }
    router.log().add("system,error,critical",
        "login failure for user " + s.user() + " from " + address + " via " + VIA);
    return false;
  }

  /** The public keys stored for {@code user} in {@code /user ssh-keys}; unparsable entries are skipped. */
  List<PublicKey> keysOf(String user) {
    List<PublicKey> out = new java.util.ArrayList<>();
    List<MenuService.Row> rows;
    try {
      rows = router.menus().rows(Session.SYSTEM, "/user/ssh-keys");
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "no /user ssh-keys menu", e);
      return out;
    }
    for (MenuService.Row r : rows) {
      String line = r.get("key");
      if (!user.equals(r.get("user")) || line == null || line.isBlank()) {
        continue;
      }
      try {
        AuthorizedKeyEntry e = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line.trim());
        if (e != null) {
          PublicKey k = e.resolvePublicKey(null, PublicKeyEntryResolver.IGNORING);
          if (k != null) {
            out.add(k);
          }
        }
      } catch (Exception e) {
        LOG.log(Level.FINE, "unparsable ssh key of " + user, e);
      }
    }
    return out;
  }

  static String address(SocketAddress a) {
    if (a instanceof InetSocketAddress i) {
      return i.getAddress() != null ? i.getAddress().getHostAddress() : i.getHostString();
    }
    return String.valueOf(a);
  }
}
