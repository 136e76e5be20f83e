package io.telesim.simulator.business;

/**
 * What a request asks for; each kind reads its own fields. {@code number}: the number to port in, port out or
 * terminate (for connect, a wished-for number or null for any free one); {@code branchId} and {@code accountId}:
 * where a new number goes; {@code tariffId}: a new number's tariff; {@code name}, {@code taxId},
 * {@code settlement}, {@code creditLimit} (kopecks): new company data, null for unchanged.
 */
public record RequestDetails(String number, String branchId, String accountId, String tariffId, String name, String taxId,
                             Settlement settlement, Long creditLimit) {
}
