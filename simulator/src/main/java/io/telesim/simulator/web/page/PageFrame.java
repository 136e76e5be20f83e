package io.telesim.simulator.web.page;

import java.util.List;

import io.telesim.simulator.web.login.WebAccount;

/**
 * What every page's frame shows: its title, the navigation with the active entry, the logged-in account
 * and the number the page is about (0 when none), in the request's language.
 */
public record PageFrame(Texts t, String title, String active, WebAccount account, long number) {

    /** A navigation entry: the key of its text, its area name and its path under {@code /account/NUMBER}. */
    public record NavEntry(String textKey, String area, String path) {
    }

    /** The account's pages, in the order the navigation shows them. */
    public static final List<NavEntry> NAVIGATION = List.of(
            new NavEntry("nav.overview", "overview", ""),
            new NavEntry("nav.money", "money", "/money"),
            new NavEntry("nav.plans", "plans", "/plans"),
            new NavEntry("nav.statement", "statement", "/statement"),
            new NavEntry("nav.bonus", "bonus", "/bonus"),
            new NavEntry("nav.numbers", "numbers", "/numbers"));

    public String base() {
        return "/account/" + number;
    }

    public boolean loggedIn() {
        return account != null;
    }
}
