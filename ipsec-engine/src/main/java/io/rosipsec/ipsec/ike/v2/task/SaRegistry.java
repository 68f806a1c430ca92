package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.ike.sa.IkeSa;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link TaskManager} may ask of the engine that owns it: register the IKE SA that
 * replaces its own after a rekey (RFC 7296 §2.18), find the manager of another SA, and list the
 * live SAs (for INITIAL_CONTACT, §2.4).
 */
interface SaRegistry {
    /** A registry for a manager that runs alone (no rekey successor, no other SAs). */
    SaRegistry NONE = new SaRegistry() {
        @Override
        public TaskManager adopt(IkeSa successor) {
            throw new IllegalStateException("no engine to register " + successor);
        }

        @Override
        public Optional<TaskManager> manager(IkeSa sa) {
            return Optional.empty();
        }

        @Override
        public List<IkeSa> ikeSas() {
            return List.of();
        }
    };

    /** Registers an ESTABLISHED successor SA and returns its (running) manager. */
    TaskManager adopt(IkeSa successor);

    /** The manager of a live SA. */
    Optional<TaskManager> manager(IkeSa sa);

    /** The live IKE SAs. */
    List<IkeSa> ikeSas();
}
