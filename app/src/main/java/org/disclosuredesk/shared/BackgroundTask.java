// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A unit of background work with its callbacks, in plain Java so services and view models stay free
 * of JavaFX. Progress is reported through {@link Progress}; cancellation is checked by the work.
 */
public final class BackgroundTask<T> {

    /** What long work reports while it runs. */
    public interface Progress {
        void update(long done, long total, String message);

        boolean isCancelled();

        Progress NONE = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** Work that reports progress. */
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final Work<T> work;
    private Runnable onRunning = () -> { };
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };
    private Consumer<ProgressUpdate> onProgress = update -> { };

    /** One progress report, delivered on the caller's thread. */
    public record ProgressUpdate(long done, long total, String message) {
        public double fraction() {
            return total <= 0 ? -1 : (double) done / total;
        }
    }

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> callable) {
        return new BackgroundTask<>(progress -> callable.call());
    }

    public static BackgroundTask<Void> wrap(Runnable runnable) {
        return new BackgroundTask<>(progress -> {
            runnable.run();
            return null;
        });
    }

    public static <T> BackgroundTask<T> withProgress(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onRunning(Runnable r) {
        this.onRunning = r;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<T> c) {
        this.onSuccess = c;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> c) {
        this.onFailure = c;
        return this;
    }

    public BackgroundTask<T> onFinished(Runnable r) {
        this.onFinished = r;
        return this;
    }

    public BackgroundTask<T> onProgress(Consumer<ProgressUpdate> c) {
        this.onProgress = c;
        return this;
    }

    public T call(Progress progress) throws Exception {
        return work.run(progress);
    }

    public void fireRunning() {
        onRunning.run();
    }

    public void fireSuccess(T value) {
        onSuccess.accept(value);
    }

    public void fireFailure(Throwable error) {
        onFailure.accept(error);
    }

    public void fireFinished() {
        onFinished.run();
    }

    public void fireProgress(ProgressUpdate update) {
        onProgress.accept(update);
    }
}
