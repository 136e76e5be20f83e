package io.telesim.simulator.web.business;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.telesim.engine.clock.EngineClock;
import io.telesim.engine.clock.SystemClock;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/**
 * An operator with a company on it, for the corporate tests: "Test Logistics" (c1) made through the admin API with
 * {@link #ADMIN} as its administrator, the branches head office / Moscow / Saint Petersburg, numbers
 * {@link #MOSCOW_FIRST}.. in Moscow and {@link #SPB_FIRST}.. in Saint Petersburg ({@link #PER_BRANCH} each), and logged-in
 * clients of its users.
 */
final class BusinessFixture implements AutoCloseable {

    static final long ADMIN = WebFixture.FIRST;
    static final int PER_BRANCH = 5;
    static final long MOSCOW_FIRST = WebFixture.FIRST + 10;
    static final long SPB_FIRST = MOSCOW_FIRST + PER_BRANCH;
    /** Subscribers not in the company: from here on. */
    static final long OUTSIDER = SPB_FIRST + PER_BRANCH;

    final WebFixture web;
    final String company;
    final String moscow;
    final String spb;
    private final Map<Long, ApiClient> clients = new HashMap<>();

    private BusinessFixture(WebFixture web) throws Exception {
        this.web = web;
        JsonNode created = ok(admin("POST", "/admin/companies",
                "{\"name\":\"Test Logistics\",\"taxId\":\"7701234567\",\"adminNumber\":\"" + ADMIN + "\",\"settlement\":\"prepaid\"}"), 201);
        this.company = created.get("company").get("id").asText();
        ApiClient admin = user(ADMIN);
        this.moscow = ok(admin.post(api("/branches"), "{\"parentId\":\"b1\",\"name\":\"Moscow\"}"), 200).get("id").asText();
        this.spb = ok(admin.post(api("/branches"), "{\"parentId\":\"b1\",\"name\":\"Saint Petersburg\"}"), 200).get("id").asText();
        addNumbers(MOSCOW_FIRST, PER_BRANCH, moscow);
        addNumbers(SPB_FIRST, PER_BRANCH, spb);
    }

    /** An operator in memory with {@code subscribers} subscribers (at least 30) and the company. */
    static BusinessFixture start(int subscribers) throws Exception {
        return new BusinessFixture(WebFixture.start(subscribers));
    }

    /** As {@link #start(int)}, keeping statements in {@code data}. */
    static BusinessFixture start(int subscribers, Path data) throws Exception {
        return start(subscribers, data, new SystemClock());
    }

    /** As {@link #start(int, Path)}, on the operator's clock {@code clock}. */
    static BusinessFixture start(int subscribers, Path data, EngineClock clock) throws Exception {
        return new BusinessFixture(WebFixture.start(subscribers, data, clock));
    }

    /** The path of the company's API: {@code /api/business/companies/c1} + {@code rest}. */
    String api(String rest) {
        return "/api/business/companies/" + company + rest;
    }

    /** A client logged in as {@code number} (one per number, kept). */
    ApiClient user(long number) throws Exception {
        ApiClient client = clients.get(number);
        if (client == null) {
            client = web.loggedIn(number);
            clients.put(number, client);
        }
        return client;
    }

    /** Adds a user with {@code role} limited to {@code branch} (null: full access), as the administrator. */
    ApiClient addUser(long number, String role, String branch) throws Exception {
        String branches = branch == null ? "[]" : "[\"" + branch + "\"]";
        ok(user(ADMIN).post(api("/users"), "{\"number\":\"" + number + "\",\"name\":\"User " + number + "\",\"roleId\":\"" + role
                + "\",\"branches\":" + branches + "}"), 200);
        return user(number);
    }

    void addNumbers(long first, int count, String branch) throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ",").append('"').append(first + i).append('"');
        }
        JsonNode added = ok(admin("POST", "/admin/companies/" + company + "/numbers", "{\"numbers\":[" + list + "],\"branchId\":\"" + branch + "\"}"), 200);
        if (added.get("failed").asInt() != 0) {
            throw new AssertionError("numbers not added: " + added);
        }
    }

    /** A request to the admin API with the fixture's token. */
    ApiClient.Reply admin(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.baseUrl() + path)).header("Authorization", "Bearer " + WebFixture.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return web.client().send(request);
    }

    /** The balance of {@code number} in the engine now. */
    long balance(long number) throws Exception {
        return web.operator().engine().read(number).get().balance();
    }

    static JsonNode ok(ApiClient.Reply reply, int status) {
        if (reply.status() != status) {
            throw new AssertionError("expected " + status + ", got " + reply.status() + ": " + reply.body());
        }
        return reply.json();
    }

    @Override
    public void close() {
        web.close();
    }
}
