package io.telesim.simulator.yaml;

import io.telesim.simulator.input.BadInputException;

/**
 * Something wrong in a YAML file, located by file, line and path:
 * {@code my-catalog.yaml:23: tariffs[1].prices.voice.onNet: '1.5x' is not an amount in roubles like 123.45}.
 */
public final class YamlException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String path;
    private final String problem;

    /**
     * @param line 1-based, or 0 when the position is unknown
     * @param path where in the document, like {@code tariffs[1].fee}; empty for the document itself
     */
    public YamlException(String file, int line, String path, String problem) {
        super(format(file, line, path, problem));
        this.file = file;
        this.line = line;
        this.path = path;
        this.problem = problem;
    }

    private static String format(String file, int line, String path, String problem) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(problem).toString();
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when unknown. */
    public int line() {
        return line;
    }

    public String path() {
        return path;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
