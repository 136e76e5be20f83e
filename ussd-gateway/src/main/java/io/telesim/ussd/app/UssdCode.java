package io.telesim.ussd.app;

import java.util.List;

/**
 * A USSD string in the {@code *SC*SI#} structure of 3GPP TS 22.030: a service code and its
 * supplementary information, e.g. {@code *111*828*1#} is service code 111 with parameters 828 and 1.
 *
 * @param text        the code as dialled, normalised ({@code *111*828*1#})
 * @param serviceCode the digits after the first {@code *} ({@code 111})
 * @param parameters  the fields after it ({@code [828, 1]}); may be empty
 */
public record UssdCode(String text, String serviceCode, List<String> parameters) {

    public UssdCode {
        parameters = List.copyOf(parameters);
    }

    /**
     * Parses a dialled code: {@code *}, a service code of 1 to 3 digits, then fields of digits (or {@code +}
     * for international numbers) separated by {@code *}, ending with {@code #}. Spaces are ignored.
     *
     * @throws IllegalArgumentException with a text a handset can show when it is not such a code
     */
    public static UssdCode parse(String dialled) {
        if (dialled == null) {
            throw new IllegalArgumentException("no code was dialled");
        }
        String code = dialled.replace(" ", "");
        if (!code.startsWith("*") || !code.endsWith("#") || code.length() < 3) {
            throw new IllegalArgumentException("A USSD code starts with * and ends with #, like *100#");
        }
        String[] fields = code.substring(1, code.length() - 1).split("\\*", -1);
        for (String field : fields) {
            if (field.isEmpty() || !field.chars().allMatch(c -> Character.isDigit(c) || c == '+')) {
                throw new IllegalArgumentException("Unknown code " + code + ": fields between * are digits");
            }
        }
        if (fields[0].length() > 3 || !fields[0].chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Unknown code " + code + ": the service code is 1 to 3 digits");
        }
        return new UssdCode(code, fields[0], List.of(fields).subList(1, fields.length));
    }
}
