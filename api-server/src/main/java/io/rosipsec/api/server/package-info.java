/**
 * The RouterOS binary API service over one {@link io.rosipsec.router.Router}'s menu model (routeros-api.md §1).
 *
 * <p>{@link io.rosipsec.api.server.ApiServer} binds the {@code api} (8728) or {@code api-ssl} (8729) service and
 * builds each connection's pipeline from the {@code io.rosipsec.api.wire} codec and one {@link
 * io.rosipsec.api.server.ApiSessionHandler}. The session handler only translates: {@link
 * io.rosipsec.api.server.ApiCommand} resolves the command word against the schema, {@link
 * io.rosipsec.api.server.ApiArguments} checks the attribute words against the command's arguments, and the menu
 * operations themselves are {@link io.rosipsec.menu.MenuService}'s. Replies are shaped by {@link
 * io.rosipsec.api.server.ApiRows} (printed values), {@link io.rosipsec.api.server.ApiTrap} (error texts and
 * categories) and {@link io.rosipsec.api.server.ApiExchange} (tags).
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579160/API">RouterOS API</a>
 */
package io.rosipsec.api.server;
