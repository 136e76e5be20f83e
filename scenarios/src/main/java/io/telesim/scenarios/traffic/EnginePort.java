package io.telesim.scenarios.traffic;

import io.telesim.engine.Command;
import io.telesim.engine.SubmitStatus;

/**
 * The engine's network-element API as the runner uses it: {@link io.telesim.engine.Engine#submit} in this process, or
 * the admin API of an operator elsewhere ({@code --target}). An interface also so that a test can put a deliberately
 * broken engine in its place and see the invariants catch it. {@code submit} reads the command before it returns.
 */
@FunctionalInterface
public interface EnginePort {

    SubmitStatus submit(Command command, EngineAnswer answer);
}
