package io.telesim.smpp.load;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

import org.jsmpp.SMPPConstant;

/** Names of SMPP command_status values, read from jSMPP's {@link SMPPConstant} rather than typed again here. */
public final class CommandStatusNames {

    private static final Map<Integer, String> NAMES = readNames();

    private CommandStatusNames() {
    }

    /** For example {@code ESME_RTHROTTLED (0x00000058)}; unknown values as {@code 0x...} alone. */
    public static String describe(int commandStatus) {
        String hex = String.format("0x%08X", commandStatus);
        String name = NAMES.get(commandStatus);
        return name == null ? hex : name + " (" + hex + ")";
    }

    private static Map<Integer, String> readNames() {
        Map<Integer, String> names = new HashMap<>();
        for (Field field : SMPPConstant.class.getFields()) {
            if (field.getName().startsWith("STAT_") && field.getType() == int.class && Modifier.isStatic(field.getModifiers())) {
                try {
                    names.putIfAbsent(field.getInt(null), field.getName().substring("STAT_".length()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Map.copyOf(names);
    }
}
