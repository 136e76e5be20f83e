package io.telesim.benchmarks.ussd;

import java.util.List;

/**
 * What every virtual handset does in a loop, four HTTP requests (steps) per session: dial {@link #code()}, answer
 * the two {@link #inputs()}, hang up with {@code DELETE}. The answers to the dial and the two replies must be screens
 * that keep the session open and start with {@link #screens()} in turn; the hang-up must be answered 204.
 *
 * @param code    the code dialled
 * @param inputs  the two answers typed, in order
 * @param screens how the three screens start, in order
 */
record SessionScript(String code, List<String> inputs, List<String> screens) {

    /** Steps in one session: dial, two replies, hang-up. */
    static final int STEPS = 4;

    SessionScript {
        inputs = List.copyOf(inputs);
        screens = List.copyOf(screens);
        if (inputs.size() != 2 || screens.size() != 3) {
            throw new IllegalArgumentException("a session is a dial, two replies and a hang-up");
        }
    }

    /**
     * The gateway's path: {@code *111*456#} (bonus points: an engine read and a state query through the ring), "1"
     * (the rewards menu, from the catalog), "0" (back to the bonus points: the read and the query again), hang up.
     */
    static SessionScript bonusPointsAndBack() {
        return new SessionScript("*111*456#", List.of("1", "0"), List.of("Bonus points: ", "Rewards:", "Bonus points: "));
    }
}
