package io.telesim.simulator.web;

import io.vertx.ext.web.Router;

/**
 * One feature's routes: it mounts its API handlers under {@code /api} (JSON) and its pages on the
 * root router. The server adds the session, CSRF and body handling before these run, and the failure
 * handler after.
 */
public interface RouteSet {

    void mount(Router router, WebRuntime web);
}
