package io.telesim.simulator.web.metrics;

import io.telesim.smpp.server.Smsc;
import io.telesim.ussd.gateway.UssdGateway;

/**
 * The parts of the operator outside the engine that {@code /metrics} reports on: the SMPP server (its
 * binds and its SMS centre's message counts) and the USSD gateway (its sessions and dials).
 */
public record MetricsSources(Smsc smsc, UssdGateway ussd) {
}
