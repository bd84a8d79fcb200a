// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk.shared;

/** Runs each task at once on the calling thread: the command line and view-model tests use it. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        task.fireRunning();
        try {
            T value = task.call(new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total, String message) {
                    task.fireProgress(new BackgroundTask.ProgressUpdate(done, total, message));
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            task.fireSuccess(value);
        } catch (Exception e) {
            task.fireFailure(e);
        } finally {
            task.fireFinished();
        }
    }

    @Override
    public <T> void executeWrite(BackgroundTask<T> task) {
        execute(task);
    }
}
