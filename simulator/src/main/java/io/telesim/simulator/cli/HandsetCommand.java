package io.telesim.simulator.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.telesim.billing.account.Iccid;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.input.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code telesim handset NUMBER}: a phone in the terminal. Dial a code, answer its menus, hang up; SMS
 * appear as they arrive (over the gateway's handset WebSocket) and {@code inbox} lists them. Speaks the
 * same HTTP/JSON protocol as any handset.
 */
@Command(name = "handset", sortOptions = false, mixinStandardHelpOptions = true,
        header = "A phone in the terminal: dial USSD codes, answer menus, read SMS.",
        description = {"Type a code such as *100# to dial it, then answers to its menus; an empty line hangs up.",
                "'inbox' lists the SMS received, newest first; 'quit' (or end of input) leaves.",
                "New SMS are shown as they arrive. Needs ./telesim serve running."})
public final class HandsetCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM HH:mm");

    @Parameters(paramLabel = "NUMBER", description = "The handset's number, e.g. 79161000001 or +7 916 100-00-01.")
    private String number;

    @Option(names = "--gateway", defaultValue = "127.0.0.1:8090", paramLabel = "HOST:PORT",
            description = "The USSD gateway (default: ${DEFAULT-VALUE}).")
    private String gateway;

    @Option(names = "--iccid", paramLabel = "ICCID",
            description = "The SIM card in the handset (19 digits): a card that is not the number's current one gets no service.")
    private String iccid;

    @Spec
    private CommandSpec spec;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private InputStream input = System.in;
    private PrintWriter out;
    private long msisdn;
    private String session;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        try {
            msisdn = Msisdn.parseValue(number);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("NUMBER: " + e.getMessage());
        }
        if (iccid != null) {
            try {
                iccid = Long.toString(Iccid.parse(iccid));
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--iccid: " + e.getMessage());
            }
        }
        WebSocket socket = connect();
        try {
            out.println("Telesim handset " + new Msisdn(msisdn).formatted() + " (gateway " + gateway + ")");
            dial("*100#");
            out.println("Dial a code (*111# for the menu), answer with digits, empty line to hang up, 'inbox', 'quit'.");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String input = line.strip();
                if (input.equals("quit")) {
                    break;
                } else if (input.equals("inbox")) {
                    showInbox();
                } else if (input.isEmpty()) {
                    hangUp();
                } else if (session == null) {
                    dial(input);
                } else {
                    reply(input);
                }
                out.flush();
            }
            hangUp();
            return 0;
        } finally {
            socket.abort();
        }
    }

    /** Reads what is typed from {@code typed} instead of the terminal: for tests. */
    HandsetCommand readingFrom(InputStream typed) {
        this.input = typed;
        return this;
    }

    private WebSocket connect() throws Exception {
        try {
            String sim = iccid == null ? "" : "?iccid=" + URLEncoder.encode(iccid, StandardCharsets.UTF_8);
            return http.newWebSocketBuilder().buildAsync(URI.create("ws://" + gateway + "/ussd/handsets/" + msisdn + sim), new SmsPrinter()).join();
        } catch (Exception e) {
            if (causedByRefusal(e)) {
                throw new BadInputException("no USSD gateway at " + gateway + ": start it with ./telesim serve");
            }
            int status = handshakeStatus(e);
            if (status == 403) {
                throw new BadInputException("the SIM card " + iccid + " is not registered in the network for " + new Msisdn(msisdn).formatted());
            }
            throw e;
        }
    }

    private void dial(String code) throws Exception {
        ObjectNode dial = json.createObjectNode().put("msisdn", Long.toString(msisdn)).put("code", code);
        if (iccid != null) {
            dial.put("iccid", iccid);
        }
        show(post("/ussd/sessions", dial.toString()));
    }

    private void reply(String input) throws Exception {
        show(post("/ussd/sessions/" + session + "/reply", json.createObjectNode().put("input", input).toString()));
    }

    private void hangUp() throws Exception {
        if (session != null) {
            http.send(HttpRequest.newBuilder(uri("/ussd/sessions/" + session)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            session = null;
            out.println("(hung up)");
        }
    }

    private void showInbox() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/ussd/handsets/" + msisdn + "/inbox")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode inbox = json.readTree(response.body());
        out.println("Inbox (" + inbox.size() + "):");
        for (JsonNode sms : inbox) {
            out.println("  " + time(sms.path("time").asLong()) + "  " + sms.path("from").asText() + ": " + sms.path("text").asText());
        }
    }

    private JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = json.readTree(response.body());
        if (response.statusCode() != 200) {
            session = null;
            throw new BadInputException("the gateway answered " + response.statusCode() + ": " + answer.path("error").asText());
        }
        return answer;
    }

    private void show(JsonNode screen) {
        out.println("┌────────────────────────────");
        screen.path("text").asText().lines().forEach(line -> out.println("│ " + line));
        out.println("└────────────────────────────");
        session = screen.path("end").asBoolean() ? null : screen.path("sessionId").asText();
    }

    private URI uri(String path) {
        return URI.create("http://" + gateway + path);
    }

    private static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault()));
    }

    /** The HTTP status of a refused WebSocket handshake behind {@code e}, or 0. */
    private static int handshakeStatus(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
        }
        return 0;
    }

    private static boolean causedByRefusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** Prints each SMS the gateway pushes as it arrives. */
    private final class SmsPrinter implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode event = json.readTree(partial.toString());
                    if (event.path("type").asText().equals("sms")) {
                        out.println("✉ SMS from " + event.path("from").asText() + ": " + event.path("text").asText());
                    } else {
                        out.println("✉ " + event.path("text").asText());
                    }
                    out.flush();
                } catch (Exception e) {
                    out.println("(an event the handset could not read: " + partial + ")");
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
