package io.telesim.ussd.builtin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import io.telesim.billing.catalog.ServiceSpec;
import io.telesim.engine.Engine;
import io.telesim.ussd.app.UssdCode;
import io.telesim.ussd.app.UssdService;

/**
 * Telesim's built-in USSD services and the codes they answer, for the gateway's routing table. Every
 * action goes through the engine as a command; every one that moves money, changes the tariff or
 * services, or blocks the number asks for a confirmation first.
 *
 * <p>Exact codes ({@link #exactCodes()}): {@value #BALANCE} balance and bundles, {@value #MENU} the main
 * menu, {@value #PROMISED_PAYMENT} promised payment, {@value #BONUS} bonus points, {@value #TRANSFER}
 * how to transfer money; and every catalog service's own code ({@link ServiceSpec#ussdCode()}) connects
 * it, while a code ending in {@code *1#} has a twin ending in {@code *2#} that disconnects it
 * ({@code *111*828*1#} / {@code *111*828*2#} for number management). The fixed codes win over a catalog
 * code that is the same.
 *
 * <p>Prefixes ({@link #prefixes()}): a dialled code that starts with {@value #TRANSFER_PREFIX} is a money
 * transfer, {@code *112*NUMBER*AMOUNT#}.
 *
 * <p>Command ids come from the gateway's {@code commandIds}: the engine treats a repeated id within its
 * idempotency window as a retry of the first command, so ids must be unique among everything that
 * submits to the engine, which only the gateway (or the process around it) can ensure.
 */
public final class BuiltinServices {

    public static final String BALANCE = "*100#";
    public static final String MENU = "*111#";
    public static final String PROMISED_PAYMENT = "*111*123#";
    public static final String BONUS = "*111*456#";
    public static final String TRANSFER = "*112#";
    public static final String TRANSFER_PREFIX = "*112*";

    private static final String CONNECT_SUFFIX = "*1#";
    private static final String DISCONNECT_SUFFIX = "*2#";

    private final Map<String, UssdService> exactCodes = new LinkedHashMap<>();
    private final Map<String, UssdService> prefixes = new LinkedHashMap<>();

    /**
     * @param engine     the engine every service asks and commands
     * @param commandIds a fresh command id on every call, unique among all the engine's producers; thread-safe
     */
    public BuiltinServices(Engine engine, LongSupplier commandIds) {
        EngineCalls calls = new EngineCalls(engine, commandIds);
        Flow promisedPayment = new PromisedPaymentFlow(calls);
        Flow bonus = new BonusFlow(calls);
        ServicesFlow services = new ServicesFlow(calls);
        TransferService transfer = new TransferService(calls);
        exactCodes.put(BALANCE, Conversation.of(new BalanceFlow(calls)));
        exactCodes.put(MENU, Conversation.of(new MainMenuFlow(new TariffFlow(calls), services, new AddOnFlow(calls), promisedPayment, bonus,
                new BlockingFlow(calls), new ForwardingFlow(calls))));
        exactCodes.put(PROMISED_PAYMENT, Conversation.of(promisedPayment));
        exactCodes.put(BONUS, Conversation.of(bonus));
        exactCodes.put(TRANSFER, transfer);
        List<ServiceSpec> catalogServices = engine.catalog().services();
        for (int i = 0; i < catalogServices.size(); i++) {
            String code = catalogServices.get(i).ussdCode();
            if (code != null) {
                int index = i;
                exactCodes.putIfAbsent(code, Conversation.of((msisdn, back) -> services.connect(msisdn, index)));
                if (code.endsWith(CONNECT_SUFFIX)) {
                    String off = code.substring(0, code.length() - CONNECT_SUFFIX.length()) + DISCONNECT_SUFFIX;
                    exactCodes.putIfAbsent(off, Conversation.of((msisdn, back) -> services.disconnect(msisdn, index)));
                }
            }
        }
        prefixes.put(TRANSFER_PREFIX, transfer);
    }

    /** Codes answered when dialled exactly as written (normalised as {@link UssdCode#text()}), in a stable order. */
    public Map<String, UssdService> exactCodes() {
        return Collections.unmodifiableMap(exactCodes);
    }

    /** Code beginnings: a dialled code that starts with one (and matches no exact code) goes to its service. */
    public Map<String, UssdService> prefixes() {
        return Collections.unmodifiableMap(prefixes);
    }

    /** The service for a dialled code by the rules above: an exact code first, then the longest prefix. */
    public Optional<UssdService> find(UssdCode code) {
        UssdService exact = exactCodes.get(code.text());
        if (exact != null) {
            return Optional.of(exact);
        }
        String longest = null;
        for (String prefix : prefixes.keySet()) {
            if (code.text().startsWith(prefix) && (longest == null || prefix.length() > longest.length())) {
                longest = prefix;
            }
        }
        return Optional.ofNullable(longest == null ? null : prefixes.get(longest));
    }
}
