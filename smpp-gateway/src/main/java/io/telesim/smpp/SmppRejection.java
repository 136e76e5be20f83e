package io.telesim.smpp;

/**
 * Input the SMS centre refuses: the server answers the PDU with {@link #commandStatus()} as its
 * {@code command_status}. The values are jSMPP's {@code SMPPConstant.STAT_ESME_*}, plus
 * {@link #ESME_RINVDCS}.
 *
 * <p>A rejection is an answer to a client, not a fault of ours, so it carries no stack trace.
 */
public final class SmppRejection extends Exception {

    /**
     * ESME_RINVDCS, "invalid data_coding scheme" (0x00000104). SMPP 3.4 has no status for a
     * data_coding the SMSC cannot handle; SMPP 5.0 added this one and most SMSCs answer 3.4 binds
     * with it too (jSMPP names it {@code SMPPConstant.STAT_ESME_RINVDCS}).
     */
    public static final int ESME_RINVDCS = 0x00000104;

    private static final long serialVersionUID = 1L;

    private final int commandStatus;

    /**
     * @param commandStatus the SMPP command_status to answer with, never 0 (ESME_ROK)
     * @param reason        what is wrong, in words the client's developer can act on
     */
    public SmppRejection(int commandStatus, String reason) {
        super(reason, null, false, false);
        if (commandStatus == 0) {
            throw new IllegalArgumentException("a rejection needs an error status, not ESME_ROK");
        }
        this.commandStatus = commandStatus;
    }

    /** The command_status for the response PDU. */
    public int commandStatus() {
        return commandStatus;
    }
}
