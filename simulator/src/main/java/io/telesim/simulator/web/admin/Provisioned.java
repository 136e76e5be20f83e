package io.telesim.simulator.web.admin;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code POST /admin/subscribers} did, number by number, in the order they were asked for.
 *
 * @param created             how many numbers were connected now
 * @param alreadyProvisioned  how many were subscribers already (left as they were)
 * @param refused             how many were refused
 */
public record Provisioned(List<Result> results, int created, int alreadyProvisioned, int refused) {

    static Provisioned of(List<Result> results) {
        int created = 0;
        int already = 0;
        for (Result result : results) {
            if (result.result().equals(Result.CREATED)) {
                created++;
            } else if (result.result().equals(Result.ALREADY_PROVISIONED)) {
                already++;
            }
        }
        return new Provisioned(results, created, already, results.size() - created - already);
    }

    /**
     * One number's result.
     *
     * @param number the number as normalised, or as it was given when it is not one
     * @param result {@code created}, {@code already_provisioned} or {@code refused}
     * @param code   why it was refused, machine-readable (the engine's outcome in lower case, or {@code invalid_number},
     *               {@code unknown_tariff}, {@code busy}); absent unless refused
     * @param reason why it was refused, in words; absent unless refused
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String number, String result, String code, String reason) {

        static final String CREATED = "created";
        static final String ALREADY_PROVISIONED = "already_provisioned";
        static final String REFUSED = "refused";

        static Result created(long number) {
            return new Result(Long.toString(number), CREATED, null, null);
        }

        static Result alreadyProvisioned(long number) {
            return new Result(Long.toString(number), ALREADY_PROVISIONED, null, null);
        }

        static Result refused(String number, String code, String reason) {
            return new Result(number, REFUSED, code, reason);
        }
    }
}
