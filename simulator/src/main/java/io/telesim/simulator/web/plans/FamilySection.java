package io.telesim.simulator.web.plans;

import java.util.List;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.catalog.FamilyTerms;
import io.telesim.billing.catalog.Tariff;
import io.telesim.billing.money.Money;

/**
 * A number's family (F11). An owner (a number on a family tariff) invites numbers of our network; a number
 * joins by accepting the invitation in its own account, and then uses the owner's bundles while the owner
 * pays a fee per member. A member may leave and the owner may remove a member.
 *
 * @param role           {@code owner}, {@code member} or {@code none}
 * @param owner          the family owner's number (the own number for an owner), or 0
 * @param sims           SIMs in the family, the owner included (owners only)
 * @param members        the members that joined through the web and are still in the family (owners only)
 * @param unlistedMembers members added other than through the web, which an account does not name (owners only)
 * @param invited        the owner's invitations not yet answered: the invited numbers
 * @param invitations    invitations this number received and may accept: the inviting owners (numbers in no family only)
 */
public record FamilySection(String role, long owner, int sims, int maxSims, long memberFee, String memberFeeText, List<Long> members,
                            int unlistedMembers, List<Pending> invited, List<Pending> invitations) {

    /** An invitation not yet answered: the other number and when it lapses. */
    public record Pending(long number, long expiresAt) {
    }

    static FamilySection of(Catalog catalog, AccountRecord account, List<Long> members, List<FamilyBook.Invitation> sent,
                            List<FamilyBook.Invitation> received) {
        Tariff tariff = catalog.tariff(account.tariff());
        FamilyTerms terms = tariff.family();
        int maxSims = terms == null ? 0 : terms.maxSims();
        long memberFee = terms == null ? 0 : terms.memberMonthlyFee();
        if (account.isFamilyMember()) {
            return new FamilySection("member", account.familyOwner(), 0, maxSims, memberFee, Money.format(memberFee), List.of(), 0,
                    List.of(), List.of());
        }
        List<Pending> invitations = received.stream().map(invitation -> new Pending(invitation.owner(), invitation.expiresAt())).toList();
        if (terms == null) {
            return new FamilySection("none", 0, 0, 0, 0, Money.format(0), List.of(), 0, List.of(), invitations);
        }
        int sims = Math.max(1, account.familySize());
        List<Pending> invited = sent.stream().map(invitation -> new Pending(invitation.member(), invitation.expiresAt())).toList();
        return new FamilySection("owner", account.msisdn(), sims, maxSims, memberFee, Money.format(memberFee), List.copyOf(members),
                Math.max(0, sims - 1 - members.size()), invited, List.of());
    }
}
