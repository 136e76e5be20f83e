package io.telesim.scenarios.traffic;

import java.util.concurrent.TimeUnit;

import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Reply;
import io.telesim.engine.SubmitStatus;

/**
 * One call or data session as the network element charges it: reserve a quota, update (report what was used, ask for
 * another quota) while it lasts, commit what was used in all. A grant that stops growing means the money ran out: the
 * session is cut and committed as it stands. Each step is sent by the {@link EngineLoop} and answered on the engine's
 * output thread; its latency counts from when it was due. A full ring (BUSY) refuses a new session; a step of a
 * session already open is sent again a millisecond later, as a network element would, still timed from its due time.
 */
final class OnlineSession implements EngineStep, EngineAnswer {

    private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private enum Step { RESERVE, UPDATE, COMMIT }

    private final SessionTraffic traffic;
    private final long eventDue;
    private final long msisdn;
    private final long sessionId;
    private final long destination;
    private final long total;
    private Step step = Step.RESERVE;
    private long granted;
    private long reported;
    private long commitAmount;
    private long commandId;
    private long stepDue;
    private long wake;
    private EngineLoop loop;

    OnlineSession(SessionTraffic traffic, long eventDue, long msisdn, long sessionId, long destination, long total) {
        this.traffic = traffic;
        this.eventDue = eventDue;
        this.msisdn = msisdn;
        this.sessionId = sessionId;
        this.destination = destination;
        this.total = total;
        this.stepDue = eventDue;
        this.wake = eventDue;
    }

    @Override
    public long wakeNanos() {
        return wake;
    }

    @Override
    public void send(Command command, EngineLoop sender) {
        this.loop = sender;
        if (step == Step.RESERVE && commandId == 0) {
            traffic.stats().sent(eventDue, System.nanoTime());
        }
        if (commandId == 0) {
            commandId = traffic.nextCommandId();
        }
        switch (step) {
            case RESERVE -> command.set(CommandType.RESERVE, commandId, msisdn).sessionId(sessionId).item(traffic.kind().ordinal())
                    .other(destination).amount(traffic.quota());
            case UPDATE -> command.set(CommandType.UPDATE, commandId, msisdn).sessionId(sessionId).amount(reported).amount2(traffic.quota());
            case COMMIT -> command.set(CommandType.COMMIT, commandId, msisdn).sessionId(sessionId).amount(commitAmount);
        }
        SubmitStatus status = loop.submit(command, this);
        if (status != SubmitStatus.ACCEPTED) {
            onUnanswered(status, status.name());
        }
    }

    /** Not taken (BUSY: a new session is refused, a step of an open one sent again) or never answered. */
    @Override
    public void onUnanswered(SubmitStatus status, String reason) {
        long now = System.nanoTime();
        if (step == Step.RESERVE) {
            traffic.stats().error(eventDue, now, status == SubmitStatus.BUSY ? status.name() : reason);
        } else if (status == SubmitStatus.BUSY) {
            wake = now + RETRY_NANOS;
            loop.schedule(this);
        } else {
            traffic.stats().error(eventDue, now, "engine " + reason);
        }
    }

    @Override
    public void onReply(Reply reply) {
        long now = System.nanoTime();
        traffic.stats().latency(eventDue, now - stepDue);
        Outcome outcome = reply.outcome();
        switch (step) {
            case RESERVE -> {
                if (outcome != Outcome.OK) {
                    traffic.stats().refused(eventDue, now, outcome.name());
                    return;
                }
                granted = reply.grantedUnits();
                next(now);
            }
            case UPDATE -> {
                long grant = reply.grantedUnits();
                if (outcome != Outcome.OK || grant <= reported) {
                    commit(reported, now); // cut off: nothing more can be paid for
                } else {
                    granted = grant;
                    next(now);
                }
            }
            case COMMIT -> {
                if (outcome == Outcome.OK) {
                    traffic.ledger().acknowledged(reply.commandId(), msisdn, traffic.ackKind(), -reply.usageMoney());
                    traffic.stats().succeeded(eventDue, now);
                } else {
                    traffic.stats().error(eventDue, now, "commit " + outcome.name());
                }
            }
        }
    }

    /** After a grant: commit when it covers the session, else report it used and ask for more. */
    private void next(long now) {
        if (total <= granted) {
            commit(total, now);
        } else {
            reported = granted;
            advance(Step.UPDATE, now);
        }
    }

    private void commit(long used, long now) {
        commitAmount = used;
        advance(Step.COMMIT, now);
    }

    private void advance(Step next, long now) {
        step = next;
        commandId = 0;
        stepDue = now + traffic.updateEveryNanos();
        wake = stepDue;
        loop.schedule(this);
    }
}
