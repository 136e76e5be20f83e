package io.telesim.simulator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;

import io.telesim.simulator.input.BadInputException;
import io.telesim.smpp.text.EncodedText;
import io.telesim.smpp.text.SmsEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code telesim sms}: an ESME on the command line: binds to an SMSC, submits one message and waits for its receipt. */
@Command(name = "sms", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Send one SMS over SMPP as an ESME and wait for its delivery receipt.",
        description = {"Binds to an SMSC (Telesim's, from ./telesim serve, or any other) as a transceiver,",
                "submits one message and prints the submit_sm_resp and the delivery receipt."})
public final class SmsCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "NUMBER", description = "Destination, e.g. 79161000001.")
    private String to;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The message; long texts go in message_payload.")
    private String text;

    @Option(names = "--from", defaultValue = "demo", paramLabel = "SENDER", description = "Source address: digits or up to 11 letters (default: ${DEFAULT-VALUE}).")
    private String from;

    @Option(names = "--smsc", defaultValue = "127.0.0.1:2775", paramLabel = "HOST:PORT", description = "The SMSC (default: ${DEFAULT-VALUE}).")
    private String smsc;

    @Option(names = "--system-id", defaultValue = "demo", description = "Bind system_id (default: ${DEFAULT-VALUE}).")
    private String systemId;

    @Option(names = "--password", defaultValue = "demo", description = "Bind password (default: ${DEFAULT-VALUE}).")
    private String password;

    @Option(names = "--wait", defaultValue = "10", paramLabel = "SECONDS", description = "How long to wait for the receipt (default: ${DEFAULT-VALUE}).")
    private int waitSeconds;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String[] hostPort = smsc.split(":");
        if (hostPort.length != 2) {
            throw new BadInputException("--smsc: expected HOST:PORT, got '" + smsc + "'");
        }
        BlockingQueue<DeliverSm> receipts = new LinkedBlockingQueue<>();
        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(new Receipts(receipts));
        try {
            session.connectAndBind(hostPort[0], Integer.parseInt(hostPort[1]), new BindParameter(BindType.BIND_TRX, systemId, password, "",
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        } catch (IOException e) {
            throw new BadInputException("could not bind to " + smsc + " as " + systemId + ": " + rootMessage(e));
        }
        try {
            boolean digits = from.chars().allMatch(Character::isDigit);
            EncodedText encoded = SmsEncoder.encode(text);
            boolean fits = encoded.octets().length <= 254;
            String id;
            try {
                id = session.submitShortMessage("", digits ? TypeOfNumber.UNKNOWN : TypeOfNumber.ALPHANUMERIC,
                        digits ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN, from, TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.ISDN, to, new ESMClass(), (byte) 0, (byte) 0, null, null,
                        new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                        new RawDataCoding(encoded.alphabet().dataCoding()), (byte) 0, fits ? encoded.octets() : new byte[0],
                        fits ? new OptionalParameter[0] : new OptionalParameter[] {new OptionalParameter.Message_payload(encoded.octets())})
                        .getMessageId();
            } catch (NegativeResponseException e) {
                out.printf("refused: command_status 0x%08X (%s)%n", e.getCommandStatus(), statusName(e));
                return 3;
            }
            out.println("accepted: message id " + id);
            out.flush();
            DeliverSm receipt = receipts.poll(waitSeconds, TimeUnit.SECONDS);
            if (receipt == null) {
                out.println("no receipt within " + waitSeconds + " s (the message may be waiting for a switched-off handset)");
                return 4;
            }
            out.println("receipt: " + new String(receipt.getShortMessage(), StandardCharsets.US_ASCII));
            return 0;
        } finally {
            session.unbindAndClose();
        }
    }

    /** jSMPP's words for a status: "Negative response 0000000b (Invalid Destination Address) found" → the bracket. */
    private static String statusName(NegativeResponseException e) {
        String message = String.valueOf(e.getMessage());
        int open = message.indexOf('(');
        int close = message.lastIndexOf(')');
        return open >= 0 && close > open ? message.substring(open + 1, close) : "see the SMPP 3.4 specification";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Keeps the delivery receipts that arrive on the bind. */
    private record Receipts(BlockingQueue<DeliverSm> queue) implements MessageReceiverListener {
        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            if (deliverSm.isSmscDeliveryReceipt()) {
                queue.add(deliverSm);
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
