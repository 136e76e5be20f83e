package io.telesim.ussd.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.telesim.engine.EngineBusyException;
import io.telesim.engine.SubmitStatus;
import io.telesim.ussd.app.UssdDialog;
import io.telesim.ussd.app.UssdEnd;
import io.telesim.ussd.app.UssdScreen;
import io.telesim.ussd.route.UssdRoutes;
import io.telesim.ussd.testing.MenuService;

class UssdSessionsTest {

    private static final long ALICE = 79_160_000_001L;
    private static final long BOB = 79_160_000_002L;

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private final MenuService menu = new MenuService();
    private final CompletableFuture<UssdScreen> slowAnswer = new CompletableFuture<>();
    private final UssdRoutes routes = new UssdRoutes()
            .exact("*100#", menu)
            .exact("*200#", request -> dialog(CompletableFuture.completedFuture(UssdScreen.ask("Slow menu")), slowAnswer))
            .exact("*300#", request -> dialog(CompletableFuture.failedFuture(new EngineBusyException(SubmitStatus.BUSY)), null))
            .exact("*301#", request -> dialog(CompletableFuture.failedFuture(new IllegalStateException("broken")), null))
            .exact("*400#", request -> dialog(CompletableFuture.completedFuture(UssdScreen.ask("line of the long list\n".repeat(20))), null))
            .exact("*401#", request -> dialog(CompletableFuture.completedFuture(UssdScreen.end("x".repeat(300))), null));
    private final UssdSessions sessions = new UssdSessions(routes, new SessionLimits(30_000, 180_000, 3, 10), clock::get);

    @Test
    void aDialShowsTheMenuAndRepliesReachTheServiceUntilItEnds() {
        UssdAnswer first = now(sessions.dial(ALICE, "*100#"));
        assertEquals(new UssdAnswer(first.sessionId(), "Menu 79160000001\n1 Balance\n2 Bye", false), first);
        assertEquals("Balance of 79160000001: 100 RUB", reply(first, "1").text());
        UssdAnswer last = reply(first, " 2 ");
        assertEquals(new UssdAnswer(first.sessionId(), "Bye", true), last);
        assertEquals(List.of(UssdEnd.SERVICE), menu.ends);
        assertTrue(sessions.reply(first.sessionId(), "1").isEmpty(), "an ended session is gone");
        assertEquals(0, sessions.openSessions());
    }

    @Test
    void aSecondDialOfTheSameNumberIsBusyAndLeavesTheOpenSessionAlone() {
        UssdAnswer first = now(sessions.dial(ALICE, "*100#"));
        UssdAnswer second = now(sessions.dial(ALICE, "*100#"));
        assertTrue(second.end());
        assertEquals(UssdSessions.NUMBER_BUSY, second.text());
        assertEquals("Balance of 79160000001: 100 RUB", reply(first, "1").text());
        assertFalse(now(sessions.dial(BOB, "*100#")).end(), "another number may dial");
        assertEquals(3, sessions.dials(), "every dial counts, the refused one too");
        assertEquals(2, sessions.openSessions());
    }

    @Test
    void malformedAndUnknownCodesEndAtOnceWithAText() {
        UssdAnswer unknown = now(sessions.dial(ALICE, "*999#"));
        assertEquals(new UssdAnswer(unknown.sessionId(), "Unknown code *999#", true), unknown);
        UssdAnswer malformed = now(sessions.dial(ALICE, "100#"));
        assertTrue(malformed.end());
        assertTrue(malformed.text().contains("starts with *"), malformed.text());
        assertEquals(0, sessions.openSessions());
    }

    @Test
    void aScreenLeftUnansweredFor30SecondsEndsTheSession() {
        UssdAnswer first = now(sessions.dial(ALICE, "*100#"));
        clock.addAndGet(29_999);
        assertEquals(0, sessions.sweep());
        reply(first, "1");
        clock.addAndGet(29_999);
        assertEquals(0, sessions.sweep(), "the answer started a new screen time");
        clock.addAndGet(1);
        assertEquals(1, sessions.sweep());
        assertEquals(List.of(UssdEnd.SCREEN_TIMEOUT), menu.ends);
        assertTrue(sessions.reply(first.sessionId(), "1").isEmpty());
    }

    @Test
    void aSessionEndsAfter180SecondsHoweverBusyTheUser() {
        UssdAnswer first = now(sessions.dial(ALICE, "*100#"));
        for (int i = 0; i < 8; i++) {
            clock.addAndGet(20_000);
            assertEquals(0, sessions.sweep());
            reply(first, "1");
        }
        clock.addAndGet(20_000);
        assertEquals(1, sessions.sweep());
        assertEquals(List.of(UssdEnd.SESSION_TIMEOUT), menu.ends);
    }

