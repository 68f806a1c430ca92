package io.rosipsec.shell.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;

/** A MINA SSH client for tests: interactive shells with a pty and exec commands against 127.0.0.1. */
final class SshTestClient implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(10);
  private final SshClient client;

  SshTestClient() {
    client = SshClient.setUpDefaultClient();
    client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
    client.start();
  }

  ClientSession password(int port, String user, String password) throws IOException {
    ClientSession s = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
    s.addPasswordIdentity(password);
    s.auth().verify(WAIT);
    return s;
  }

  ClientSession key(int port, String user, KeyPair key) throws IOException {
    ClientSession s = client.connect(user, "127.0.0.1", port).verify(WAIT).getSession();
    s.addPublicKeyIdentity(key);
    s.auth().verify(WAIT);
    return s;
  }

  /** Runs an exec request; returns stdout as ISO-8859-1 text (byte-exact) and the exit status. */
  static Exec exec(ClientSession s, String command) throws IOException {
    try (ChannelExec ch = s.createExecChannel(command)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ch.setOut(out);
      ch.setErr(new ByteArrayOutputStream());
      ch.open().verify(WAIT);
      ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT.toMillis());
      return new Exec(out.toString(StandardCharsets.ISO_8859_1), ch.getExitStatus());
    }
  }

  record Exec(String out, Integer status) {}

  /** Opens a shell with a pty of the given size. */
  static Shell shell(ClientSession s, int cols, int rows) throws IOException {
    ChannelShell ch = s.createShellChannel();
    ch.setPtyType("vt100");
    ch.setPtyColumns(cols);
    ch.setPtyLines(rows);
    ch.open().verify(WAIT);
    return new Shell(ch);
  }

  /** An interactive session: collects everything the server sends; {@link #expect} waits for text. */
  static final class Shell implements AutoCloseable {
    final ChannelShell channel;
    private final OutputStream in;
    private final StringBuffer received = new StringBuffer();
    private int mark;

    Shell(ChannelShell channel) {
      this.channel = channel;
      this.in = channel.getInvertedIn();
      InputStream out = channel.getInvertedOut();
      Thread t = new Thread(() -> {
        byte[] buf = new byte[8192];
        try {
          int n;
          while ((n = out.read(buf)) >= 0) {
            synchronized (received) {
              received.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
              received.notifyAll();
            }
          }
        } catch (IOException e) {
          // channel closed
        }
      });
      t.setDaemon(true);
      t.start();
    }

    void send(String s) throws IOException {
      in.write(s.getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    void sendBytes(byte[] b) throws IOException {
      in.write(b);
      in.flush();
    }

    /** Waits until {@code text} has arrived after the mark; returns everything from the mark to its end. */
    String expect(String text) throws InterruptedException {
      return expect(text, WAIT);
    }

    String expect(String text, Duration wait) throws InterruptedException {
      long deadline = System.currentTimeMillis() + wait.toMillis();
      synchronized (received) {
        while (true) {
          int i = received.indexOf(text, mark);
          if (i >= 0) {
            String got = received.substring(mark, i + text.length());
            mark = i + text.length();
            return got;
          }
          long left = deadline - System.currentTimeMillis();
          if (left <= 0) {
            throw new AssertionError("did not receive " + printable(text) + "; got: "
                + printable(received.substring(mark)));
          }
          received.wait(left);
        }
      }
    }

    String all() {
      return received.toString();
    }

    boolean waitClosed() {
      return !channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TimeUnit.SECONDS.toMillis(10))
          .contains(ClientChannelEvent.TIMEOUT);
    }

    @Override
    public void close() throws IOException {
      channel.close(true);
    }
  }

  static String printable(String s) {
    String t = s.length() > 2000 ? s.substring(0, 1000) + "…" + s.substring(s.length() - 1000) : s;
    return t.replace("\u001b", "<ESC>").replace("\r", "<CR>").replace("\n", "<LF>\n");
  }

  @Override
  public void close() throws IOException {
    client.stop();
  }
}
