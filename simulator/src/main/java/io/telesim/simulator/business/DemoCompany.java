package io.telesim.simulator.business;

import java.util.List;
import java.util.Optional;

/**
 * The company a default operator starts with, so the corporate pages have something to show: "Demo Logistics" holding
 * the last {@value #NUMBERS} demo subscribers in a small tree (head office, Moscow, Saint Petersburg), its administrator
 * the first of them. Made once: a restart on the same data finds it by its administrator and changes nothing.
 */
public final class DemoCompany {

    public static final String NAME = "Demo Logistics";
    public static final int NUMBERS = 100;
    private static final String TAX_ID = "7700000001";
    private static final int HEAD_OFFICE = 20;
    private static final int MOSCOW = 40;

    /** The demo company's id, its administrator's number and its first and last numbers. */
    public record Made(String companyId, long adminNumber, long firstNumber, long lastNumber) {
    }

    private DemoCompany() {
    }

    /**
     * Makes the demo company from the numbers {@code firstNumber}.. ({@value #NUMBERS} of them) unless it exists.
     *
     * @return the company, or empty when its administrator already is another company's user (nothing is changed then)
     */
    public static Optional<Made> ensure(BusinessBook book, long firstNumber, long now) {
        long last = firstNumber + NUMBERS - 1;
        Optional<CompanyUser> existing = book.users().user(firstNumber);
        if (existing.isPresent()) {
            Company company = book.companies().require(existing.get().companyId());
            return company.name().equals(NAME) ? Optional.of(new Made(company.id(), firstNumber, firstNumber, last)) : Optional.empty();
        }
        Company company = book.companies().create(NAME, TAX_ID, Settlement.PREPAID, 0, firstNumber, now);
        Hierarchy hierarchy = book.hierarchy();
        Branch root = hierarchy.requireBranch(company.id(), "b1");
        hierarchy.renameBranch(root.withName("Head office"));
        Branch moscow = hierarchy.addBranch(company.id(), root.id(), "Moscow");
        Branch spb = hierarchy.addBranch(company.id(), root.id(), "Saint Petersburg");
        for (int i = 0; i < NUMBERS; i++) {
            String branch = i < HEAD_OFFICE ? root.id() : i < HEAD_OFFICE + MOSCOW ? moscow.id() : spb.id();
            hierarchy.put(new CompanyNumber(firstNumber + i, company.id(), branch, "a1", now));
        }
        book.audit().append(company.id(), now, AuditLog.OPERATOR, "create-demo-company", "company " + company.id(), null,
                List.of(company, moscow, spb));
        return Optional.of(new Made(company.id(), firstNumber, firstNumber, last));
    }
}
