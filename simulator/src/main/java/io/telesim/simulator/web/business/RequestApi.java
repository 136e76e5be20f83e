package io.telesim.simulator.web.business;

import java.util.Locale;

import io.telesim.simulator.business.BusinessRequest;
import io.telesim.simulator.business.Permission;
import io.telesim.simulator.business.RequestDetails;
import io.telesim.simulator.business.RequestKind;
import io.telesim.simulator.business.Settlement;
import io.telesim.simulator.web.WebRuntime;
import io.telesim.simulator.web.http.ApiError;
import io.telesim.simulator.web.http.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A company's requests (C4): {@code GET} lists them (VIEW), {@code POST} submits one. Connecting, porting and
 * terminating numbers need MOVE_NUMBERS; a change of company data (and of the settlement method) needs FINANCE. The
 * operator then moves them through the admin API.
 */
final class RequestApi {

    /** A request as submitted: {@code kind} is connect, port-in, port-out, terminate or change-company-data. */
    record NewRequest(String kind, String number, String branchId, String accountId, String tariffId, String name, String taxId,
                      String settlement, Long creditLimit) {
    }

    private static final int MAX_LISTED = 1_000;

    private final BusinessContext business;
    private final BusinessGuard guard;

    RequestApi(BusinessContext business, BusinessGuard guard) {
        this.business = business;
        this.guard = guard;
    }

    void mount(Router router) {
        router.get(BusinessRoutes.COMPANY + "/requests").handler(guard.handler()).handler(ctx -> {
            BusinessAccess access = BusinessGuard.access(ctx);
            access.require(Permission.VIEW);
            business.respond(ctx, () -> business.book().requests().list(access.companyId(), MAX_LISTED));
        });
        router.post(BusinessRoutes.COMPANY + "/requests").handler(guard.handler()).handler(this::submit);
    }

    private void submit(RoutingContext ctx) {
        BusinessAccess access = BusinessGuard.access(ctx);
        NewRequest body = Json.body(ctx, NewRequest.class);
        RequestKind kind = kind(body.kind());
        access.require(kind == RequestKind.CHANGE_COMPANY_DATA ? Permission.FINANCE : Permission.MOVE_NUMBERS);
        RequestDetails details = details(kind, body, access);
        business.respond(ctx, () -> {
            BusinessRequest request = business.book().requests().submit(access.companyId(), kind, details, access.actor(), business.now());
            business.book().audit().append(access.companyId(), business.now(), access.actor(), "submit-request", "request " + request.id(), null,
                    request);
            return request;
        });
    }

    private RequestDetails details(RequestKind kind, NewRequest body, BusinessAccess access) {
        return switch (kind) {
            case CONNECT, PORT_IN -> {
                String number = body.number() == null || body.number().isBlank() ? null : Long.toString(WebRuntime.parseNumber(body.number()));
                if (kind == RequestKind.PORT_IN && number == null) {
                    throw ApiError.badRequest("'number' is needed: the number to port in");
                }
                String branch = body.branchId() == null ? access.branches().get(0).id() : access.requireBranch(body.branchId()).id();
                String account = body.accountId() == null ? "a1" : body.accountId();
                business.book().companies().account(access.companyId(), account)
                        .orElseThrow(() -> ApiError.notFound("no billing account '" + account + "'"));
                if (body.tariffId() != null && business.services().catalog().tariffIndex(body.tariffId()) < 0) {
                    throw ApiError.notFound("there is no tariff '" + body.tariffId() + "'");
                }
                yield new RequestDetails(number, branch, account, body.tariffId(), null, null, null, null);
            }
            case PORT_OUT, TERMINATE -> {
                long number = WebRuntime.parseNumber(body.number());
                business.book().hierarchy().number(access.companyId(), number).filter(access::sees)
                        .orElseThrow(() -> ApiError.notFound(number + " is not a number of your company that you manage"));
                yield new RequestDetails(Long.toString(number), null, null, null, null, null, null, null);
            }
            case CHANGE_COMPANY_DATA -> {
                Settlement settlement = body.settlement() == null ? null : settlement(body.settlement());
                if (body.creditLimit() != null && body.creditLimit() < 0) {
                    throw ApiError.badRequest("'creditLimit' is kopecks, 0 or more");
                }
                if (body.name() == null && body.taxId() == null && settlement == null && body.creditLimit() == null) {
                    throw ApiError.badRequest("a change of company data names at least one of 'name', 'taxId', 'settlement', 'creditLimit'");
                }
                yield new RequestDetails(null, null, null, null, body.name() == null ? null : CompanyApi.name(body.name()),
                        body.taxId() == null ? null : taxId(body.taxId()), settlement, body.creditLimit());
            }
        };
    }

    static RequestKind kind(String text) {
        try {
            return RequestKind.valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("'kind' must be connect, port-in, port-out, terminate or change-company-data");
        }
    }

    static Settlement settlement(String text) {
        try {
            return Settlement.valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("'settlement' must be prepaid or credit");
        }
    }

    /** A Russian tax id (INN): 10 digits for a company, 12 for a person. */
    static String taxId(String text) {
        String digits = text == null ? "" : text.trim();
        if (!digits.matches("[0-9]{10}|[0-9]{12}")) {
            throw ApiError.badRequest("'taxId' is 10 or 12 digits");
        }
        return digits;
    }
}
