/**
 * SMPP addresses (TON, NPI, digits or a name) read into billing-core's numbers, and written back.
 */
package io.telesim.smpp.address;
