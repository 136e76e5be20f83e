package io.telesim.simulator.business;

/**
 * How a company pays: {@link #PREPAID} numbers pay from their own balances and cannot go below zero;
 * {@link #CREDIT} numbers may go below zero down to their billing account's credit limit, and the company
 * gets a monthly invoice of its numbers' charges.
 */
public enum Settlement {
    PREPAID,
    CREDIT
}
