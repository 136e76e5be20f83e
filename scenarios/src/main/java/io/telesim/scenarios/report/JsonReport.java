package io.telesim.scenarios.report;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** {@code report.json}: the whole {@link RunReport} for machines, percentiles in milliseconds, plus whether it passed. */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static void write(RunReport report, Path file) throws IOException {
        JSON.writeValue(file.toFile(), new Document(report.passed(), report));
    }

    /** The file's top level: the verdict first, for scripts that only want it. */
    record Document(boolean passed, RunReport report) {
    }
}
