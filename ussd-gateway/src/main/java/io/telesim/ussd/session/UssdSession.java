package io.telesim.ussd.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.engine.EngineBusyException;
import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.app.UssdScreen;

/**
 * One open USSD session: a dialog, the pages of its last screen and the HTTP answer that waits for it.
 * A session waits either for its service or for its user, until it ends once. Its state changes under
 * its own lock; the dialog is called outside it, never twice at a time.
 */
final class UssdSession {

    static final String SERVICE_BUSY = "Service busy, try later";
    static final String SERVICE_UNAVAILABLE = "The service is not available, try later";
    static final String STILL_WORKING = "Your previous request is still being processed, please wait";

    private static final Logger LOG = LoggerFactory.getLogger(UssdSession.class);

    private enum State { WAITING_SERVICE, WAITING_USER, ENDED }

    final String id;
    final long msisdn;
    final String code;
    private final UssdDialog dialog;
    private final UssdSessions table;
    private final long openedAt;

    private final CompletableFuture<UssdAnswer> firstAnswer = new CompletableFuture<>();

    private State state = State.WAITING_SERVICE;
    private CompletableFuture<UssdAnswer> pending = firstAnswer;
    private List<String> pages = List.of();
    private int page;
    private boolean lastScreen;
    private long shownAt;

    UssdSession(String id, long msisdn, String code, UssdDialog dialog, UssdSessions table, long now) {
        this.id = id;
        this.msisdn = msisdn;
        this.code = code;
        this.dialog = dialog;
        this.table = table;
        this.openedAt = now;
    }

    /** Asks the dialog for its first screen; the answer completes when the handset can be told. */
    CompletionStage<UssdAnswer> start() {
        call(dialog::start).whenComplete(this::serviceAnswered);
        return firstAnswer;
    }

    /** The user's input; {@code null} when the session has ended. */
    CompletionStage<UssdAnswer> reply(String input, long now) {
        String key = input.strip();
        CompletableFuture<UssdAnswer> answer;
        boolean ends = false;
        boolean toDialog = false;
        synchronized (this) {
            switch (state) {
                case ENDED:
                    return null;
                case WAITING_SERVICE:
                    return CompletableFuture.completedFuture(new UssdAnswer(id, STILL_WORKING, false));
                default:
                    break;
            }
            if (ScreenPager.MORE_KEY.equals(key) && page < pages.size() - 1) {
                page++;
                shownAt = now;
                ends = lastScreen && page == pages.size() - 1;
                if (ends) {
                    state = State.ENDED;
                }
                answer = CompletableFuture.completedFuture(new UssdAnswer(id, pages.get(page), ends));
            } else if (ScreenPager.BACK_KEY.equals(key) && page > 0) {
                page--;
                shownAt = now;
                answer = CompletableFuture.completedFuture(new UssdAnswer(id, pages.get(page), false));
            } else if (lastScreen) {
                // The service has finished: only paging is left to do.
                answer = CompletableFuture.completedFuture(new UssdAnswer(id, pages.get(page), false));
            } else {
                state = State.WAITING_SERVICE;
                pending = new CompletableFuture<>();
                answer = pending;
                toDialog = true;
            }
        }
        if (ends) {
            finish(UssdEnd.SERVICE);
        } else if (toDialog) {
            call(() -> dialog.reply(key)).whenComplete(this::serviceAnswered);
        }
        return answer;
    }

    /** Ends the session unless it has ended; the answer still waiting, if any, gets {@code text}. */
    boolean end(UssdEnd reason, String text) {
        CompletableFuture<UssdAnswer> waiting;
        synchronized (this) {
            if (state == State.ENDED) {
                return false;
            }
            state = State.ENDED;
            waiting = pending;
            pending = null;
        }
        finish(reason);
        if (waiting != null) {
            waiting.complete(new UssdAnswer(id, text, true));
        }
        return true;
    }

    /** The reason this session has to end at {@code now}, or {@code null} while it may go on. */
    synchronized UssdEnd timeoutAt(long now, SessionLimits limits) {
        if (state == State.ENDED) {
            return null;
        }
        if (now - openedAt >= limits.sessionTimeoutMillis()) {
            return UssdEnd.SESSION_TIMEOUT;
        }
        if (state == State.WAITING_USER && now - shownAt >= limits.screenTimeoutMillis()) {
            return UssdEnd.SCREEN_TIMEOUT;
        }
        return null;
    }

    private void serviceAnswered(UssdScreen screen, Throwable failure) {
        CompletableFuture<UssdAnswer> waiting;
        UssdAnswer answer;
        boolean ends;
        synchronized (this) {
            if (state != State.WAITING_SERVICE) {
                return;
            }
            waiting = pending;
            pending = null;
            if (failure != null || screen == null) {
                answer = new UssdAnswer(id, failureText(failure), true);
            } else {
                pages = ScreenPager.pages(screen.text());
                page = 0;
                lastScreen = screen.end();
                answer = new UssdAnswer(id, pages.get(0), lastScreen && pages.size() == 1);
            }
            ends = answer.end();
            state = ends ? State.ENDED : State.WAITING_USER;
            shownAt = table.now();
        }
        if (ends) {
            finish(failure != null || screen == null ? UssdEnd.ERROR : UssdEnd.SERVICE);
        }
        waiting.complete(answer);
    }

    private String failureText(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof EngineBusyException) {
            return SERVICE_BUSY;
        }
        LOG.warn("USSD session {} ({} from {}) ends: its service failed: {}", id, code, msisdn,
                cause == null ? "it answered no screen" : cause.toString());
        return SERVICE_UNAVAILABLE;
    }

    private void finish(UssdEnd reason) {
        table.forget(this);
        try {
            dialog.ended(reason);
        } catch (RuntimeException e) {
            LOG.warn("USSD session {}: the dialog failed when told it ended ({})", id, reason, e);
        }
    }

    /** A dialog that throws or answers no stage is treated as a failed stage. */
    private static CompletionStage<UssdScreen> call(Supplier<CompletionStage<UssdScreen>> step) {
        try {
            CompletionStage<UssdScreen> stage = step.get();
            return stage != null ? stage : CompletableFuture.failedFuture(new IllegalStateException("the dialog answered no stage"));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
