package io.telesim.scenarios.traffic;

/** Who sends message {@code index} of an SMPP traffic, to whom, and who pays: a function of the index alone. */
interface MessageAddresses {

    String source(long index);

    String destination(long index);

    /** The subscriber charged for the message, 0 when it is nobody the runner audits. */
    long payer(long index);
}
