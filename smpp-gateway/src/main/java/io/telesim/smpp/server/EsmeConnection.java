package io.telesim.smpp.server;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Bind;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultDecomposer;
import org.jsmpp.util.PDUDecomposer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import io.telesim.smpp.centre.SmsMessage;

/**
 * One ESME's connection, as a state machine on its event loop: OPEN until a bind is accepted (only binds
 * and enquire_link are served), BOUND until unbind, REFUSED after a refused bind (the connection closes
 * shortly). Requests go to {@link SubmitRequests} (answered when the engine replies) or to the request
 * threads ({@link MessageRequests}); answers to our own deliver_sm go to the bind's {@link ReceiverLink}.
 * What the event loop writes while reading goes out in one flush when the read batch ends. After
 * {@code idleTimeout} without a PDU it sends enquire_link, and closes when another passes without one.
 */
final class EsmeConnection extends ChannelInboundHandlerAdapter {

    private enum State { OPEN, BOUND, REFUSED, CLOSING }

    private static final Logger LOG = LoggerFactory.getLogger(EsmeConnection.class);
    /** How long a refused or unbound connection is left for its client to close. */
    private static final long CLOSE_DELAY_SECONDS = 2;
    private static final String SYSTEM_ID = "Telesim";
    /** A decoder of our own: jSMPP's keeps no state, but costs nothing to have per connection. */
    private final PDUDecomposer decomposer = new DefaultDecomposer();
    private final SmscParts parts;
    private Channel channel;
    private PendingReplies replies;
    private State state = State.OPEN;
    private BoundEsme bound;
    private ScheduledFuture<?> bindTimeout;
    private int nextSequence = 1;

