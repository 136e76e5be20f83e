package io.telesim.simulator.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.telesim.simulator.web.http.RequestLanguage;
import io.vertx.ext.web.RoutingContext;

/**
 * Renders the server-side pages: JTE templates compiled at build time from {@code src/main/jte}, each
 * taking one model object. Pages speak the language of the {@code lang} cookie (set by {@code ?lang=xx}),
 * else of the browser's Accept-Language, else English.
 */
public final class Pages {

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} (e.g. {@code "overview.jte"}) with {@code model} as a 200 HTML page. */
    public void send(RoutingContext ctx, String template, Object model) {
        StringOutput out = new StringOutput();
        templates.render(template, model, out);
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8").putHeader("Cache-Control", "no-store")
                .putHeader("X-Frame-Options", "DENY").putHeader("Content-Security-Policy",
                        "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
                .end(out.toString());
    }

    /** The texts for this request's language; an explicit {@code ?lang=} is remembered in a cookie. */
    public static Texts texts(RoutingContext ctx) {
        String asked = ctx.queryParams().get("lang");
        if (asked != null && Texts.LANGUAGES.contains(asked)) {
            ctx.response().addCookie(io.vertx.core.http.Cookie.cookie("lang", asked).setPath("/").setMaxAge(365L * 86_400)
                    .setSameSite(io.vertx.core.http.CookieSameSite.LAX));
        }
        return Texts.of(RequestLanguage.of(ctx));
    }
}
