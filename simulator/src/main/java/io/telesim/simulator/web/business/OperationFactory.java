package io.telesim.simulator.web.business;

import io.telesim.billing.account.ForwardingCondition;
import io.telesim.billing.catalog.Catalog;
import io.telesim.billing.money.Money;
import io.telesim.billing.number.InvalidNumberException;
import io.telesim.billing.number.PartyNumber;
import io.telesim.engine.CommandType;
import io.telesim.simulator.business.BillingAccount;
import io.telesim.simulator.business.Company;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.EngineCalls;
import io.telesim.simulator.web.money.PromisedPaymentApi;
import io.telesim.simulator.web.plans.ForwardingSection;

/**
 * Turns the {@code operation} of a bulk request and its parameters into a {@link NumberOperation}; a missing or
 * wrong parameter is a 400, an unknown service, tariff, branch or billing account a 404.
 */
final class OperationFactory {

    /** The operations by API name, as the OpenAPI file lists them. */
    static final String NAMES = "block, unblock, connect-service, disconnect-service, set-forwarding, clear-forwarding, promised-payment, "
            + "send-sms, change-tariff, set-spending-limit, replace-sim, replace-number, move-to-branch, move-to-account";
    private static final int MAX_SMS = 1_000;

    private final BusinessContext business;

    OperationFactory(BusinessContext business) {
        this.business = business;
    }

    /** The permission operation {@code name} needs; 400 for an operation that does not exist. */
    static Permission permissionOf(String name) {
        return switch (name == null ? "" : name.trim()) {
            case "block", "unblock" -> Permission.BLOCKS;
            case "connect-service", "disconnect-service", "set-forwarding", "clear-forwarding" -> Permission.SERVICES;
            case "promised-payment", "set-spending-limit" -> Permission.LIMITS;
            case "send-sms" -> Permission.SMS;
            case "change-tariff" -> Permission.TARIFFS;
            case "replace-sim", "replace-number" -> Permission.SIM_AND_NUMBER;
            case "move-to-branch", "move-to-account" -> Permission.MOVE_NUMBERS;
            default -> throw ApiError.badRequest("'operation' must be one of: " + NAMES);
        };
    }

    NumberOperation of(OperationRequest request, Company company, BusinessAccess access) {
        String name = request.operation() == null ? "" : request.operation().trim();
        EngineCalls calls = business.services().calls();
        Catalog catalog = business.services().catalog();
        return switch (name) {
            case "block" -> new EngineOperation(name, CommandType.BLOCK, command -> { }, "blocked", calls);
            case "unblock" -> new EngineOperation(name, CommandType.UNBLOCK, command -> { }, "unblocked", calls);
            case "connect-service", "disconnect-service" -> {
                int service = catalog.serviceIndex(required(request.serviceId(), "serviceId"));
                if (service < 0) {
                    throw ApiError.notFound("there is no service '" + request.serviceId() + "'");
                }
                boolean connect = name.startsWith("connect");
                yield new EngineOperation(name, connect ? CommandType.CONNECT_SERVICE : CommandType.DISCONNECT_SERVICE,
                        command -> command.item(service), (connect ? "connected " : "disconnected ") + request.serviceId(), calls);
            }
            case "set-forwarding" -> {
                ForwardingCondition condition = condition(request.condition());
                long target = forwardTarget(request.forwardTo());
                yield new EngineOperation(name, CommandType.SET_FORWARDING,
                        command -> command.item(condition.ordinal()).other(target), "calls forwarded to " + target, calls);
            }
            case "clear-forwarding" -> {
                ForwardingCondition condition = condition(request.condition());
                yield new EngineOperation(name, CommandType.CLEAR_FORWARDING,
                        command -> command.item(condition.ordinal()), "forwarding cleared", calls);
            }
            case "promised-payment" -> {
                long amount = amount(request.amount());
                PromisedPaymentApi.requireWithinLimits(catalog.policies().promisedPayment(), amount);
                yield new EngineOperation(name, CommandType.PROMISED_PAYMENT, command -> command.amount(amount),
                        "promised payment of " + Money.format(amount), calls);
            }
            case "send-sms" -> {
                String text = required(request.text(), "text");
                if (text.length() > MAX_SMS) {
                    throw ApiError.badRequest("an SMS text is at most " + MAX_SMS + " characters");
                }
                yield new SmsOperation(business.web(), company.name(), text);
            }
            case "change-tariff" -> {
                int tariff = catalog.tariffIndex(required(request.tariffId(), "tariffId"));
                if (tariff < 0) {
                    throw ApiError.notFound("there is no tariff '" + request.tariffId() + "'");
                }
                yield new EngineOperation(name, CommandType.CHANGE_TARIFF, command -> command.item(tariff),
                        "tariff " + request.tariffId(), calls);
            }
            case "set-spending-limit" -> {
                long amount = amount(request.amount());
                yield new EngineOperation(name, CommandType.SET_SPENDING_LIMIT, command -> command.amount(amount),
                        amount == 0 ? "no spending limit" : "spending limit " + Money.format(amount) + " a month", calls);
            }
            case "replace-sim" -> replaceSim(request, calls);
            case "replace-number" -> new ReplaceNumberOperation(business, WebRuntime.parseNumber(required(request.newNumber(), "newNumber")));
            case "move-to-branch" -> PlacementOperation.toBranch(business, company,
                    access.requireBranch(required(request.toBranchId(), "toBranchId")).id());
            case "move-to-account" -> {
                String accountId = required(request.toAccountId(), "toAccountId");
                BillingAccount account = business.book().companies().account(company.id(), accountId)
                        .orElseThrow(() -> ApiError.notFound("no billing account '" + accountId + "'"));
                yield PlacementOperation.toAccount(business, company, account);
            }
            default -> throw ApiError.badRequest("'operation' must be one of: " + NAMES);
        };
    }

    private static NumberOperation replaceSim(OperationRequest request, EngineCalls calls) {
        Long given = request.iccid() == null ? null : Iccids.parse(request.iccid());
        return new EngineOperation("replace-sim", CommandType.REPLACE_SIM, command -> command.amount(
                given != null ? given : Iccids.make(command.msisdn(), command.commandId())), "SIM replaced", calls);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiError.badRequest("'" + field + "' is needed for this operation");
        }
        return value.trim();
    }

    private static long amount(Long amount) {
        if (amount == null || amount < 0) {
            throw ApiError.badRequest("'amount' is needed: kopecks, 0 or more");
        }
        return amount;
    }

    private static ForwardingCondition condition(String name) {
        ForwardingCondition condition = ForwardingSection.condition(name == null ? "" : name.trim());
        if (condition == null) {
            throw ApiError.badRequest("'condition' must be unconditional, busy, no-reply or not-reachable");
        }
        return condition;
    }

    private static long forwardTarget(String text) {
        try {
            return PartyNumber.parse(required(text, "forwardTo"));
        } catch (InvalidNumberException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }
}
