package io.telesim.simulator.web.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.ReplySnapshot;
import io.telesim.simulator.serve.CommandIds;
import io.telesim.simulator.web.ApiClient;
import io.telesim.simulator.web.WebFixture;

/** What the F8 tests do around the web side: number management on and off through the engine, owners, codes by SMS. */
final class NumbersFixture {

    private final WebFixture fixture;
    private final CommandIds ids = new CommandIds('T');
    private final NumberOwners owners;
    private final int numberManagement;

    NumbersFixture(WebFixture fixture) {
        this.fixture = fixture;
        this.owners = new NumberOwners(fixture.operator().webStore());
        this.numberManagement = fixture.operator().engine().catalog().serviceByUssdCode("*111*828*1#");
    }

    NumberOwners owners() {
        return owners;
    }

    void connectNumberManagement(long... numbers) throws Exception {
        for (long number : numbers) {
            service(CommandType.CONNECT_SERVICE, number);
        }
    }

    void disconnectNumberManagement(long number) throws Exception {
        service(CommandType.DISCONNECT_SERVICE, number);
    }

    private void service(CommandType type, long number) throws Exception {
        ReplySnapshot reply = fixture.operator().engine().call(new Command().set(type, ids.next(), number).item(numberManagement)).get();
        assertEquals("OK", reply.outcome().name(), type + " on " + number);
    }

    /** Asks for a code for {@code number} as {@code client} and returns the code its SMS brought. */
    String code(ApiClient client, long accountNumber, long number) throws Exception {
        long after = fixture.lastSmsId(number);
        var sent = client.post("/api/numbers/" + accountNumber + "/account-numbers/code", "{\"number\":\"" + number + "\"}");
        assertEquals(202, sent.status(), sent.body());
        return ApiClient.codeIn(fixture.awaitSms(number, "3339", after).text());
    }

    /** Requests {@code number} for the account with its code; returns the reply. */
    ApiClient.Reply request(ApiClient client, long accountNumber, long number, String code) throws Exception {
        return client.post("/api/numbers/" + accountNumber + "/account-numbers/requests",
                "{\"number\":\"" + number + "\",\"code\":\"" + code + "\"}");
    }
}
