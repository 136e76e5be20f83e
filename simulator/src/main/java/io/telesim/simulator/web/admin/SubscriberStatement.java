package io.telesim.simulator.web.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One number of {@code POST /admin/statements/bulk}: its account as the engine reads it now, the newest line of its
 * statement (the head), and the lines after the position asked for, oldest first.
 *
 * @param found       false when the number is not a subscriber (the other fields are then 0 or absent)
 * @param head        the position of the newest statement line, -1 when there is none
 * @param headBalance the balance that line left, in kopecks (0 when there is none)
 * @param rows        the lines after the position asked for, oldest first; absent when none were asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriberStatement(long number, boolean found, String status, String tariffId, long balance, long voiceLeft, long smsLeft,
                                  long dataLeft, long head, long headBalance, List<StatementRow> rows) {
}
