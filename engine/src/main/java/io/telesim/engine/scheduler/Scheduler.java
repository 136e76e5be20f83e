package io.telesim.engine.scheduler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.agrona.collections.LongArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.billing.bonus.Gift;
import io.telesim.billing.time.OperatorCalendar;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Engine;
import io.telesim.engine.EngineBusyException;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.clock.EngineClock;

/**
 * Publishes the engine's timed work through the ring, like any other producer, so it is journaled and
 * replays exactly: the daily cycle of every account after each local midnight (fees, bundles of a new
 * month, promised payments due, the inactivity block), the release of reservations whose validity ran
 * out, and the return of expired bonus gifts. Commands for one account that arrive before the sweep
 * reaches it catch its day up themselves, so the order does not matter.
 *
 * <p>Its commands carry no command id (0): each is safe to repeat, because each acts on what is due now.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);
    private static final int ACCOUNTS_PER_SWEEP_COMMAND = 16;

    private final Engine engine;
    private final EngineClock clock;
    private final OperatorCalendar calendar;
    private final Duration tick;
    private final Duration giftCheck;
    private final Thread thread;
    private final Command command = new Command();
    private volatile boolean running = true;
    private int sweptDay = Integer.MIN_VALUE;
    private long lastGiftCheck;

    /**
     * @param tick      how often (real time) it looks for expired reservations and a new day
     * @param giftCheck how often (engine time) it looks for expired gifts
     */
    public Scheduler(Engine engine, EngineClock clock, Duration tick, Duration giftCheck) {
        this.engine = engine;
        this.clock = clock;
        this.calendar = engine.catalog().calendar();
        this.tick = tick;
        this.giftCheck = giftCheck;
        this.thread = new Thread(this::loop, "telesim-scheduler");
        this.thread.setDaemon(true);
    }

    public Scheduler start() {
        thread.start();
        return this;
    }

    private void loop() {
        while (running) {
            try {
                runDue();
                Thread.sleep(tick.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("scheduled work failed; trying again at the next tick", e);
            }
        }
    }

    /** Does whatever is due now: visible for tests that drive time by hand. */
    public void runDue() {
        long now = clock.now();
        int today = calendar.dayIndex(now);
        if (today != sweptDay) {
            sweep();
            sweptDay = today;
        }
        releaseExpiredSessions(now);
        if (now - lastGiftCheck >= giftCheck.toMillis()) {
            expireGifts(now);
            lastGiftCheck = now;
        }
    }

    /** Runs every account's daily cycle, a few accounts per command, in number order. */
    public void sweep() {
        long after = 0;
        long accounts = 0;
        while (running) {
            ReplySnapshot reply = call(command.set(CommandType.DAILY_SWEEP, 0, 0).other(after).amount(ACCOUNTS_PER_SWEEP_COMMAND));
            if (reply == null || reply.usedUnits() == 0) {
                break;
            }
            accounts += reply.usedUnits();
            after = reply.msisdn();
        }
        LOG.debug("daily sweep went through {} accounts", accounts);
    }

    private void releaseExpiredSessions(long now) {
        LongArrayList sessions = new LongArrayList();
        LongArrayList msisdns = new LongArrayList();
        join(engine.query(view -> {
            view.expiredSessions(now, sessions, msisdns);
            return null;
        }));
        for (int i = 0; i < sessions.size() && running; i++) {
            call(command.set(CommandType.RELEASE, 0, msisdns.getLong(i)).sessionId(sessions.getLong(i)));
        }
    }

    private void expireGifts(long now) {
        List<Gift> gifts = join(engine.query(view -> view.expiredGifts(now)));
        if (gifts == null) {
            return;
        }
        for (Gift gift : gifts) {
            call(command.set(CommandType.EXPIRE_GIFT, 0, gift.giver()).amount(gift.code()));
        }
    }

    /** Submits and waits for the reply, retrying while the ring is full. */
    private ReplySnapshot call(Command toSend) {
        while (running) {
            try {
                return engine.call(toSend).get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof EngineBusyException busy) || busy.status() != io.telesim.engine.SubmitStatus.BUSY) {
                    return null;
                }
                Thread.onSpinWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (java.util.concurrent.TimeoutException e) {
                LOG.warn("no reply to {} in 30 s", toSend);
                return null;
            }
        }
        return null;
    }

    private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
