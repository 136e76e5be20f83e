package io.telesim.scenarios.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.telesim.billing.account.AccountStatus;
import io.telesim.billing.number.DestinationClass;
import io.telesim.billing.result.Outcome;
import io.telesim.engine.Command;
import io.telesim.engine.CommandType;
import io.telesim.engine.Reply;
import io.telesim.engine.ReplySnapshot;
import io.telesim.engine.SubmitStatus;
import io.telesim.scenarios.traffic.EngineAnswer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * The remote engine against a stand-in admin API on a real HTTP server: what it sends, and how each kind of answer
 * becomes what the drivers expect (a reply, the engine's BUSY, a link failure).
 */
class RemoteEngineTest {

    private static final String TOKEN = "stand-in-token";

    private Vertx vertx;
    private HttpServer server;
    private volatile JsonObject lastCommand;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
                request.response().setStatusCode(401).end("{\"error\":\"wrong admin token\",\"code\":\"unauthorized\"}");
            } else if (request.path().equals("/admin/health")) {
                request.response().end("{\"status\":\"ok\"}");
            } else {
                lastCommand = body.toJsonObject();
                answer(request.response(), lastCommand);
            }
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** Event 1 is applied, 2 meets a full ring, 3 is refused, 4 gets an answer that is no engine's. */
    private static void answer(io.vertx.core.http.HttpServerResponse response, JsonObject command) {
        long event = command.getLong("eventId");
        if (event == 1) {
            response.end(new JsonObject().put("eventId", 1).put("commandId", (long) 'A' << 56 | 1).put("command", "commit").put("outcome", "ok")
                    .put("duplicate", false).put("number", 79161000001L).put("time", 1_700_000_000_000L).put("status", "active")
                    .put("balance", 9_850).put("voiceLeft", 120).put("grantedUnits", 60).put("usedUnits", 90).put("chargedUnits", 90)
                    .put("charged", 150).put("destination", "on_net").encode());
        } else if (event == 2) {
            response.setStatusCode(503).end("{\"error\":\"the operator is busy: try again in a moment\",\"code\":\"busy\"}");
        } else if (event == 3) {
            response.setStatusCode(409).end(new JsonObject().put("commandId", (long) 'A' << 56 | 3).put("outcome", "insufficient_funds")
                    .put("number", 79161000001L).put("status", "active").put("error", "not enough money").put("code", "insufficient_funds").encode());
        } else {
            response.setStatusCode(400).end("{\"error\":\"bad\",\"code\":\"bad_request\"}");
        }
    }

    @AfterEach
    void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void anAppliedCommandComesBackAsTheEnginesReplyFieldByField() throws Exception {
        try (AdminApi api = AdminApi.open("127.0.0.1", server.actualPort(), TOKEN)) {
            Answer answer = send(api, new Command().set(CommandType.COMMIT, (long) 'R' << 56 | 1, 79161000001L).sessionId(7).amount(90));

            ReplySnapshot reply = answer.reply.get(10, TimeUnit.SECONDS);
            assertEquals(Outcome.OK, reply.outcome());
            assertEquals((long) 'A' << 56 | 1, reply.commandId(), "the engine's command id, which the statement lines carry");
            assertEquals(CommandType.COMMIT, reply.type());
            assertEquals(AccountStatus.ACTIVE, reply.status());
            assertEquals(9_850, reply.balance());
            assertEquals(120, reply.voiceLeft());
            assertEquals(60, reply.grantedUnits());
            assertEquals(150, reply.usageMoney());
            assertEquals(DestinationClass.ON_NET, reply.destinationClass());
            assertFalse(reply.duplicate());
            assertEquals("commit", lastCommand.getString("type"));
            assertEquals(1, lastCommand.getLong("eventId"), "the command id without the runner's tag");
            assertEquals(7, lastCommand.getLong("sessionId"));
            assertEquals(90, lastCommand.getLong("amount"));
        }
    }

    @Test
    void aFullRingIsTheEnginesBusyARefusalIsAReplyAndAnythingElseIsUnanswered() throws Exception {
        try (AdminApi api = AdminApi.open("127.0.0.1", server.actualPort(), TOKEN)) {
            Answer busy = send(api, new Command().set(CommandType.TOP_UP, 2, 79161000001L).amount(100));
            Answer refused = send(api, new Command().set(CommandType.RESERVE, 3, 79161000001L).amount(60));
            Answer strange = send(api, new Command().set(CommandType.TOP_UP, 4, 79161000001L).amount(100));

            assertEquals(SubmitStatus.BUSY, busy.unanswered.get(10, TimeUnit.SECONDS));
            assertEquals(Outcome.INSUFFICIENT_FUNDS, refused.reply.get(10, TimeUnit.SECONDS).outcome());
            assertEquals(SubmitStatus.CLOSED, strange.unanswered.get(10, TimeUnit.SECONDS));
            assertTrue(strange.reason.contains("400"), strange.reason);
            assertNull(busy.reply.getNow(null));
        }
    }

    @Test
    void aWrongTokenIsRefusedBeforeAnythingIsSent() {
        AdminApiException wrong = assertThrows(AdminApiException.class, () -> AdminApi.open("127.0.0.1", server.actualPort(), "guess"));
        assertTrue(wrong.getMessage().contains("401"), wrong.getMessage());
        AdminApiException none = assertThrows(AdminApiException.class, () -> AdminApi.open("127.0.0.1", server.actualPort(), " "));
        assertTrue(none.getMessage().contains("--admin-token"), none.getMessage());
    }

    private static Answer send(AdminApi api, Command command) {
        Answer answer = new Answer();
        assertEquals(SubmitStatus.ACCEPTED, new RemoteEngine(api).submit(command, answer));
        return answer;
    }

    private static final class Answer implements EngineAnswer {
        final CompletableFuture<ReplySnapshot> reply = new CompletableFuture<>();
        final CompletableFuture<SubmitStatus> unanswered = new CompletableFuture<>();
        volatile String reason;

        @Override
        public void onReply(Reply r) {
            reply.complete(r.snapshot());
        }

        @Override
        public void onUnanswered(SubmitStatus status, String why) {
            reason = why;
            unanswered.complete(status);
        }
    }
}
