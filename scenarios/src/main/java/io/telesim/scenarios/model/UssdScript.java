package io.telesim.scenarios.model;

import java.util.List;

/** What a user does in one USSD session: dials {@code code}, then answers each screen with the next of {@code answers}. */
public record UssdScript(String code, List<String> answers) {

    public UssdScript {
        answers = List.copyOf(answers);
    }

    @Override
    public String toString() {
        return answers.isEmpty() ? code : code + " " + answers;
    }
}
