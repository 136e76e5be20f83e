package io.telesim.simulator.business;

import java.util.List;
import java.util.Optional;

import io.telesim.simulator.web.store.JsonRecords;
import io.telesim.simulator.web.store.KeyValueStore;

/** The companies and their billing accounts. Creating a company also makes its root branch and its administrator. */
public final class Companies {

    private final JsonRecords<Company> companies;
    private final JsonRecords<BillingAccount> accounts;
    private final Counters counters;
    private final Hierarchy hierarchy;
    private final CompanyUsers users;

    Companies(KeyValueStore store, Counters counters, Hierarchy hierarchy, CompanyUsers users) {
        this.companies = new JsonRecords<>(store, BusinessBook.PREFIX + "company/", Company.class);
        this.accounts = new JsonRecords<>(store, BusinessBook.PREFIX + "account/", BillingAccount.class);
        this.counters = counters;
        this.hierarchy = hierarchy;
        this.users = users;
    }

    /**
     * Creates a company with its first billing account ({@code creditLimit} kopecks), its root branch named after it, and
     * {@code adminNumber} as its global administrator.
     *
     * @throws BusinessException when {@code adminNumber} already is a user of a company
     */
    public synchronized Company create(String name, String taxId, Settlement settlement, long creditLimit, long adminNumber, long now) {
        if (users.user(adminNumber).isPresent()) {
            throw BusinessException.rule("already_a_user", adminNumber + " already is a user of a company");
        }
        String id = "c" + counters.next("company");
        Company company = new Company(id, name, taxId, settlement, now);
        companies.put(id, company);
        putAccount(new BillingAccount("a1", id, "Main account", creditLimit, null));
        hierarchy.addRoot(id, name);
        users.put(new CompanyUser(adminNumber, id, "Administrator", Role.ADMINISTRATOR, List.of(), now));
        return company;
    }

    public Optional<Company> get(String id) {
        return id == null || id.contains("/") ? Optional.empty() : companies.get(id);
    }

    public Company require(String id) {
        return get(id).orElseThrow(() -> BusinessException.notFound("no company '" + id + "'"));
    }

    public List<Company> list(int limit) {
        return companies.list("", limit);
    }

    public void update(Company company) {
        companies.put(company.id(), company);
    }

    public List<BillingAccount> accounts(String companyId) {
        return accounts.list(companyId + "/", 10_000);
    }

    public Optional<BillingAccount> account(String companyId, String accountId) {
        return accountId == null || accountId.contains("/") ? Optional.empty() : accounts.get(companyId + "/" + accountId);
    }

    public BillingAccount requireAccount(String companyId, String accountId) {
        return account(companyId, accountId).orElseThrow(() -> BusinessException.notFound("no billing account '" + accountId + "'"));
    }

    /** Adds a billing account with the next id (a2, a3, ...: a1 came with the company). */
    public synchronized BillingAccount addAccount(String companyId, String name, long creditLimit) {
        BillingAccount account = new BillingAccount("a" + (counters.next("account/" + companyId) + 1), companyId, name, creditLimit, null);
        putAccount(account);
        return account;
    }

    public void putAccount(BillingAccount account) {
        accounts.put(account.companyId() + "/" + account.id(), account);
    }
}
