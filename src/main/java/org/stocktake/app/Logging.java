package org.stocktake.app;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Where log records go: never to the terminal, whose output and errors belong to what the user asked for, but to
 * {@code logs/stocktake.log} in the open workspace. Records logged before the workspace is known (JavaFX's start-up
 * warnings among them) wait in memory and follow into the file once it is.
 */
final class Logging {

    static final long LIMIT_BYTES = 1024 * 1024;
    static final int OLDER_FILES = 3;

    private static final WorkspaceLog WORKSPACE_LOG = new WorkspaceLog();
    private static boolean attached;

    private Logging() {}

    /** Called first by the launcher: quiet libraries, and keep log records off the terminal. */
    static void configure() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        markJdkMemoryAccessWarningGiven();
        if (System.getProperty("java.util.logging.config.file") != null) {
            return; // whoever set it chose their own handlers and levels; the workspace log joins them
        }
        try (InputStream in = Logging.class.getResourceAsStream("logging.properties")) {
            if (in != null) {
                LogManager.getLogManager().readConfiguration(in);
            }
        } catch (IOException e) {
            // The JDK's default configuration stays: records reach the terminal, nothing is lost.
            return;
        }
        attach();
    }

    /**
     * Sends log records from now on to {@code logs/stocktake.log} in {@code workspace}, with those that were waiting.
     * When that folder cannot be written (a read-only workspace, a full disk) records are dropped; this never throws.
     */
    static void toWorkspace(Path workspace) {
        attach();
        WORKSPACE_LOG.writeTo(RollingLogFile.in(workspace.resolve("logs"), LIMIT_BYTES, OLDER_FILES));
    }

    /**
     * Keeps log records in memory only (the newest few hundred), for an encrypted workspace: a record can quote what
     * the workspace holds, and its folder must hold nothing in plain text. They go when the process ends.
     */
    static void inMemoryOnly() {
        attach();
        WORKSPACE_LOG.writeTo(null);
    }

    private static synchronized void attach() {
        if (!attached) {
            Logger.getLogger("").addHandler(WORKSPACE_LOG);
            attached = true;
        }
    }

    /**
     * JDK 24 and later warn on standard error the first time a library calls {@code sun.misc.Unsafe}'s memory
     * methods, as JavaFX 21's renderer does. The JavaFX that no longer does needs a newer JDK than Stocktake's 17, and
     * no manifest attribute of an executable jar turns the warning off, so the launcher marks it as already given.
     * {@code --sun-misc-unsafe-memory-access=debug} or {@code =deny} still act as asked. Where the JDK has no such
     * warning (17, 21) or keeps it differently, nothing changes.
     */
    private static void markJdkMemoryAccessWarningGiven() {
        try {
            Field given = Class.forName("sun.misc.Unsafe").getDeclaredField("memoryAccessWarned");
            given.setAccessible(true);
            given.setBoolean(null, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not this JDK's way: at worst the user sees the JDK's own warning.
        }
    }

    /** The one handler on the root logger: holds early records until a workspace's file takes them. */
    private static final class WorkspaceLog extends Handler {

        private static final int WAITING_AT_MOST = 200;

        private final Deque<LogRecord> waiting = new ArrayDeque<>();
        private RollingLogFile file;

        @Override
        public synchronized void publish(LogRecord record) {
            if (file != null) {
                file.publish(record);
                return;
            }
            if (waiting.size() == WAITING_AT_MOST) {
                waiting.removeFirst();
            }
            waiting.addLast(record);
        }

        synchronized void writeTo(RollingLogFile next) {
            file = next;
            if (next != null) {
                waiting.forEach(next::publish);
                waiting.clear();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
