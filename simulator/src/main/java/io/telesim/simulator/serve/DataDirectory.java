package io.telesim.simulator.serve;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.telesim.simulator.input.BadInputException;

/**
 * The operator's data directory, made sure of before the engine opens it: created when missing, and refused
 * in one line naming it when it is not a directory this user may read and write.
 */
final class DataDirectory {

    private DataDirectory() {
    }

    static void prepare(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            throw unusable(directory, "it is a file, not a directory");
        } catch (AccessDeniedException e) {
            throw unusable(directory, "permission denied");
        } catch (FileSystemException e) {
            String file = e.getFile() == null || e.getFile().equals(directory.toString()) ? "" : e.getFile() + ": ";
            throw unusable(directory, file + (e.getReason() == null ? "cannot be created" : lowerFirst(e.getReason())));
        } catch (IOException e) {
            throw unusable(directory, lowerFirst(String.valueOf(e.getMessage())));
        }
        if (!Files.isReadable(directory) || !Files.isWritable(directory) || !Files.isExecutable(directory)) {
            throw unusable(directory, "permission denied (telesim must be able to read and write it)");
        }
    }

    /** The one-line error for a data directory that cannot be used. */
    static BadInputException unusable(Path directory, String why) {
        return new BadInputException("telesim: cannot use the data directory " + directory + ": " + why);
    }

    static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
