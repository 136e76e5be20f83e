package io.telesim.simulator.web.money;

import java.time.YearMonth;

/**
 * The card an auto top-up rule charges (F3), as the web side keeps it: the masked number, the expiry, and the
 * acquirer's token for the card (the test card it is; null for a card the test bank does not know, which it
 * declines). Never the full number or the CVC: a merchant-initiated payment needs neither.
 *
 * @param card     the masked number, e.g. {@code **** 1111}
 * @param expiry   MM/YY as printed on the card
 * @param linkedAt wall-clock epoch millis the card was linked
 */
record LinkedCard(String card, String expiry, TestCard token, long linkedAt) {

    /** True once {@code month} is past the card's expiry month. */
    boolean expiredBy(YearMonth month) {
        return CardCheck.expiry(expiry).isBefore(month);
    }
}
