package io.telesim.simulator.web.admin;

import java.util.List;

/** The answer of {@code POST /admin/statements/bulk}: a {@link SubscriberStatement} per number, in the order asked for. */
public record BulkStatements(List<SubscriberStatement> subscribers) {
}
