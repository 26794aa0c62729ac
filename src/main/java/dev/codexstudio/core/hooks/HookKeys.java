package dev.codexstudio.core.hooks;

import java.nio.file.Path;
import java.util.Optional;

/** Codex's hook keys: {@code <source path>:<event label>:<group index>:<handler index>}. */
public final class HookKeys {

    private HookKeys() {
    }

    public static String key(Path sourcePath, HookEvent event, int groupIndex, int handlerIndex) {
        return sourcePath + ":" + event.label() + ":" + groupIndex + ":" + handlerIndex;
    }

    /** The parts of a key. */
    public record Parts(String sourcePath, HookEvent event, int groupIndex, int handlerIndex) {
    }

    /** Splits a key (the path may itself contain colons); empty when it is not a hook key. */
    public static Optional<Parts> parse(String key) {
        String[] tail = key.split(":");
        if (tail.length < 4) {
            return Optional.empty();
        }
        try {
            int h = Integer.parseInt(tail[tail.length - 1]);
            int g = Integer.parseInt(tail[tail.length - 2]);
            Optional<HookEvent> e = HookEvent.fromLabel(tail[tail.length - 3]);
            if (e.isEmpty() || g < 0 || h < 0) {
                return Optional.empty();
            }
            int cut = key.length() - tail[tail.length - 1].length() - tail[tail.length - 2].length()
                    - tail[tail.length - 3].length() - 3;
            return Optional.of(new Parts(key.substring(0, cut), e.get(), g, h));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }
}
