package io.telesim.simulator.web.money;

import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/** The card linked to each number's auto top-up rule, durably in the web store under {@code money/auto-top-up-card/NUMBER}. */
final class LinkedCards {

    private final JsonRecords<LinkedCard> records;

    LinkedCards(KeyValueStore store) {
        this.records = new JsonRecords<>(store, "money/auto-top-up-card/", LinkedCard.class);
    }

    Optional<LinkedCard> of(long msisdn) {
        return records.get(Long.toString(msisdn));
    }

    void link(long msisdn, LinkedCard card) {
        records.put(Long.toString(msisdn), card);
    }

    void unlink(long msisdn) {
        records.delete(Long.toString(msisdn));
    }
}
