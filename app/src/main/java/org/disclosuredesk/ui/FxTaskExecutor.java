// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.disclosuredesk.shared.BackgroundTask;
import org.disclosuredesk.shared.FailureLog;
import org.disclosuredesk.shared.TaskExecutor;

/**
 * Runs background tasks as JavaFX {@link Task}s so their callbacks land on the FX thread. Reads use
 * a small pool; writes use one thread, in order, because SQLite has one writer. An unexpected failure
 * is logged here, once, with the code its message shows; the task's own callback only shows it.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private final ExecutorService reads = Executors.newFixedThreadPool(2, daemon("desk-read"));
    private final ExecutorService writes = Executors.newSingleThreadExecutor(daemon("desk-write"));
    private final AtomicInteger inFlight = new AtomicInteger();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        inFlight.incrementAndGet();
        reads.execute(toFxTask(task));
    }

    @Override
    public <T> void executeWrite(BackgroundTask<T> task) {
        inFlight.incrementAndGet();
        writes.execute(toFxTask(task));
    }

    /** True when every submitted task has run its callbacks: screenshots wait for this. */
    public boolean isIdle() {
        return inFlight.get() == 0;
    }

    private <T> Task<T> toFxTask(BackgroundTask<T> task) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call(new BackgroundTask.Progress() {
                    @Override
                    public void update(long done, long total, String message) {
                        Platform.runLater(() -> task.fireProgress(new BackgroundTask.ProgressUpdate(done, total, message)));
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted();
                    }
                });
            }
        };
        fx.setOnRunning(e -> task.fireRunning());
        fx.setOnSucceeded(e -> {
            try {
                task.fireSuccess(fx.getValue());
            } finally {
                finish(task);
            }
        });
        fx.setOnFailed(e -> {
            try {
                FailureLog.unexpected(fx.getException());
                task.fireFailure(fx.getException());
            } finally {
                finish(task);
            }
        });
        fx.setOnCancelled(e -> finish(task));
        return fx;
    }

    private void finish(BackgroundTask<?> task) {
        try {
            task.fireFinished();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        reads.shutdownNow();
        writes.shutdown();
    }
}
