package io.telesim.simulator.web.admin;

import java.util.List;

/**
 * The body of {@code POST /admin/sms/bulk}.
 *
 * @param ids up to {@link #MAX} message ids as the SMS centre gave them (16 hexadecimal digits)
 */
public record SmsStatesRequest(List<String> ids) {

    static final int MAX = 2_000;
}
