package io.telesim.smpp.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.telesim.smpp.SmppRejection;
import io.telesim.smpp.centre.SmsCentre;
import io.telesim.smpp.centre.SmsMessage;

/**
 * The submit_sm and data_sm of one connection the SMS centre is still charging, answered as the engine
 * replies, in whatever order it does (their sequence numbers match them up). Replies arrive on the
 * engine's thread and are written by the connection's event loop, all that arrived in one flush. A message
 * goes out for delivery only once its response has been written to the socket, so no receipt can overtake
 * it (on this connection or another). With {@link #MAX_PENDING} unanswered the connection stops reading
 * until half are answered: the ESME waits as it would for a full window.
 */
final class PendingReplies {

    static final int MAX_PENDING = 1_024;
    private static final Logger LOG = LoggerFactory.getLogger(PendingReplies.class);

    private record Reply(int commandId, int sequence, SmsMessage message, Throwable failure) {
    }

    private final Channel channel;
    private final SmsCentre centre;
    private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final Runnable writeTask = this::writeReplies;
    /** Event loop only. */
    private int pending;

    PendingReplies(Channel channel, SmsCentre centre) {
        this.channel = channel;
        this.centre = centre;
    }

    /** Answers {@code commandId} (submit_sm or data_sm) when {@code accepted} completes. On the event loop. */
    void answerWhenDone(int commandId, int sequence, CompletableFuture<SmsMessage> accepted) {
        if (++pending == MAX_PENDING) {
            channel.config().setAutoRead(false);
        }
        accepted.whenComplete((message, failure) -> {
            replies.add(new Reply(commandId, sequence, message, failure));
            if (writeScheduled.compareAndSet(false, true)) {
                try {
                    channel.eventLoop().execute(writeTask);
                } catch (RejectedExecutionException e) {
                    releaseAll();
                }
            }
        });
    }

    private void writeReplies() {
        writeScheduled.set(false);
        List<SmsMessage> answered = null;
        Reply reply;
        while ((reply = replies.poll()) != null) {
            pending--;
            if (reply.failure() == null) {
                try {
                    channel.write(Unpooled.wrappedBuffer(response(reply)), channel.voidPromise());
                } catch (PDUStringException e) {
                    // Our own message ids always encode; were one not to, the message is still delivered, as for a lost response.
                    LOG.error("the response to sequence {} does not encode", reply.sequence(), e);
                }
                if (answered == null) {
                    answered = new ArrayList<>();
                }
                answered.add(reply.message());
            } else {
                int status = reply.failure() instanceof SmppRejection rejection ? rejection.commandStatus() : SMPPConstant.STAT_ESME_RSYSERR;
                if (!(reply.failure() instanceof SmppRejection)) {
                    LOG.warn("a {} failed", Integer.toHexString(reply.commandId()), reply.failure());
                }
                channel.write(SmppPdu.refusal(reply.commandId(), status, reply.sequence()), channel.voidPromise());
            }
        }
        if (answered == null) {
            channel.flush();
        } else {
            // Written (or failed, the connection gone) in order: when this completes, so have the responses before it.
            List<SmsMessage> release = answered;
            channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(done -> release.forEach(centre::release));
        }
        if (!channel.config().isAutoRead() && pending <= MAX_PENDING / 2) {
            channel.config().setAutoRead(true);
        }
    }

    private static byte[] response(Reply reply) throws PDUStringException {
        String messageId = reply.message().messageId();
        return reply.commandId() == SMPPConstant.CID_DATA_SM ? SmppPdu.COMPOSER.dataSmResp(reply.sequence(), messageId)
                : SmppPdu.COMPOSER.submitSmResp(reply.sequence(), messageId);
    }

    /** The event loop is gone (the SMSC is stopping): accepted messages are delivered all the same. */
    private void releaseAll() {
        Reply reply;
        while ((reply = replies.poll()) != null) {
            if (reply.message() != null) {
                centre.release(reply.message());
            }
        }
    }
}