    EsmeConnection(SmscParts parts) {
        this.parts = parts;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        replies = new PendingReplies(channel, parts.centre());
        bindTimeout = channel.eventLoop().schedule(() -> {
            if (state == State.OPEN) {
                LOG.info("a connection from {} sent no bind in {}", channel.remoteAddress(), parts.settings().bindTimeout());
                channel.close();
            }
        }, parts.settings().bindTimeout().toMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        byte[] pdu = (byte[]) msg;
        int commandId = SmppPdu.commandId(pdu);
        int sequence = SmppPdu.sequence(pdu);
        switch (commandId) {
            case SMPPConstant.CID_BIND_RECEIVER, SMPPConstant.CID_BIND_TRANSMITTER, SMPPConstant.CID_BIND_TRANSCEIVER -> bind(commandId, pdu);
            case SMPPConstant.CID_ENQUIRE_LINK -> channel.write(Unpooled.wrappedBuffer(SmppPdu.COMPOSER.enquireLinkResp(sequence)));
            case SMPPConstant.CID_ENQUIRE_LINK_RESP -> {
                // Any PDU shows the link alive; this one needs nothing more.
            }
            case SMPPConstant.CID_UNBIND -> unbound(sequence);
            case SMPPConstant.CID_UNBIND_RESP -> channel.close();
            case SMPPConstant.CID_DELIVER_SM_RESP, SMPPConstant.CID_GENERIC_NACK -> {
                if (bound != null && bound.link() != null && bound.link().awaits(sequence)) {
                    bound.link().answered(sequence, SmppPdu.status(pdu));
                } else if (commandId == SMPPConstant.CID_GENERIC_NACK) {
                    LOG.info("generic_nack 0x{} for sequence {} from {}", Integer.toHexString(SmppPdu.status(pdu)), sequence, who());
                }
            }
            case SMPPConstant.CID_SUBMIT_SM, SMPPConstant.CID_DATA_SM, SMPPConstant.CID_SUBMIT_MULTI, SMPPConstant.CID_QUERY_SM,
                 SMPPConstant.CID_CANCEL_SM, SMPPConstant.CID_REPLACE_SM -> request(commandId, sequence, pdu);
            case SMPPConstant.CID_BROADCAST_SM, SMPPConstant.CID_QUERY_BROADCAST_SM, SMPPConstant.CID_CANCEL_BROADCAST_SM ->
                // SMPP 5.0; this SMSC speaks 3.4.
                    channel.write(SmppPdu.refusal(commandId, SMPPConstant.STAT_ESME_RINVCMDID, sequence));
            default -> {
                if ((commandId & SmppPdu.RESPONSE) == 0) {
                    channel.write(SmppPdu.genericNack(SMPPConstant.STAT_ESME_RINVCMDID, sequence));
                } else {
                    LOG.debug("a response 0x{} to nothing we sent, from {}", Integer.toHexString(commandId), who());
                }
            }
        }
    }

    /**
     * Answers unbind; the client closes the connection (closing first could lose the unbind_resp it is
     * still reading), or we do a little later. Nothing more is delivered to it from now on.
     */
    private void unbound(int sequence) {
        state = State.CLOSING;
        if (bound != null) {
            parts.sessions().unregister(bound);
        }
        channel.write(Unpooled.wrappedBuffer(SmppPdu.COMPOSER.unbindResp(SMPPConstant.STAT_ESME_ROK, sequence)));
        channel.eventLoop().schedule(() -> channel.close(), CLOSE_DELAY_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        ctx.flush();
    }

    private void request(int commandId, int sequence, byte[] pdu) {
        if (state != State.BOUND || !bound.transmits()) {
            channel.write(SmppPdu.refusal(commandId, SMPPConstant.STAT_ESME_RINVBNDSTS, sequence));
            return;
        }
        boolean submit = commandId == SMPPConstant.CID_SUBMIT_SM || commandId == SMPPConstant.CID_DATA_SM;
        if (submit && !SubmitRequests.wellFormed(commandId, pdu)) {
            undecodable(commandId, sequence);
            return;
        }
        if (!bound.throttle().tryAcquire()) {
            LOG.debug("{} is over {} messages a second", bound.account().systemId(), bound.account().maxPerSecond());
            channel.write(SmppPdu.refusal(commandId, SMPPConstant.STAT_ESME_RTHROTTLED, sequence));
            return;
        }
        if (submit) {
            try {
                replies.answerWhenDone(commandId, sequence, parts.submits().accept(bound, commandId, pdu));
            } catch (PDUStringException e) {
                channel.write(SmppPdu.refusal(commandId, e.getErrorCode(), sequence));
            } catch (Exception e) {
                undecodable(commandId, sequence);
            }
            return;
        }
        BoundEsme esme = bound;
        try {
            parts.requestThreads().execute(() -> answerElsewhere(esme, commandId, sequence, pdu));
        } catch (RejectedExecutionException e) {
            channel.write(SmppPdu.refusal(commandId, SMPPConstant.STAT_ESME_RSYSERR, sequence));
        }
    }

    /** On a request thread: answers a request that may wait, and releases what it accepted once the answer is on the wire. */
    private void answerElsewhere(BoundEsme esme, int commandId, int sequence, byte[] pdu) {
        MessageRequests.Answer answer;
        try {
            answer = parts.requests().answer(esme, commandId, pdu);
        } catch (Exception e) {
            LOG.info("a 0x{} PDU (sequence {}) from {} does not decode: {}", Integer.toHexString(commandId), sequence, who(), e.toString());
            channel.writeAndFlush(SmppPdu.genericNack(SMPPConstant.STAT_ESME_RINVCMDLEN, sequence));
            return;
        }
        if (answer.release().isEmpty()) {
            channel.writeAndFlush(Unpooled.wrappedBuffer(answer.pdu()));
        } else {
            channel.writeAndFlush(Unpooled.wrappedBuffer(answer.pdu())).addListener(done -> {
                for (SmsMessage message : answer.release()) {
                    parts.centre().release(message);
                }
            });
        }
    }

    /** A request whose body does not decode: generic_nack, and the session carries on. */
    private void undecodable(int commandId, int sequence) {
        LOG.info("a 0x{} PDU (sequence {}) from {} does not decode; answered generic_nack", Integer.toHexString(commandId), sequence, who());
        channel.write(SmppPdu.genericNack(SMPPConstant.STAT_ESME_RINVCMDLEN, sequence));
    }

    private void bind(int commandId, byte[] pdu) {
        int sequence = SmppPdu.sequence(pdu);
        if (state != State.OPEN) {
            channel.write(SmppPdu.refusal(commandId, SMPPConstant.STAT_ESME_RALYBND, sequence));
            return;
        }
        Bind request;
        try {
            request = decomposer.bind(pdu);
        } catch (Exception e) {
            undecodable(commandId, sequence);
            return;
        }
        BindType type = BindType.valueOf(commandId);
        BindGate.Decision decision = parts.gate().check(request.getSystemId(), request.getPassword(), type);
        if (decision.refusal() != null) {
            refuse(request, commandId, decision.refusal());
            return;
        }
        EsmeAccount account = decision.account();
        if (!parts.sessions().reserveBind(account)) {
            refuse(request, commandId, new BindGate.Refusal(SMPPConstant.STAT_ESME_RALYBND,
                    account.systemId() + " already holds its " + account.maxBinds() + " binds", 0));
            return;
        }
        state = State.BOUND;
        bindTimeout.cancel(false);
        bound = parts.sessions().register(this, channel, this::nextSequence, account, type);
        BoundEsme esme = bound;
        try {
            channel.writeAndFlush(Unpooled.wrappedBuffer(SmppPdu.COMPOSER.bindResp(commandId | SmppPdu.RESPONSE, sequence, SYSTEM_ID,
                    new OptionalParameter.Sc_interface_version(InterfaceVersion.IF_34)))).addListener(done -> {
                        if (done.isSuccess()) {
                            parts.sessions().activate(esme);
                        }
                    });
        } catch (PDUStringException e) {
            throw new IllegalStateException("our bind_resp does not encode", e);
        }
        LOG.info("{} bound {} from {}", account.systemId(), type, channel.remoteAddress());
    }

    /**
     * Answers a refused bind (after the gate's delay) and closes the connection a little later: closing at
     * once could reset it before the client has read its bind_resp. A client normally closes first.
     */
    private void refuse(Bind request, int commandId, BindGate.Refusal refusal) {
        LOG.info("bind of '{}' from {} refused: {}", request.getSystemId(), channel.remoteAddress(), refusal.reason());
        state = State.REFUSED;
        bindTimeout.cancel(false);
        Runnable answer = () -> {
            channel.writeAndFlush(SmppPdu.refusal(commandId, refusal.status(), request.getSequenceNumber()));
            channel.eventLoop().schedule(() -> channel.close(), CLOSE_DELAY_SECONDS, TimeUnit.SECONDS);
        };
        if (refusal.delayMillis() > 0) {
            channel.eventLoop().schedule(answer, refusal.delayMillis(), TimeUnit.MILLISECONDS);
        } else {
            answer.run();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (!(event instanceof IdleStateEvent idle)) {
            ctx.fireUserEventTriggered(event);
            return;
        }
        // Netty's first idle event since the last read sends an enquire_link; a second with nothing read in between closes
        if (!idle.isFirst()) {
            LOG.info("{} answered no enquire_link; closing", who());
            channel.close();
            return;
        }
        channel.writeAndFlush(Unpooled.wrappedBuffer(SmppPdu.COMPOSER.enquireLink(nextSequence())));
    }

    /**
     * Sends unbind and closes when the ESME answers it, or after {@code graceMillis} at the latest: the server is
     * stopping. Closing at once could reset the connection before the ESME read its unbind. Any thread.
     */
    ChannelFuture unbindAndClose(long graceMillis) {
        channel.eventLoop().execute(() -> {
            state = State.CLOSING;
            channel.writeAndFlush(Unpooled.wrappedBuffer(SmppPdu.COMPOSER.unbind(nextSequence())));
            channel.eventLoop().schedule(() -> channel.close(), graceMillis, TimeUnit.MILLISECONDS);
        });
        return channel.closeFuture();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (bindTimeout != null) {
            bindTimeout.cancel(false);
        }
        if (bound != null) {
            parts.sessions().unregister(bound);
            LOG.info("{} ({}) closed", bound.account().systemId(), bound.bindType());
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.info("the connection from {} failed: {}", channel == null ? "?" : channel.remoteAddress(), cause.toString());
        ctx.close();
    }

    /** The next sequence number for a request of ours (enquire_link, unbind, deliver_sm). Event loop only. */
    private int nextSequence() {
        int sequence = nextSequence;
        nextSequence = sequence == Integer.MAX_VALUE ? 1 : sequence + 1;
        return sequence;
    }

    private String who() {
        return bound != null ? bound.account().systemId() : String.valueOf(channel.remoteAddress());
    }
}
