package io.telesim.smpp.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jsmpp.bean.MessageState;

/** Records every callback, in order. */
final class RecordingListener implements OutboundListener {
    record Accepted(long localRef, String remoteMessageId) {}

    record Failed(long localRef, int commandStatus, String reason) {}

    record ReceiptSeen(long localRef, String remoteMessageId, MessageState state, int errorCode, long doneTimeMillis) {}

    record Incoming(String source, String destination, byte dataCoding, byte[] shortMessage) {}

    final List<Object> events = new CopyOnWriteArrayList<>();
    final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    final List<Failed> failed = new CopyOnWriteArrayList<>();
    final List<ReceiptSeen> receipts = new CopyOnWriteArrayList<>();
    final List<Incoming> incoming = new CopyOnWriteArrayList<>();
    final List<LinkState> links = new CopyOnWriteArrayList<>();

    @Override
    public void onAccepted(long localRef, String remoteMessageId) {
        Accepted a = new Accepted(localRef, remoteMessageId);
        accepted.add(a);
        events.add(a);
    }

    @Override
    public void onFailed(long localRef, int commandStatus, String reason) {
        Failed f = new Failed(localRef, commandStatus, reason);
        failed.add(f);
        events.add(f);
    }

    @Override
    public void onReceipt(long localRef, String remoteMessageId, MessageState state, int errorCode,
            long doneTimeMillis) {
        ReceiptSeen r = new ReceiptSeen(localRef, remoteMessageId, state, errorCode, doneTimeMillis);
        receipts.add(r);
        events.add(r);
    }

    @Override
    public void onIncoming(String source, String destination, byte dataCoding, byte[] shortMessage) {
        Incoming i = new Incoming(source, destination, dataCoding, shortMessage);
        incoming.add(i);
        events.add(i);
    }

    @Override
    public void onLinkChange(LinkState state) {
        links.add(state);
    }

    int outcomes() {
        return accepted.size() + failed.size();
    }
}
