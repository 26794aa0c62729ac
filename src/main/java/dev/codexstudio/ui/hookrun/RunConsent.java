package dev.codexstudio.ui.hookrun;

import dev.codexstudio.ui.studio.StudioViewModel;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * The commands the user agreed to run in this session of the studio. The studio asks before the first run of each
 * command (naming it); a command that changes is a new command and is asked about again.
 */
public final class RunConsent {

    private static final Map<StudioViewModel, RunConsent> SESSIONS = new WeakHashMap<>();
    private final Set<String> confirmed = new LinkedHashSet<>();

    /** The consent of one studio session (one per window). */
    public static synchronized RunConsent of(StudioViewModel studio) {
        return SESSIONS.computeIfAbsent(studio, s -> new RunConsent());
    }

    /** The commands of {@code commands} that were not confirmed yet, in order, without duplicates. */
    public synchronized List<String> unconfirmed(Collection<String> commands) {
        return commands.stream().distinct().filter(c -> !confirmed.contains(c)).toList();
    }

    public synchronized void confirm(Collection<String> commands) {
        confirmed.addAll(commands);
    }

    public synchronized boolean isConfirmed(String command) {
        return confirmed.contains(command);
    }
}
