package io.telesim.ussd.session;

/**
 * What the handset gets back for a dial or a reply: one screen.
 *
 * @param sessionId the session the screen belongs to (a dial refused at once gets an id of its own)
 * @param text      the screen, at most one USSD page
 * @param end       true when the session is over with this screen
 */
public record UssdAnswer(String sessionId, String text, boolean end) {
}
