package io.telesim.engine.statement;

import java.util.ArrayList;
import java.util.List;

/** The statement as a list: what every query must answer, computed the simplest way. */
final class StatementModel {

    private final List<StatementRecord> appended = new ArrayList<>();

    void append(StatementRecord record) {
        appended.add(record);
    }

    int size() {
        return appended.size();
    }

    /** The number's records in {@code [from, to)} that the filter matches, the last appended first. */
    List<StatementRecord> query(long msisdn, long from, long to, KindFilter filter) {
        List<StatementRecord> answer = new ArrayList<>();
        for (int i = appended.size() - 1; i >= 0; i--) {
            StatementRecord record = appended.get(i);
            if (record.msisdn() == msisdn && record.timeMillis() >= from && record.timeMillis() < to
                    && filter.matches(record.kindCode())) {
                answer.add(record);
            }
        }
        return answer;
    }
}
