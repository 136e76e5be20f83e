package io.telesim.simulator.serve;

import java.time.Duration;
import java.util.List;

import io.telesim.smpp.client.OutboundSettings;
import io.telesim.smpp.server.EsmeAccount;

/**
 * The SMS centre's part of the operator's configuration: where SMPP listens, the ESMEs that may bind,
 * the optional link to another network's SMSC (null when there is none) and store-and-forward times.
 */
public record SmscConfig(String host, int port, List<EsmeAccount> esmes, OutboundSettings outbound, Duration validity,
                         Duration maxValidity, List<Duration> retryIntervals) {

    public SmscConfig withHost(String newHost) {
        return new SmscConfig(newHost, port, esmes, outbound, validity, maxValidity, retryIntervals);
    }

    public SmscConfig withPort(int newPort) {
        return new SmscConfig(host, newPort, esmes, outbound, validity, maxValidity, retryIntervals);
    }
}
