package io.telesim.smpp.server;

import java.util.concurrent.Executor;

import io.telesim.smpp.centre.SmsCentre;

/**
 * What every connection of one SMSC shares: its settings, who may bind, the sessions bound, the two kinds of
 * requests, and the threads that run the requests that wait ({@link MessageRequests}).
 */
record SmscParts(SmscSettings settings, BindGate gate, EsmeSessions sessions, SubmitRequests submits, MessageRequests requests,
                 SmsCentre centre, Executor requestThreads) {
}
