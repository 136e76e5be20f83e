package io.telesim.simulator.web.numbers;

import io.telesim.simulator.web.http.ApiError;

/**
 * Why a number cannot join an account (F8), as a stable code and a sentence: {@code different_owner},
 * {@code different_region}, {@code number_management_missing}, {@code already_in_account},
 * {@code already_in_your_account}, {@code request_pending}, {@code terminated}, {@code not_a_subscriber}.
 */
public record Refusal(String code, String message) {

    /** The refusal as the API answers it: 422, a rule of the operator. */
    public ApiError toApiError() {
        return new ApiError(422, code, message);
    }
}
