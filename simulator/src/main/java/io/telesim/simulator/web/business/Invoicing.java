package io.telesim.simulator.web.business;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.telesim.simulator.business.AuditLog;
import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.BusinessBook;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.web.mail.EmailAddress;
import io.telesim.simulator.web.mail.Outbox;
import io.telesim.simulator.web.store.JsonRecords;

/**
 * The monthly invoices of the companies' billing accounts: each account with an invoice address gets, by e-mail to the
 * outbox, the month's charges of its numbers. They go out on their own once a month has ended on the operator's clock
 * (a timer looks every {@code periodMillis}; a month is invoiced once per company, remembered in the web store, and
 * never a month that ended before the company existed), and whenever the operator asks for a month again.
 */
final class Invoicing {

    /** What the operator learns of one invoice sent. */
    record InvoiceSent(ReportApi.Invoice invoice, String to, String messageId) {
    }

    /** The last month invoiced for a company. */
    record Invoiced(String month) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Invoicing.class);
    private static final int COMPANIES_PER_RUN = 10_000;

    private final BusinessContext business;
    private final JsonRecords<Invoiced> invoiced;

    Invoicing(BusinessContext business) {
        this.business = business;
        this.invoiced = new JsonRecords<>(business.services().store(), BusinessBook.PREFIX + "invoiced/", Invoiced.class);
    }

    /** Looks every {@code periodMillis} for ended months not yet invoiced. */
    void start(long periodMillis) {
        business.web().vertx().setPeriodic(periodMillis, id -> business.blocking(this::sendDue)
                .onFailure(failure -> LOG.warn("invoices: a run failed, the next one retries: {}", failure.toString())));
    }

    /** Sends every company the invoices of the last ended month, unless it has them; answers how many were sent. Blocking. */
    synchronized int sendDue() {
        if (business.services().engine().statements() == null) {
            return 0; // an operator in memory keeps no statements to invoice from
        }
        YearMonth ended = YearMonth.from(Instant.ofEpochMilli(business.now()).atOffset(zone())).minusMonths(1);
        int sent = 0;
        for (Company company : business.book().companies().list(COMPANIES_PER_RUN)) {
            boolean existed = company.createdAt() < ended.plusMonths(1).atDay(1).atStartOfDay().toInstant(zone()).toEpochMilli();
            boolean done = invoiced.get(company.id()).map(last -> YearMonth.parse(last.month()).compareTo(ended) >= 0).orElse(false);
            if (existed && !done) {
                sent += send(company, ended).size();
            }
        }
        return sent;
    }

    /** Sends every billing account of {@code company} with an invoice address its invoice for {@code month}. Blocking. */
    synchronized List<InvoiceSent> send(Company company, YearMonth month) {
        Outbox outbox = new Outbox(business.services().store(), business.services().wallClock());
        List<InvoiceSent> sent = new ArrayList<>();
        for (BillingAccount account : business.book().companies().accounts(company.id())) {
            if (account.invoiceEmail() == null || EmailAddress.problem(account.invoiceEmail()) != null) {
                continue;
            }
            ReportApi.Invoice invoice = ReportApi.invoice(business, account, month);
            String body = "Invoice of " + company.name() + " (tax id " + company.taxId() + "), billing account " + account.id() + ", "
                    + month + ": " + invoice.numbers() + " numbers, " + invoice.amountText() + " to pay.";
            String id = outbox.put(account.invoiceEmail(), "Invoice " + month + " · " + company.name(), body, "invoice-" + month + ".csv",
                    "text/csv", "company,account,month,numbers,amount_kopecks\n" + company.id() + "," + account.id() + "," + month + ","
                            + invoice.numbers() + "," + invoice.amount() + "\n").id();
            sent.add(new InvoiceSent(invoice, account.invoiceEmail(), id));
            business.book().audit().append(company.id(), business.now(), AuditLog.OPERATOR, "send-invoice", "account " + account.id(), null,
                    invoice);
        }
        boolean later = invoiced.get(company.id()).map(last -> YearMonth.parse(last.month()).isBefore(month)).orElse(true);
        if (later) {
            invoiced.put(company.id(), new Invoiced(month.toString()));
        }
        return sent;
    }

    private ZoneOffset zone() {
        return business.services().catalog().calendar().zone();
    }
}
