package io.telesim.simulator.web.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.number.PartyNumber;

/** Call forwarding (F6): where calls go under each condition, or nowhere. */
public record ForwardingSection(List<Rule> rules) {

    /**
     * One condition.
     *
     * @param condition {@code unconditional}, {@code busy}, {@code no-reply} or {@code not-reachable}
     * @param target    the number calls go to as it is dialled ({@code 79031234567}, {@code +442071234567}), or null
     */
    public record Rule(String condition, String target) {
    }

    /** The condition's name in paths and bodies. */
    public static String name(ForwardingCondition condition) {
        return condition.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The condition named {@code name} in a path, or null. */
    public static ForwardingCondition condition(String name) {
        for (ForwardingCondition condition : ForwardingCondition.values()) {
            if (name(condition).equals(name)) {
                return condition;
            }
        }
        return null;
    }

    static ForwardingSection of(PlanSnapshot snapshot) {
        List<Rule> rules = new ArrayList<>();
        for (ForwardingCondition condition : ForwardingCondition.values()) {
            long target = snapshot.account().forwarding(condition);
            rules.add(new Rule(name(condition), target == 0 ? null : PartyNumber.toString(target)));
        }
        return new ForwardingSection(List.copyOf(rules));
    }
}
