package io.telesim.simulator.web.login;

import java.util.ArrayList;
import java.util.List;

/**
 * A subscriber's web account: registered at the first login of its primary number, with the numbers it
 * may see (the primary first; F8 adds more) and its password, if one was set.
 *
 * @param passwordHash PBKDF2 of the password with {@code passwordSalt}, or null when none is set
 * @param passwordExpiresAt epoch millis after which a temporary password stops working; 0 for a permanent one
 * @param language "ru" or "en"
 */
public record WebAccount(long primary, List<Long> numbers, String passwordHash, String passwordSalt, long passwordExpiresAt,
                         long registeredAt, String language) {

    public WebAccount {
        numbers = List.copyOf(numbers);
    }

    public static WebAccount register(long msisdn, long now) {
        return new WebAccount(msisdn, List.of(msisdn), null, null, 0, now, "ru");
    }

    public boolean owns(long msisdn) {
        return numbers.contains(msisdn);
    }

    public WebAccount withPassword(String hash, String salt, long expiresAt) {
        return new WebAccount(primary, numbers, hash, salt, expiresAt, registeredAt, language);
    }

    public WebAccount withNumber(long msisdn) {
        if (owns(msisdn)) {
            return this;
        }
        List<Long> more = new ArrayList<>(numbers);
        more.add(msisdn);
        return new WebAccount(primary, more, passwordHash, passwordSalt, passwordExpiresAt, registeredAt, language);
    }

    public WebAccount withLanguage(String newLanguage) {
        return new WebAccount(primary, numbers, passwordHash, passwordSalt, passwordExpiresAt, registeredAt, newLanguage);
    }
}
