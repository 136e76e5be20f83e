package io.telesim.simulator.web.money;

import java.util.Map;

import io.telesim.simulator.web.page.PageFrame;
import io.telesim.simulator.web.page.Texts;

/** The money page's model: the frame and the number's money, with the payments' states and reasons in the page's language. */
public record MoneyPage(PageFrame frame, MoneyOverview money) {

    /** The reasons this side writes, by their text key; any other reason is shown as the engine gave it. */
    private static final Map<String, String> REASON_KEYS = Map.of(
            TestAcquirer.INSUFFICIENT_FUNDS, "money.reason.insufficientFunds",
            TestAcquirer.UNKNOWN_CARD, "money.reason.unknownCard",
            TestAcquirer.CARD_EXPIRED, "money.reason.cardExpired",
            PaymentBook.EXPIRED_REASON, "money.reason.expired",
            PaymentBook.TOO_MANY_WRONG_CODES, "money.reason.wrongCodes",
            CardTopUps.SMS_FAILED, "money.reason.smsFailed");

    public String state(PaymentView payment) {
        Texts t = frame.t();
        if (payment.state().equals(PaymentState.APPROVED.code()) && !payment.credited()) {
            return t.t("money.state.crediting");
        }
        return t.t("money.state." + payment.state());
    }

    public String reason(PaymentView payment) {
        if (payment.reason() == null) {
            return "";
        }
        String key = REASON_KEYS.get(payment.reason());
        return key == null ? payment.reason() : frame.t().t(key);
    }
}
