package io.telesim.simulator.business;

/** The application forms a company submits (C4). */
public enum RequestKind {
    /** A new number from the operator's free numbers, placed in a branch. */
    CONNECT,
    /** A number of another operator (here: an existing subscriber) joins the company. */
    PORT_IN,
    /** A number of the company leaves for another operator. */
    PORT_OUT,
    /** The contract of a number ends. */
    TERMINATE,
    /** New company name, tax id, settlement method or credit limit. */
    CHANGE_COMPANY_DATA
}
