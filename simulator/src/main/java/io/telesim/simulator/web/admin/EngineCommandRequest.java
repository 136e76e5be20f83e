package io.telesim.simulator.web.admin;

/**
 * The body of {@code POST /admin/commands}: one engine command with the engine's own fields, as a network element or a
 * load generator sends it. Numbers are 11-digit integers ({@code other} may be any party number the engine reads there);
 * absent fields are 0.
 *
 * @param type    the command in lower case ({@code top_up}, {@code reserve}, ...); see {@link CommandRoutes} for those allowed
 * @param eventId the caller's id of the event (1..2^56-1): a retry with the same id is answered with the first answer
 */
public record EngineCommandRequest(String type, long eventId, long msisdn, Long other, Integer item, Long amount, Long amount2,
                                   Long sessionId) {
}
