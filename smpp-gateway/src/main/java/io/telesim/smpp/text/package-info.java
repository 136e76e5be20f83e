/**
 * Message text: the alphabets a data_coding names (GSM 03.38 with its extension table, IA5, Latin-1,
 * UCS2, binary), how many SMS a text takes, and cutting a long text into concatenated parts.
 */
package io.telesim.smpp.text;
