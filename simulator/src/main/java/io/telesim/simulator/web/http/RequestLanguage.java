package io.telesim.simulator.web.http;

import java.util.List;
import java.util.Locale;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The language a request wants: {@code ?lang=}, else the {@code lang} cookie the pages set, else Russian when
 * {@code Accept-Language} starts with it, else English. Pages and API errors answer in it.
 */
public final class RequestLanguage {

    /** The languages Telesim speaks; the first is the default. */
    public static final List<String> LANGUAGES = List.of("en", "ru");

    private RequestLanguage() {
    }

    public static String of(RoutingContext ctx) {
        String asked = ctx.queryParams().get("lang");
        if (asked != null && LANGUAGES.contains(asked)) {
            return asked;
        }
        Cookie cookie = ctx.request().getCookie("lang");
        if (cookie != null && LANGUAGES.contains(cookie.getValue())) {
            return cookie.getValue();
        }
        String accept = ctx.request().getHeader("Accept-Language");
        return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("ru") ? "ru" : LANGUAGES.get(0);
    }
}
