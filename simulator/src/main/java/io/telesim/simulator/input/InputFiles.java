package io.telesim.simulator.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.io.InputStreamReader;

/** Opens the text files users name on the command line, turning I/O failures into {@link BadInputException}s. */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * A reader over a UTF-8 file that fails on bytes that are not UTF-8 rather than reading them as
     * replacement characters, so a file saved in another encoding gets a clear error.
     *
     * @throws BadInputException when the file is missing, a directory or unreadable
     */
    public static BufferedReader open(Path file) {
        if (Files.isDirectory(file)) {
            throw new BadInputException(file + ": is a directory, not a file");
        }
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException(file + ": permission denied");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The error to report for an {@link IOException} met while reading {@code file}. */
    public static BadInputException readFailure(String file, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new BadInputException(file + ": is not UTF-8 text; save it as UTF-8", e);
        }
        return new BadInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
}
