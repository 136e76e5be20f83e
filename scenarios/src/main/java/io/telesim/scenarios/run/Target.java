package io.telesim.scenarios.run;

/**
 * A running operator to drive ({@code --target}): where its servers listen, its admin token, and the handset gateway
 * ESME of its SMS centre ({@code handset_gateway: true} in its configuration) if there is one the runner may use.
 *
 * @param handsetSystemId the handset gateway's system_id, or null when SMS from handsets are to be skipped
 */
public record Target(String host, int smppPort, int ussdPort, int webPort, String adminToken, String handsetSystemId,
                     String handsetPassword) {

    public Target withHandsetGateway(String systemId, String password) {
        return new Target(host, smppPort, ussdPort, webPort, adminToken, systemId, password);
    }
}
