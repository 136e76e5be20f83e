package io.telesim.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.Reply;
import io.telesim.engine.SubmitStatus;
import io.telesim.scenarios.traffic.EngineAnswer;
import io.telesim.scenarios.traffic.EnginePort;

/**
 * Setup commands sent many at once, up to a window in flight, from one thread: a full ring (BUSY, at once or from a
 * remote engine later) is sent again until it is taken; what the engine refused is counted by reason for the report.
 */
final class CommandWindow {

    private final EnginePort engine;
    private final int size;
    private final Semaphore window;
    private final Queue<Retry> busy = new ConcurrentLinkedQueue<>();
    private final Map<String, Integer> refusals = new TreeMap<>();

    CommandWindow(EnginePort engine, int size) {
        this.engine = engine;
        this.size = size;
        this.window = new Semaphore(size);
    }

    /**
     * Sends {@code filled} (read before this returns); {@code onOk} gets the number when it is applied. {@code alreadyOk}
     * is an outcome that is no refusal here (a number connected already), or null.
     */
    void send(Command filled, String what, LongConsumer onOk, Outcome alreadyOk) throws InterruptedException {
        window.acquire();
        submit(new Retry(copy(filled), what, onOk, alreadyOk));
    }

    private void submit(Retry retry) throws InterruptedException {
        while (true) {
            SubmitStatus status = engine.submit(retry.command(), new EngineAnswer() {
                @Override
                public void onReply(Reply reply) {
                    Outcome outcome = reply.outcome();
                    if (outcome == Outcome.OK) {
                        if (retry.onOk() != null) {
                            retry.onOk().accept(reply.msisdn());
                        }
                    } else if (outcome != retry.alreadyOk()) {
                        refused(retry.what() + " (" + outcome.reason() + ")");
                    }
                    window.release();
                }

                @Override
                public void onUnanswered(SubmitStatus why, String reason) {
                    if (why == SubmitStatus.BUSY) {
                        busy.add(retry); // sent again from the sending thread, which may wait
                    } else {
                        refused(retry.what() + " (" + reason + ")");
                    }
                    window.release();
                }
            });
            if (status == SubmitStatus.ACCEPTED) {
                return;
            }
            if (status == SubmitStatus.CLOSED) {
                window.release();
                throw new IllegalStateException("the engine stopped while the subscribers were being connected");
            }
            TimeUnit.MILLISECONDS.sleep(1);
        }
    }

    /** Waits until everything sent has been answered, sending again what came back busy. */
    void drain() throws InterruptedException {
        while (true) {
            window.acquire(size);
            window.release(size);
            if (busy.isEmpty()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(1);
            for (Retry retry; (retry = busy.poll()) != null; ) {
                window.acquire();
                submit(retry);
            }
        }
    }

    void refused(String what) {
        synchronized (refusals) {
            refusals.merge(what, 1, Integer::sum);
        }
    }

    /** A line per kind of refusal, empty when there was none. */
    List<String> refusals() {
        List<String> lines = new ArrayList<>();
        synchronized (refusals) {
            refusals.forEach((what, count) -> lines.add(String.format("%,d refused: %s", count, what)));
        }
        return lines;
    }

    private static Command copy(Command c) {
        return new Command().set(c.type(), c.commandId(), c.msisdn()).sessionId(c.sessionId()).other(c.other()).amount(c.amount())
                .amount2(c.amount2()).item(c.item());
    }

    private record Retry(Command command, String what, LongConsumer onOk, Outcome alreadyOk) {
    }
}
