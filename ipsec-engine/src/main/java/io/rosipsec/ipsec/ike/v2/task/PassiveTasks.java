package io.rosipsec.ipsec.ike.v2.task;

import io.rosipsec.ipsec.EngineContext;
import io.rosipsec.ipsec.ike.sa.IkeSa;
import io.rosipsec.ipsec.ike.v2.message.DeletePayload;
import io.rosipsec.ipsec.ike.v2.message.ProtocolId;
import io.rosipsec.ipsec.ike.v2.message.SaPayload;
import io.rosipsec.ipsec.ike.wire.NotifyType;
import java.util.List;

/**
 * Chooses the passive tasks that answer a received request, by exchange type and content (after
 * strongSwan's {@code task_manager_v2.c process_request}):
 *
 * <ul>
 *   <li>CREATE_CHILD_SA with an IKE proposal: {@link IkeRekeyTask} (RFC 7296 §1.3.2);
 *   <li>CREATE_CHILD_SA with N(REKEY_SA): {@link ChildRekeyTask} (§1.3.3);
 *   <li>other CREATE_CHILD_SA: {@link ChildCreateTask} for an additional Child SA (§1.3.1);
 *   <li>INFORMATIONAL with D(IKE): {@link IkeDeleteTask}, with D(ESP): {@link ChildDeleteTask},
 *       empty: {@link IkeDpdTask} (§1.4).
 * </ul>
 */
final class PassiveTasks {
    private PassiveTasks() {}

    static List<Task> forRequest(EngineContext ctx, TaskManager manager, Ikev2Listener listener,
            TaskMessage m) {
        IkeSa sa = manager.sa();
        switch (m.exchange()) {
            case IKE_SA_INIT:
                return List.of(new IkeInitTask(ctx, sa, false));
            case IKE_AUTH:
                return List.of(new IkeAuthTask(ctx, sa, false),
                        new ChildCreateTask(ctx, sa, listener));
            case CREATE_CHILD_SA:
                boolean ike = m.first(SaPayload.class).map(SaPayload::proposals)
                        .orElse(List.of()).stream()
                        .anyMatch(p -> p.protocol() == ProtocolId.IKE);
                if (ike) {
                    return List.of(new IkeRekeyTask(ctx, manager, listener, false));
                }
                if (m.notify(NotifyType.REKEY_SA).isPresent()) {
                    return List.of(ChildRekeyTask.responder(ctx, manager, listener));
                }
                return List.of(ChildCreateTask.additionalResponder(ctx, sa, listener));
            case INFORMATIONAL:
                List<DeletePayload> deletes = m.all(DeletePayload.class);
                if (deletes.stream().anyMatch(d -> d.protocol() == ProtocolId.IKE)) {
                    return List.of(new IkeDeleteTask(sa, false));
                }
                if (!deletes.isEmpty()) {
                    return List.of(new ChildDeleteTask(sa, listener));
                }
                return List.of(new IkeDpdTask(false));
            default:
                return List.of();
        }
    }
}