    @Test
    void hangingUpEndsTheDialogAndForgetsTheSession() {
        UssdAnswer first = now(sessions.dial(ALICE, "*100#"));
        assertTrue(sessions.hangUp(first.sessionId()));
        assertFalse(sessions.hangUp(first.sessionId()));
        assertEquals(List.of(UssdEnd.USER), menu.ends);
        assertTrue(sessions.reply(first.sessionId(), "1").isEmpty());
        assertFalse(now(sessions.dial(ALICE, "*100#")).end(), "the number may dial again");
    }

    @Test
    void aReplyWhileTheServiceIsStillAnsweringIsRefusedAndTheAnswerComesLater() {
        UssdAnswer first = now(sessions.dial(ALICE, "*200#"));
        CompletionStage<UssdAnswer> pending = sessions.reply(first.sessionId(), "1").orElseThrow();
        assertFalse(pending.toCompletableFuture().isDone());
        UssdAnswer refused = reply(first, "2");
        assertEquals(UssdSession.STILL_WORKING, refused.text());
        assertFalse(refused.end());
        slowAnswer.complete(UssdScreen.ask("Done"));
        assertEquals("Done", now(pending).text());
    }

    @Test
    void hangingUpWhileTheServiceAnswersCompletesTheWaitingReply() {
        UssdAnswer first = now(sessions.dial(ALICE, "*200#"));
        CompletionStage<UssdAnswer> pending = sessions.reply(first.sessionId(), "1").orElseThrow();
        sessions.hangUp(first.sessionId());
        assertTrue(now(pending).end());
        slowAnswer.complete(UssdScreen.ask("Too late"));
        assertEquals(0, sessions.openSessions());
    }

    @Test
    void anEngineTooBusyToAnswerShowsServiceBusyAndEndsTheSession() {
        UssdAnswer answer = now(sessions.dial(ALICE, "*300#"));
        assertEquals(new UssdAnswer(answer.sessionId(), "Service busy, try later", true), answer);
        assertEquals(0, sessions.openSessions());
    }

    @Test
    void aFailingServiceEndsTheSessionWithAnErrorScreen() {
        UssdAnswer answer = now(sessions.dial(ALICE, "*301#"));
        assertEquals(new UssdAnswer(answer.sessionId(), UssdSession.SERVICE_UNAVAILABLE, true), answer);
    }

    @Test
    void dialsBeyondTheSessionLimitAreToldTheServiceIsBusy() {
        for (long number = 1; number <= 3; number++) {
            assertFalse(now(sessions.dial(79_160_000_000L + number, "*100#")).end());
        }
        UssdAnswer refused = now(sessions.dial(79_160_000_009L, "*100#"));
        assertEquals("Service busy, try later", refused.text());
        assertTrue(refused.end());
        assertEquals(3, sessions.openSessions());
    }

    @Test
    void aNumberMayDialTenTimesAMinute() {
        for (int i = 0; i < 10; i++) {
            UssdAnswer answer = now(sessions.dial(ALICE, "*100#"));
            assertFalse(answer.end(), "dial " + (i + 1));
            sessions.hangUp(answer.sessionId());
        }
        assertEquals(UssdSessions.TOO_MANY_DIALS, now(sessions.dial(ALICE, "*100#")).text());
        clock.addAndGet(60_000);
        sessions.sweep();
        assertFalse(now(sessions.dial(ALICE, "*100#")).end());
    }

    @Test
    void longScreensArePagedWithoutReachingTheDialog() {
        List<String> pages = ScreenPager.pages("line of the long list\n".repeat(20));
        UssdAnswer first = now(sessions.dial(ALICE, "*400#"));
        assertEquals(pages.get(0), first.text());
        assertEquals(pages.get(1), reply(first, "98").text());
        assertEquals(pages.get(2), reply(first, "98").text());
        assertEquals(pages.get(1), reply(first, "0").text());
        assertFalse(reply(first, "0").end());
    }

    @Test
    void aLongLastScreenEndsTheSessionOnItsLastPage() {
        UssdAnswer first = now(sessions.dial(ALICE, "*401#"));
        assertFalse(first.end());
        assertTrue(first.text().endsWith("98 More"));
        UssdAnswer last = reply(first, "98");
        assertTrue(last.end());
        assertTrue(last.text().endsWith("0 Back"));
        assertEquals(0, sessions.openSessions());
    }

    private UssdAnswer reply(UssdAnswer session, String input) {
        return now(sessions.reply(session.sessionId(), input).orElseThrow());
    }

    /** The services here answer at once or the test completes them first: a stage not done is a failure. */
    private static UssdAnswer now(CompletionStage<UssdAnswer> stage) {
        CompletableFuture<UssdAnswer> future = stage.toCompletableFuture();
        assertTrue(future.isDone(), "the answer should be ready");
        return future.join();
    }

    private static UssdDialog dialog(CompletableFuture<UssdScreen> first, CompletableFuture<UssdScreen> next) {
        return new UssdDialog() {
            @Override
            public CompletionStage<UssdScreen> start() {
                return first;
            }

            @Override
            public CompletionStage<UssdScreen> reply(String input) {
                return next;
            }
        };
    }
}
