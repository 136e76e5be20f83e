package io.telesim.simulator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.telesim.simulator.input.BadInputException;

class OperatorStartErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aUssdPortInUseIsNamedAndWhatWasStartedIsClosedAgain() throws Exception {
        OperatorConfig config = TestOperators.inMemory().withDataDirectory(dir.resolve("data"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            BadInputException e = assertThrows(BadInputException.class, () -> Operator.start(config.withUssd(config.ussd().withPort(port))));

            assertEquals("telesim: cannot listen on 127.0.0.1:" + port + " (USSD): address already in use", e.getMessage());
        }
        // The failed start let go of the data directory (the journal's lock) and of the SMPP port.
        try (Operator operator = Operator.start(config)) {
            assertEquals(0, operator.provisioned().listed());
        }
    }

    @Test
    void aWebPortInUseIsNamedAndTheWebStoreIsLetGo() throws Exception {
        OperatorConfig config = TestOperators.inMemory().withDataDirectory(dir.resolve("data"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            BadInputException e = assertThrows(BadInputException.class, () -> Operator.start(config.withWeb(config.web().withPort(port))));

            assertEquals("telesim: cannot listen on 127.0.0.1:" + port + " (web): address already in use", e.getMessage());
        }
        // RocksDB's lock on DATA/web was released with everything else.
        try (Operator operator = Operator.start(config)) {
            assertEquals(true, operator.webPort() > 0);
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("data"), "");

        BadInputException e = assertThrows(BadInputException.class, () -> Operator.start(TestOperators.inMemory().withDataDirectory(file)));

        assertEquals("telesim: cannot use the data directory " + file + ": it is a file, not a directory", e.getMessage());
    }

    @Test
    void aLiveStateDirectoryTooSmallForTheAccountsIsRefusedInOneLine() throws Exception {
        Path memory = Files.createDirectories(dir.resolve("memory"));
        long tooMany = Files.getFileStore(memory).getUsableSpace() / 512 + 2_000_000;
        OperatorConfig config = TestOperators.inMemory().withDataDirectory(dir.resolve("data"));
        OperatorConfig tooSmall = config.withEngine(config.engine().withMaxAccounts(tooMany).withLiveState(memory));

        BadInputException e = assertThrows(BadInputException.class, () -> Operator.start(tooSmall));

        assertEquals(true, e.getMessage().startsWith("telesim: cannot use the data directory " + dir.resolve("data")
                + ": the live state directory " + memory), e.getMessage());
        assertEquals(true, e.getMessage().endsWith("or fewer accounts (engine.max_accounts)"), e.getMessage());
    }

    @Test
    void aDataDirectoryInUseByAnotherOperatorIsRefusedNamingIt() throws Exception {
        OperatorConfig config = TestOperators.inMemory().withDataDirectory(dir.resolve("data"));
        try (Operator running = Operator.start(config)) {
            BadInputException e = assertThrows(BadInputException.class, () -> Operator.start(config));

            assertEquals(true, e.getMessage().startsWith("telesim: cannot use the data directory " + dir.resolve("data") + ": "), e.getMessage());
            assertEquals(true, e.getMessage().contains("already open"), e.getMessage());
        }
    }
}
