package io.telesim.simulator.business;

import java.util.List;
import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/** Each company's requests, in the order they were submitted, with ids 1, 2, ... per operator. */
public final class BusinessRequests {

    private final JsonRecords<BusinessRequest> requests;
    private final Counters counters;

    BusinessRequests(KeyValueStore store, Counters counters) {
        this.requests = new JsonRecords<>(store, BusinessBook.PREFIX + "request/", BusinessRequest.class);
        this.counters = counters;
    }

    public synchronized BusinessRequest submit(String companyId, RequestKind kind, RequestDetails details, String by, long now) {
        String id = Long.toString(counters.next("request"));
        BusinessRequest request = new BusinessRequest(id, companyId, kind, details, RequestState.SUBMITTED, by, now, now, null, null);
        save(request);
        return request;
    }

    public List<BusinessRequest> list(String companyId, int limit) {
        return requests.list(companyId + "/", limit);
    }

    public Optional<BusinessRequest> get(String companyId, String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return requests.get(key(companyId, Long.parseLong(id)));
    }

    public synchronized void save(BusinessRequest request) {
        requests.put(key(request.companyId(), Long.parseLong(request.id())), request);
    }

    private static String key(String companyId, long id) {
        return companyId + "/" + String.format("%019d", id);
    }
}
