package io.telesim.billing.ops;

import io.telesim.billing.bonus.BonusPoints;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.rating.SpendingLimits;
import io.telesim.billing.rating.UsageRater;

/**
 * Every rule of the billing domain for one catalog: the usage rater and each account operation. Built
 * once and shared by the single writer that owns the accounts. Each operation is a function of
 * (accounts, command, time): it returns an {@link io.telesim.billing.result.Outcome}, records what it
 * changed in an {@link io.telesim.billing.result.OperationResult}, and leaves the accounts in their new
 * state (or untouched when refused). None reads a clock, a file or a socket, so the engine can replay them.
 */
public final class BillingRules {

    private final Catalog catalog;
    private final UsageRater rater;
    private final Provisioning provisioning;
    private final TopUps topUps;
    private final PromisedPayments promisedPayments;
    private final MoneyTransfers transfers;
    private final TariffChanges tariffChanges;
    private final ServiceSubscriptions services;
    private final NumberBlocking blocking;
    private final CallForwarding forwarding;
    private final AddOnPurchases addOns;
    private final Families families;
    private final HomeInternet homeInternet;
    private final InactivityRule inactivity;
    private final DailyCycle dailyCycle;
    private final BonusPoints bonus;
    private final SpendingLimits spendingLimits;
    private final CreditLimits creditLimits;
    private final SimReplacement simReplacement;
    private final NumberReplacement numberReplacement;
    private final Termination termination;

    public BillingRules(Catalog catalog) {
        this.catalog = catalog;
        TariffPeriods periods = new TariffPeriods(catalog);
        AccountStatusRules statusRules = new AccountStatusRules(periods);
        this.spendingLimits = new SpendingLimits(catalog.calendar());
        this.rater = new UsageRater(catalog, spendingLimits);
        this.provisioning = new Provisioning(catalog, periods, statusRules);
        this.topUps = new TopUps(catalog, statusRules);
        this.promisedPayments = new PromisedPayments(catalog, topUps, statusRules);
        this.transfers = new MoneyTransfers(catalog, statusRules);
        this.tariffChanges = new TariffChanges(catalog, periods);
        this.services = new ServiceSubscriptions(catalog);
        this.blocking = new NumberBlocking(statusRules);
        this.forwarding = new CallForwarding();
        this.addOns = new AddOnPurchases(catalog);
        this.families = new Families(catalog, periods, statusRules);
        this.homeInternet = new HomeInternet(catalog);
        this.inactivity = new InactivityRule(catalog);
        this.dailyCycle = new DailyCycle(catalog, periods, promisedPayments, inactivity, statusRules);
        this.bonus = new BonusPoints(catalog);
        this.creditLimits = new CreditLimits(statusRules);
        this.simReplacement = new SimReplacement();
        this.numberReplacement = new NumberReplacement(catalog.numbering());
        this.termination = new Termination();
    }

    public Catalog catalog() {
        return catalog;
    }

    public UsageRater rater() {
        return rater;
    }

    public Provisioning provisioning() {
        return provisioning;
    }

    public TopUps topUps() {
        return topUps;
    }

    public PromisedPayments promisedPayments() {
        return promisedPayments;
    }

    public MoneyTransfers transfers() {
        return transfers;
    }

    public TariffChanges tariffChanges() {
        return tariffChanges;
    }

    public ServiceSubscriptions services() {
        return services;
    }

    public NumberBlocking blocking() {
        return blocking;
    }

    public CallForwarding forwarding() {
        return forwarding;
    }

    public AddOnPurchases addOns() {
        return addOns;
    }

    public Families families() {
        return families;
    }

    public HomeInternet homeInternet() {
        return homeInternet;
    }

    public InactivityRule inactivity() {
        return inactivity;
    }

    public DailyCycle dailyCycle() {
        return dailyCycle;
    }

    public BonusPoints bonus() {
        return bonus;
    }

    /** Monthly spending limits per number; the rater enforces them. */
    public SpendingLimits spendingLimits() {
        return spendingLimits;
    }

    public CreditLimits creditLimits() {
        return creditLimits;
    }

    public SimReplacement simReplacement() {
        return simReplacement;
    }

    public NumberReplacement numberReplacement() {
        return numberReplacement;
    }

    public Termination termination() {
        return termination;
    }
}
