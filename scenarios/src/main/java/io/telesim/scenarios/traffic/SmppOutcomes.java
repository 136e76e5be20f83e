package io.telesim.scenarios.traffic;

import org.jsmpp.SMPPConstant;

/** Which SMPP answers are the operator saying no (refusals) and which mean it could not take the message now (errors). */
final class SmppOutcomes {

    private SmppOutcomes() {
    }

    static boolean isError(int commandStatus) {
        return switch (commandStatus) {
            case SMPPConstant.STAT_ESME_RMSGQFUL, SMPPConstant.STAT_ESME_RSYSERR, SMPPConstant.STAT_ESME_RTHROTTLED,
                 SMPPConstant.STAT_ESME_RUNKNOWNERR -> true;
            default -> false;
        };
    }
}
