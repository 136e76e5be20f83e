/** Text as the network carries it: the GSM 7-bit alphabet that SMS and USSD are measured in. */
package io.telesim.billing.text;
