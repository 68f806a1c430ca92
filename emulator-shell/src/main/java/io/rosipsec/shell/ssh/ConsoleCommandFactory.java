package io.rosipsec.shell.ssh;

import io.rosipsec.router.Router;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;

/**
 * MINA SSHD {@link CommandFactory} for SSH {@code exec} requests (design guideline 12): the whole command string is
 * RouterOS console input, run by a {@link ConsoleExecCommand}.
 */
public final class ConsoleCommandFactory implements CommandFactory {
  private final Router router;

  public ConsoleCommandFactory(Router router) {
    this.router = router;
  }

  @Override
  public Command createCommand(ChannelSession channel, String command) {
    return new ConsoleExecCommand(router, command);
  }
}
