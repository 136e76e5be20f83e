package io.telesim.scenarios.traffic;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import io.telesim.scenarios.model.UssdScript;

/**
 * One USSD session of a script: dial, then after a think time answer each screen with the script's next answer, and
 * hang up when the script is done and the session is still open. It succeeds when the whole script was answered; a
 * session the network ends first is refused with the screen's first line as the reason (or is an error when the
 * screen says the service is busy or timed out). Each request's latency counts from when it was due.
 */
final class UssdSession {

    private static final int REASON_LENGTH = 60;

    private final UssdDialler dialler;
    private final UssdScript script;
    private final long msisdn;
    private final long eventDue;
    private int answered;
    private long stepDue;

    UssdSession(UssdDialler dialler, UssdScript script, long msisdn, long eventDue) {
        this.dialler = dialler;
        this.script = script;
        this.msisdn = msisdn;
        this.eventDue = eventDue;
        this.stepDue = eventDue;
    }

    void start() {
        await(dialler.client().dial(msisdn, script.code()));
    }

    private void await(CompletableFuture<UssdScreen> answer) {
        answer.whenComplete((screen, failure) -> {
            long now = System.nanoTime();
            if (failure != null) {
                end(now, false, "no answer: " + rootMessage(failure));
                return;
            }
            dialler.stats().latency(eventDue, now - stepDue);
            onScreen(screen, now);
        });
    }

    private void onScreen(UssdScreen screen, long now) {
        if (!screen.ok()) {
            end(now, false, "HTTP " + screen.status());
        } else if (answered == script.answers().size()) {
            if (screen.end()) {
                succeed(now);
            } else {
                stepDue = now;
                dialler.client().hangUp(screen.sessionId()).whenComplete((hungUp, failure) -> {
                    long at = System.nanoTime();
                    dialler.stats().latency(eventDue, at - stepDue);
                    if (failure == null && hungUp.status() == 204) {
                        succeed(at);
                    } else {
                        end(at, false, failure != null ? "no answer: " + rootMessage(failure) : "hang-up HTTP " + hungUp.status());
                    }
                });
            }
        } else if (screen.end()) {
            end(now, isError(screen.text()), firstLine(screen.text()));
        } else {
            String input = script.answers().get(answered++);
            long think = dialler.thinkNanos();
            stepDue = now + think;
            dialler.later(() -> await(dialler.client().reply(screen.sessionId(), input)), think);
        }
    }

    private void succeed(long now) {
        dialler.release(msisdn);
        dialler.stats().succeeded(eventDue, now);
    }

    private void end(long now, boolean error, String reason) {
        dialler.release(msisdn);
        if (error) {
            dialler.stats().error(eventDue, now, reason);
        } else {
            dialler.stats().refused(eventDue, now, reason);
        }
    }

    /** The gateway's screens for "not now": busy, limits, time-outs. */
    private static boolean isError(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("try later") || lower.contains("try again") || lower.contains("timed out") || lower.contains("busy")
                || lower.contains("still being processed");
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > REASON_LENGTH ? line.substring(0, REASON_LENGTH) + "..." : line;
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
    }
}
