package io.telesim.benchmarks.engine;

import io.telesim.engine.Command;
import io.telesim.engine.Engine;
import io.telesim.engine.ReplyHandler;
import io.telesim.engine.SubmitStatus;

/** Submits a command until the engine takes it: the operation every engine benchmark measures. */
final class Submission {

    private Submission() {
    }

    /**
     * @return {@link SubmitStatus#ACCEPTED}, or {@link SubmitStatus#CLOSED} if the engine stopped meanwhile
     */
    static SubmitStatus untilAccepted(Engine engine, Command command, ReplyHandler handler, BusyBackoff backoff) {
        SubmitStatus status;
        while ((status = engine.submit(command, handler)) == SubmitStatus.BUSY) {
            backoff.pause();
        }
        return status;
    }
}
