package dev.codexstudio.core.skills;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * Enables or disables one skill in the user config ({@code $CODEX_HOME/config.toml}, the layer Codex reads
 * {@code [[skills.config]]} from), without deleting anything: an existing {@code [[skills.config]]} entry whose
 * {@code path} is this skill's {@code SKILL.md} gets its {@code enabled} value changed on its own line; otherwise
 * a new entry is appended at the end of the file ({@code path} = the absolute {@code SKILL.md}, as Codex matches
 * it). Every other byte of the file stays as it was.
 */
public final class SkillToggle {

    private static final Pattern ENABLED_LINE = Pattern.compile("^(\\s*enabled\\s*=\\s*)(true|false)\\b");

    private SkillToggle() {
    }

    /**
     * The user config's text with {@code skillFile} set to {@code enabled}.
     *
     * @param userConfig the user config as it is now (an empty text when the file does not exist)
     * @param skillFile  the skill's {@code SKILL.md}, absolute and canonical (as Codex reports it)
     * @param home       the user's home (for {@code ~/} in existing entries)
     * @throws IllegalStateException when the file has TOML errors, or a form (an inline {@code skills.config}
     *                               array) that cannot take a new entry without rewriting it
     */
    public static String withEnabled(SourceText userConfig, Path skillFile, boolean enabled, Path home) {
        TomlDocument doc = TomlDocument.parse(userConfig);
        if (doc.hasSyntaxErrors()) {
            throw new IllegalStateException("The user config has TOML errors; fix them first ("
                    + doc.syntaxErrors().get(0).message() + ").");
        }
        String text = userConfig.text();
        Object array = doc.table().get(List.of("skills", "config"));
        Path base = userConfig.path().toAbsolutePath().getParent();
        if (array instanceof TomlArray a) {
            for (int i = a.size() - 1; i >= 0; i--) {
                if (!(a.get(i) instanceof TomlTable entry) || !(entry.get(List.of("path")) instanceof String raw)
                        || entry.get(List.of("name")) != null) {
                    continue;
                }
                Path resolved = SkillConfigRules.resolvePath(raw, base, home);
                if (!resolved.equals(skillFile)) {
                    continue;
                }
                if (entry.get(List.of("enabled")) instanceof Boolean b && b == enabled) {
                    return text;
                }
                SourcePosition at = doc.locate(List.of("skills", "config", Integer.toString(i), "enabled"));
                String edited = replaceEnabled(text, at.line(), enabled);
                if (edited != null) {
                    return checked(userConfig, edited);
                }
                break;
            }
        }
        String sep = userConfig.lineSeparator();
        StringBuilder sb = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            sb.append(sep);
        }
        if (!text.isBlank()) {
            sb.append(sep);
        }
        sb.append("[[skills.config]]").append(sep)
                .append("path = ").append(TomlDocument.renderValue(skillFile.toString())).append(sep)
                .append("enabled = ").append(enabled).append(sep);
        return checked(userConfig, sb.toString());
    }

    /** Replaces the boolean of an {@code enabled = …} on a 1-based line, or null when that line is not one. */
    private static String replaceEnabled(String text, int line, boolean enabled) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                return null;
            }
            start = nl + 1;
        }
        int end = text.indexOf('\n', start);
        String lineText = text.substring(start, end < 0 ? text.length() : end);
        Matcher m = ENABLED_LINE.matcher(lineText);
        if (!m.find()) {
            return null;
        }
        return text.substring(0, start + m.start(2)) + enabled + text.substring(start + m.end(2));
    }

    private static String checked(SourceText original, String edited) {
        TomlDocument after = TomlDocument.parse(original.withText(edited));
        if (after.hasSyntaxErrors()) {
            throw new IllegalStateException("The user config writes skills.config in a form the studio cannot add "
                    + "an entry to (" + after.syntaxErrors().get(0).message() + "); edit it in the source editor.");
        }
        return edited;
    }
}
