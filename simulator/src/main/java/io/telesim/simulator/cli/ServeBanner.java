package io.telesim.simulator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.telesim.billing.account.AccountRecord;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.Msisdn;
import io.telesim.simulator.business.DemoCompany;
import io.telesim.simulator.serve.ClockConfig;
import io.telesim.simulator.serve.DemoSubscribers;
import io.telesim.simulator.serve.Operator;
import io.telesim.simulator.serve.OperatorConfig;
import io.telesim.simulator.serve.ProvisionedSubscribers;
import io.telesim.simulator.serve.SmscConfig;
import io.telesim.smpp.server.EsmeAccount;
import io.telesim.smpp.server.SmscSettings;
import io.telesim.ussd.gateway.UssdSettings;

/** What {@code serve} prints once the operator runs: what listens where, who may sign in, and what to try first. */
final class ServeBanner {

    private static final int DEMO_SHOWN = 5;

    private ServeBanner() {
    }

    /** Prints the banner of a started operator, with the ports as bound (0 in the configuration picks a free one). */
    static void print(PrintWriter out, Operator operator) throws Exception {
        OperatorConfig config = operator.config();
        ProvisionedSubscribers provisioned = operator.provisioned();
        int smppPort = operator.smppPort();
        int ussdPort = operator.ussdPort();
        SmscConfig smsc = config.smsc();
        Catalog catalog = config.catalog();
        out.printf("Telesim is running: catalog '%s', %s%n", catalog.name(),
                config.inMemory() ? "in memory (nothing is kept)" : "data in " + config.dataDirectory().toAbsolutePath().normalize()
                        + (config.engine().liveState() == null ? "" : ", live account map in " + config.engine().liveState().toAbsolutePath()));
        out.printf("  clock: %s%n", clock(config.clock()));
        out.printf("  subscribers: %s%n", subscribers(provisioned));
        out.printf("  SMPP: %s:%d, ESMEs (system_id/password): %s%n", smsc.host(), smppPort, smsc.esmes().isEmpty() ? "none"
                : String.join(", ", smsc.esmes().stream().map(esme -> esme.systemId() + "/" + esme.password()).toList()));
        out.printf("  USSD: %s:%d (handsets: ./telesim handset NUMBER, or http://%s:%d/handset)%s%n", config.host(), ussdPort, config.host(),
                ussdPort, config.ussd().apps().isEmpty() ? "" : ", " + config.ussd().apps().size() + " third-party applications");
        out.printf("  web: %s (the self-service account; the JSON API under /api, described at /api/openapi.yaml; the admin API under "
                + "/admin; Prometheus metrics at /metrics)%n", webAddress(config, operator));
        out.printf("  admin token: %s%s%n", config.web().adminToken(),
                config.web().randomToken() ? " (random, new at every start; set web.token in a --config file to keep one)" : "");
        out.printf("  other networks: %s%n", smsc.outbound() == null ? "none (their numbers end UNDELIVERABLE)"
                : smsc.outbound().host() + ":" + smsc.outbound().port() + " as " + smsc.outbound().systemId());
        if (provisioned.demo() > 0) {
            out.printf("Demo subscribers: %s, ... (the catalog's tariffs in turn; connected with %s × the number's last digit, 0 counting "
                    + "as 10, plus the tariff's first fee)%n", demoExamples(Math.min(DEMO_SHOWN, provisioned.demo()), operator), Money.format(10_000));
        }
        if (operator.demoCompany() != null) {
            DemoCompany.Made company = operator.demoCompany();
            out.printf("Demo company: %s (%s), numbers %s to %s; its administrator %s signs in at %sbusiness%n", DemoCompany.NAME,
                    company.companyId(), new Msisdn(company.firstNumber()).formatted(), new Msisdn(company.lastNumber()).formatted(),
                    new Msisdn(company.adminNumber()).formatted(), webAddress(config, operator));
        }
        out.println("Try:");
        out.printf("  ./telesim handset %s%s, then dial *100# (balance) or *111# (menu)%n", exampleNumber(config, 1),
                ussdPort == UssdSettings.defaults().port() && isDefaultHost(config.host()) ? "" : " --gateway " + config.host() + ":" + ussdPort);
        if (!smsc.esmes().isEmpty()) {
            out.printf("  ./telesim sms --to %s --text \"Hello\"%s (an ESME's message, with its delivery receipt)%n", exampleNumber(config, 2),
                    smsOptions(smsc, smppPort));
        }
        out.printf("  open %s and sign in to the self-service account as %s (the code arrives by SMS: read it on the handset)%n",
                webAddress(config, operator), exampleNumber(config, 3));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static String clock(ClockConfig clock) {
        if (!clock.simulated()) {
            return "real time";
        }
        return "simulated, from " + (clock.start() == null ? "the time of start" : clock.start()) + " at " + clock.speed() + "x real time";
    }

    private static String subscribers(ProvisionedSubscribers provisioned) {
        List<String> parts = new ArrayList<>();
        if (provisioned.demo() > 0) {
            parts.add(provisioned.demo() + " demo, " + DemoSubscribers.range(provisioned.demo()) + " (" + provisioned.demoNew() + " connected now)");
        }
        if (provisioned.listed() > 0) {
            parts.add(provisioned.listed() + " from the configuration (" + provisioned.listedNew() + " connected now)");
        }
        return parts.isEmpty() ? "none configured" : String.join("; ", parts);
    }

    /** The first demo subscribers with their tariffs and balances now. */
    private static String demoExamples(int count, Operator operator) throws Exception {
        Catalog catalog = operator.catalog();
        List<String> shown = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            long msisdn = DemoSubscribers.number(n);
            AccountRecord account = AccountRecord.onHeap();
            if (operator.engine().query(view -> view.account(msisdn, account)).get(10, TimeUnit.SECONDS)) {
                shown.add(new Msisdn(msisdn).formatted() + " " + catalog.tariff(account.tariff()).id() + " " + Money.format(account.balance()));
            }
        }
        return String.join(", ", shown);
    }

    /** Demo subscriber {@code n} when there is one, else the first one there is. */
    private static String exampleNumber(OperatorConfig config, int n) {
        if (config.demoSubscribers() > 0) {
            return Long.toString(DemoSubscribers.number(Math.min(n, config.demoSubscribers())));
        }
        return config.subscribers().isEmpty() ? "NUMBER" : Long.toString(config.subscribers().get(0).msisdn());
    }

    /** The options {@code telesim sms} needs beyond its defaults (127.0.0.1:2775, demo/demo) to reach this SMSC. */
    private static String smsOptions(SmscConfig smsc, int smppPort) {
        StringBuilder options = new StringBuilder();
        if (smppPort != SmscSettings.DEFAULT_PORT || !isDefaultHost(smsc.host())) {
            options.append(" --smsc ").append(smsc.host()).append(':').append(smppPort);
        }
        boolean demo = smsc.esmes().stream().anyMatch(esme -> esme.systemId().equals("demo") && esme.password().equals("demo"));
        if (!demo) {
            EsmeAccount first = smsc.esmes().get(0);
            options.append(" --system-id ").append(first.systemId()).append(" --password ").append(first.password());
        }
        return options.toString();
    }

    private static String webAddress(OperatorConfig config, Operator operator) {
        return "http://" + config.host() + ":" + operator.webPort() + "/";
    }

    private static boolean isDefaultHost(String host) {
        return host.equals("127.0.0.1");
    }
}
