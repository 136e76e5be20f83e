package io.telesim.scenarios.parse;

import java.util.Optional;

import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.Msisdn;
import io.telesim.scenarios.model.EsmeLogin;
import io.telesim.simulator.yaml.YamlMap;
import io.telesim.simulator.yaml.YamlNode;

/**
 * Reads an A2P traffic's {@code esme}. Its defaults are the {@code bank} ESME of {@code ./telesim serve}'s built-in SMS
 * centre configuration, so that a scenario runs unchanged against a running operator ({@code --target}).
 */
final class EsmeReader {

    static final String DEFAULT_SYSTEM_ID = "bank";
    static final String DEFAULT_PASSWORD = "bank1234";
    static final String DEFAULT_SOURCE = "Bank";
    static final String DEFAULT_BILLING_ACCOUNT = "+7 916 100-00-01";
    static final long DEFAULT_BILLING_BALANCE = 10_000_000_00L;

    private EsmeReader() {
    }

    static EsmeLogin read(Optional<YamlNode> node, Catalog catalog) {
        if (node.isEmpty()) {
            return new EsmeLogin(DEFAULT_SYSTEM_ID, DEFAULT_PASSWORD, DEFAULT_SOURCE, Msisdn.parseValue(DEFAULT_BILLING_ACCOUNT),
                    DEFAULT_BILLING_BALANCE, 0);
        }
        YamlMap map = node.get().asMap("system_id", "password", "source", "billing_account", "billing_balance", "max_per_second");
        String systemId = map.find("system_id").map(YamlNode::asString).orElse(DEFAULT_SYSTEM_ID);
        if (systemId.length() > 15) {
            throw map.get("system_id").error("a system_id has at most 15 characters (SMPP 3.4)");
        }
        String password = map.find("password").map(YamlNode::text).orElse(DEFAULT_PASSWORD);
        if (password.length() > 8) {
            throw map.get("password").error("a password has at most 8 characters (SMPP 3.4)");
        }
        String source = map.find("source").map(YamlNode::asString).orElse(DEFAULT_SOURCE);
        if (source.length() > 11 && !source.chars().allMatch(Character::isDigit)) {
            throw map.get("source").error("a sender name has at most 11 characters");
        }
        YamlNode accountNode = map.find("billing_account").orElse(null);
        long account = accountNode == null ? Msisdn.parseValue(DEFAULT_BILLING_ACCOUNT) : number(accountNode);
        if (!catalog.numbering().isOnNet(account)) {
            throw (accountNode == null ? node.get() : accountNode).error(account + " is not a number of ours in the catalog's numbering plan");
        }
        long balance = map.find("billing_balance").map(YamlNode::asKopecks).orElse(DEFAULT_BILLING_BALANCE);
        int maxPerSecond = map.find("max_per_second").map(n -> n.asInt(0, 1_000_000)).orElse(0);
        return new EsmeLogin(systemId, password, source, account, balance, maxPerSecond);
    }

    private static long number(YamlNode node) {
        try {
            return Msisdn.parseValue(node.asString());
        } catch (InvalidNumberException e) {
            throw node.error(e.getMessage());
        }
    }
}
