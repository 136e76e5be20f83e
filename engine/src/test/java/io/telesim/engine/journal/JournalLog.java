package io.telesim.engine.journal;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what the journal package logs at WARN while a test runs. */
final class JournalLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.telesim.engine.journal");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    JournalLog() {
        appender.start();
        logger.addAppender(appender);
    }

    /** @return the formatted WARN lines so far */
    List<String> warnings() {
        return appender.list.stream()
                .filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
