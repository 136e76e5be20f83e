package io.telesim.scenarios.traffic;

/** One answer of the USSD gateway: an HTTP status and, for 200, the screen and whether the session is over. */
record UssdScreen(int status, String sessionId, String text, boolean end) {

    boolean ok() {
        return status == 200;
    }
}
