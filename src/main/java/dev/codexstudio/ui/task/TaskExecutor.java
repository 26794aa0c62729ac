package dev.codexstudio.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the UI thread and delivers the result back on it. The studio uses {@link FxTaskExecutor};
 * view-model tests use {@link #direct()}, which runs everything at once on the calling thread.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread.
     *
     * @param name a short description for the status bar and logs
     */
    <T> void submit(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (at once for the direct executor). */
    void onUiThread(Runnable action);

    /**
     * Runs {@code action} on the UI thread after the events already waiting there (input, the next frame), even
     * when called on it: to coalesce work that several changes in one event ask for, or to spread work over more
     * than one event. At once for the direct executor.
     */
    default void onUiThreadLater(Runnable action) {
        onUiThread(action);
    }

    /** An executor that runs work synchronously on the calling thread (for tests). */
    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> void submit(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onUiThread(Runnable action) {
                action.run();
            }
        };
    }
}
