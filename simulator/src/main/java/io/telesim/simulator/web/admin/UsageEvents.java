package io.telesim.simulator.web.admin;

/**
 * The bodies of the usage a network element reports through the admin API. Every one carries the caller's
 * {@code eventId} (1..2^56-1), which makes a retry idempotent (see {@link EventIds}); numbers are written as
 * people write them, destinations may also be short or international numbers.
 */
final class UsageEvents {

    private UsageEvents() {
    }

    /** {@code POST /admin/usage/sms}: an SMS of {@code segments} parts (1 when absent) from {@code number} to {@code to}. */
    record Sms(long eventId, String number, String to, Integer segments) {
    }

    /** {@code POST /admin/usage/call}: an ended call of {@code seconds} from {@code number} to {@code to} (a CDR). */
    record Call(long eventId, String number, String to, long seconds) {
    }

    /** {@code POST /admin/usage/data}: an ended data session of {@code bytes} (a CDR). */
    record Data(long eventId, String number, long bytes) {
    }

    /**
     * {@code POST /admin/sessions}: opens a session of {@code kind} ({@code call} or {@code data}) and asks for
     * {@code requested} seconds or bytes.
     *
     * @param sessionId the network's id of the session; the event id when absent
     * @param to        the called number of a call; unused for data
     */
    record Reserve(long eventId, String number, String kind, String to, long requested, Long sessionId) {
    }

    /** {@code POST /admin/sessions/{id}/update}: {@code used} so far, and {@code requested} more beyond it. */
    record Update(long eventId, String number, long used, long requested) {
    }

    /** {@code POST /admin/sessions/{id}/commit}: the session ended having used {@code used} in all. */
    record Commit(long eventId, String number, long used) {
    }

    /** {@code POST /admin/sessions/{id}/release}: the session ended without a final report; what was last reported is charged. */
    record Release(long eventId, String number) {
    }
}
