package de.arbeitsgruppe.portal.shared.text;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages in the portal's log. Left alone, the renderer writes every step of every PDF to
 * a console handler of its own, past the portal's log format and levels ({@code logging.level.com.openhtmltopdf}).
 */
final class RendererLog implements XRLogger {

    private RendererLog() {
    }

    /** Once for the whole JVM: the renderer keeps its logger in a static field. */
    static void install() {
        if (!(XRLog.getLoggerImpl() instanceof RendererLog)) {
            XRLog.setLoggerImpl(new RendererLog());
        }
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable cause) {
        LoggerFactory.getLogger(where).atLevel(slf4j(level)).setCause(cause).log(message);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the logging configuration's, not the renderer's
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere())
                .isEnabledForLevel(slf4j(diagnostic.getLevel()));
    }

    private static org.slf4j.event.Level slf4j(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return org.slf4j.event.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return org.slf4j.event.Level.WARN;
        }
        if (value >= Level.INFO.intValue()) {
            return org.slf4j.event.Level.INFO;
        }
        return value >= Level.FINE.intValue() ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
    }
}
