/**
 * IKEv1 exchanges built from tasks (guideline 4, after strongSwan's {@code sa/ikev1/tasks}): {@link
 * io.rosipsec.ipsec.ike.v1.task.MainModeTask}, {@link io.rosipsec.ipsec.ike.v1.task.AggressiveModeTask}, {@link
 * io.rosipsec.ipsec.ike.v1.task.QuickModeTask}, {@link io.rosipsec.ipsec.ike.v1.task.InformationalTask} and
 * {@link io.rosipsec.ipsec.ike.v1.task.IsakmpDpdTask}, run per ISAKMP SA by the {@link
 * io.rosipsec.ipsec.ike.v1.task.Ikev1TaskManager}; {@link io.rosipsec.ipsec.ike.v1.task.Ikev1Engine} is the
 * socket-free entry point with the same contract as the IKEv2 engine.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc2409">RFC 2409</a>
 */
package io.rosipsec.ipsec.ike.v1.task;
