/**
 * The RouterOS REST API (routeros-api.md §2; RouterOS 7.1+ on {@code www-ssl}, 7.9+ also on {@code www}) over one
 * {@link io.rosipsec.router.Router}'s menu model.
 *
 * <p>{@link io.rosipsec.api.rest.RestServer} binds the service; {@link io.rosipsec.api.rest.RestMenuHandler}
 * authenticates each request and enforces the 60 s cut-off; {@link io.rosipsec.api.rest.RestRoute} resolves the
 * URL against the schema; the methods run as the binary API's commands would ({@code RestCommands}, reusing {@link
 * io.rosipsec.api.server.ApiCommand}, {@link io.rosipsec.api.server.ApiArguments}, {@link
 * io.rosipsec.api.wire.ApiQuery} and {@link io.rosipsec.api.server.ApiRows}), so REST and the API show the same
 * values, accept the same arguments and refuse with the same texts. {@link io.rosipsec.api.rest.RestJson} reads
 * and writes the JSON; {@link io.rosipsec.api.rest.RestError} shapes every error reply.
 *
 * @see <a href="https://help.mikrotik.com/docs/spaces/ROS/pages/47579162/REST+API">RouterOS REST API</a>
 */
package io.rosipsec.api.rest;
