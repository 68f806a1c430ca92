package io.rosipsec.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/**
 * Drives one emulator the way an operator's script does: one SSH session (MINA's client, password
 * login) with one exec channel per RouterOS command, every wait bounded.
 */
final class RouterSsh implements AutoCloseable {
  private final SshClient client;
  private final String host;
  private final int port;
  private final String password;
  private ClientSession session;

  RouterSsh(String host, int port, String password) {
    this.host = host;
    this.port = port;
    this.password = password;
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

  /** The logged-in session, opened on first use and again after it closed. */
  private synchronized ClientSession session() throws Exception {
    if (session == null || !session.isOpen()) {
      ClientSession s = client.connect("admin", host, port).verify(10, TimeUnit.SECONDS).getSession();
      s.addPasswordIdentity(password);
      s.auth().verify(10, TimeUnit.SECONDS);
      session = s;
    }
    return session;
  }

  /** Runs one command on a fresh exec channel of the session; returns its output lines without trailing blanks. */
  List<String> exec(String command) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ChannelExec ch = session().createExecChannel(command)) {
      ch.setOut(out);
      ch.setErr(out);
      ch.open().verify(10, TimeUnit.SECONDS);
      ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(30));
    }
    List<String> lines = new ArrayList<>();
    for (String l : out.toString(StandardCharsets.UTF_8).split("\r?\n")) {
      lines.add(l.stripTrailing());
    }
    return lines;
  }

  /** Runs a command that must print nothing (RouterOS's answer to a successful add/set/remove). */
  void ok(String command) throws Exception {
    List<String> out = exec(command);
    assertTrue(out.stream().allMatch(String::isEmpty), command + " -> " + out);
  }

  /** Repeats {@code command} until {@code done} accepts its output, at most {@code timeout}. */
  List<String> await(String command, Duration timeout, Predicate<List<String>> done) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<String> out = exec(command);
    while (!done.test(out)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out: " + command + " -> " + String.join("\n", out));
      }
      Thread.sleep(200);
      out = exec(command);
    }
    return out;
  }

  @Override
  public void close() {
    try {
      if (session != null) {
        session.close(true);
      }
    } finally {
      client.stop();
    }
  }
}
