package io.telesim.engine;

/**
 * Receives the reply to a submitted command, on the engine's output thread, after the command was
 * journaled, applied and its statement records written. Must be quick and must not block: hand the
 * reply to another thread if there is real work to do. The {@link Reply} is valid only during the call.
 */
@FunctionalInterface
public interface ReplyHandler {

    void onReply(Reply reply);
}
