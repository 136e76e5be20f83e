package io.telesim.scenarios.model;

/**
 * The ESME an A2P traffic binds as. In an embedded run the runner registers it with the SMS centre, charged to
 * {@code billingAccount} (connected with {@code billingBalance} kopecks when it is not a subscriber yet) and throttled
 * above {@code maxPerSecond} (0: never); against {@code --target} it must already exist there.
 */
public record EsmeLogin(String systemId, String password, String source, long billingAccount, long billingBalance, int maxPerSecond) {
}
