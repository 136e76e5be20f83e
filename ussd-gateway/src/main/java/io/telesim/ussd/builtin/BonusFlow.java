package io.telesim.ussd.builtin;

import java.util.List;
import java.util.concurrent.CompletionStage;

import io.telesim.billing.catalog.BonusPolicy;
import io.telesim.billing.number.Msisdn;
import io.telesim.engine.CommandType;

/**
 * {@code *111*456#}: bonus points. Shows the points; redeems them for a reward or gifts them to another
 * number after a confirmation. The recipient of a gift hears of it by SMS, with the code that claims it here
 * (or in the web account).
 */
final class BonusFlow implements Flow {

    private final EngineCalls engine;

    BonusFlow(EngineCalls engine) {
        this.engine = engine;
    }

    @Override
    public CompletionStage<Turn> open(long msisdn, Page back) {
        return engine.withAccount(msisdn, account -> {
            Page self = () -> open(msisdn, back);
            return Menu.titled("Bonus points: " + account.bonusPoints())
                    .item("Redeem", () -> rewards(msisdn, self))
                    .item("Gift", () -> giftTo(msisdn, self))
                    .item("Claim a gift", () -> claim(msisdn, self))
                    .back(back)
                    .open();
        });
    }

    private CompletionStage<Turn> rewards(long msisdn, Page back) {
        Menu menu = Menu.titled("Rewards:").back(back);
        List<BonusPolicy.Reward> rewards = policy().rewards();
        for (int i = 0; i < rewards.size(); i++) {
            int index = i;
            menu.item(rewardName(i) + ", " + rewards.get(i).points() + " points", () -> redeem(msisdn, index));
        }
        return menu.open();
    }

    private CompletionStage<Turn> redeem(long msisdn, int reward) {
        String name = rewardName(reward);
        return Menu.confirm("Redeem " + policy().rewards().get(reward).points() + " points for " + name + "?",
                () -> engine.run(engine.command(CommandType.REDEEM_BONUS, msisdn).item(reward),
                        reply -> name + " is added.\nPoints left: " + reply.bonusPoints()));
    }

    private CompletionStage<Turn> giftTo(long msisdn, Page back) {
        return Prompt.ask("Gift points to which number?", back, Msisdn::parseValue,
                recipient -> Prompt.ask("How many points? At least " + policy().minGiftPoints() + ".", () -> giftTo(msisdn, back),
                        input -> Typed.wholeAmount(input, "number of points"),
                        points -> gift(msisdn, recipient, points)));
    }

    private CompletionStage<Turn> gift(long msisdn, long recipient, long points) {
        String to = Wording.number(recipient);
        return Menu.confirm("Gift " + points + " points to " + to + "?",
                () -> engine.run(engine.command(CommandType.GIFT_BONUS, msisdn).other(recipient).amount(points),
                        reply -> "Gift of " + points + " points sent to " + to + ".\nPoints left: " + reply.bonusPoints()));
    }

    private CompletionStage<Turn> claim(long msisdn, Page back) {
        return Prompt.ask("Enter the gift code from the SMS", back, input -> Typed.wholeAmount(input, "gift code"),
                code -> engine.run(engine.command(CommandType.CLAIM_GIFT, msisdn).amount(code),
                        reply -> "The gift is yours.\nBonus points: " + reply.bonusPoints()));
    }

    private String rewardName(int reward) {
        return engine.catalog().addOn(engine.catalog().rewardAddOn(reward)).name();
    }

    private BonusPolicy policy() {
        return engine.catalog().policies().bonus();
    }
}
