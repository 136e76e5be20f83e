package io.telesim.simulator.yaml;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import io.telesim.simulator.input.BadInputException;
import io.telesim.simulator.input.InputFiles;

/**
 * Reads a YAML document into a {@link YamlNode} tree that keeps every value's line. Syntax errors
 * become {@link YamlException}s with the file and line, like every other error about the document.
 */
public final class YamlFile {

    private YamlFile() {
    }

    /** Reads a file; errors name it as given. */
    public static YamlNode read(Path file) {
        try (BufferedReader reader = InputFiles.open(file)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw InputFiles.readFailure(file.toString(), e);
        }
    }

    /** Reads a resource of the class path, such as {@code catalog/default-catalog.yaml}; errors name it as given. */
    public static YamlNode readResource(String resource) {
        InputStream in = YamlFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the resource " + resource + " is missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document from {@code reader}; {@code fileName} is what errors call it. */
    public static YamlNode read(Reader reader, String fileName) {
        Node root;
        try {
            // compose (not load): the node tree keeps every value's position and its text as written.
            root = new Yaml().compose(reader);
        } catch (MarkedYAMLException e) {
            throw syntaxError(fileName, e);
        } catch (YAMLException e) {
            if (e.getCause() instanceof IOException io) {
                throw InputFiles.readFailure(fileName, io);
            }
            throw new BadInputException(fileName + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new YamlException(fileName, 1, "", "the file is empty");
        }
        return new YamlNode(fileName, "", root);
    }

    private static YamlException syntaxError(String fileName, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        StringBuilder problem = new StringBuilder("not valid YAML: ");
        if (e.getContext() != null) {
            problem.append(e.getContext()).append(": ");
        }
        problem.append(e.getProblem() == null ? "cannot be read" : e.getProblem());
        String all = problem.toString();
        if (all.contains("alias")) {
            // In YAML a leading * refers to an anchor; USSD codes are the usual victims.
            problem.append(" (a value that starts with * must be quoted, like \"*111*828*1#\")");
        }
        return new YamlException(fileName, line, "", problem.toString());
    }
}
