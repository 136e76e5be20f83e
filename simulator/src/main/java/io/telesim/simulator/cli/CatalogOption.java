package io.telesim.simulator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.telesim.billing.catalog.Catalog;
import io.telesim.simulator.catalog.CatalogLoader;
import io.telesim.simulator.input.InputFiles;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option of the commands that need a catalog; without it, the built-in one. */
public final class CatalogOption {

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Catalog file (YAML) to use instead of the built-in one; 'telesim catalog --yaml' prints "
                    + "the built-in one, with comments, to copy and edit.")
    private Path file;

    /** The file given with {@code --catalog}; null when none was. */
    public Path file() {
        return file;
    }

    /** The catalog file as written: the user's, or the built-in one. */
    public String text() {
        if (file == null) {
            try (InputStream in = CatalogOption.class.getClassLoader().getResourceAsStream(CatalogLoader.DEFAULT_RESOURCE)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw InputFiles.readFailure(file.toString(), e);
        }
    }

    /** Loads the catalog the user chose. */
    public Catalog load() {
        return file == null ? CatalogLoader.loadDefault() : CatalogLoader.load(file);
    }
}
