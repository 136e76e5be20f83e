package io.telesim.scenarios.traffic;

import io.telesim.engine.Command;
import io.telesim.engine.ReplyHandler;
import io.telesim.engine.SubmitStatus;

/**
 * The engine's network-element API as the runner uses it: {@link io.telesim.engine.Engine#submit}. An interface so that
 * a test can put a deliberately broken engine in its place and see the invariants catch it.
 */
@FunctionalInterface
public interface EnginePort {

    SubmitStatus submit(Command command, ReplyHandler handler);
}
