package dev.codexstudio.core.migrate;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.io.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tomlj.TomlTable;

/**
 * Moves a legacy {@code [profiles.<name>]} table (with its {@code [profiles.<name>.…]} sub-tables) out of a
 * config text into the text of a {@code <name>.config.toml} profile file, line by line so comments and layout
 * survive. Only the header form is mechanical: a profile also written as dotted keys or an inline table, or a
 * text whose result does not parse back to the same table, is refused (empty result).
 */
final class ProfileTables {

    private static final Pattern HEADER = Pattern.compile("^[ \\t]*(\\[\\[?)([^\\[\\]#\"']*(?:(?:\"[^\"]*\"|'[^']*')[^\\[\\]#\"']*)*)(\\]\\]?)[ \\t]*(#.*)?$");
    private static final Pattern DOTTED_PROFILES = Pattern.compile("^[ \\t]*(profiles|\"profiles\"|'profiles')[ \\t]*[.=].*");

    record Extraction(String remaining, String profileText) {
    }

    private ProfileTables() {
    }

    static Optional<Extraction> extract(String text, String name) {
        List<String> lines = splitKeepingEnds(text);
        StringBuilder remaining = new StringBuilder();
        StringBuilder body = new StringBuilder();
        StringBuilder subTables = new StringBuilder();
        // section state: 0 = other, 1 = the profile's own table, 2 = one of its sub-tables, 3 = [profiles]
        int state = 0;
        for (String line : lines) {
            String bare = stripEnd(line);
            Matcher m = HEADER.matcher(bare);
            if (m.matches()) {
                List<String> key;
                try {
                    key = TomlDocument.parseKey(m.group(2).trim());
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
                if (key.size() >= 2 && key.get(0).equals("profiles") && key.get(1).equals(name)) {
                    if (key.size() == 2) {
                        if (m.group(1).length() != 1) {
                            return Optional.empty();
                        }
                        state = 1;
                        continue; // the header itself is dropped: its keys become top-level keys
                    }
                    state = 2;
                    String rest = TomlDocument.joinKey(key.subList(2, key.size()));
                    subTables.append(line, 0, line.indexOf('[')).append(m.group(1)).append(rest).append(m.group(3))
                            .append(m.group(4) == null ? "" : " " + m.group(4)).append(line.substring(bare.length()));
                    continue;
                }
                state = key.size() == 1 && key.get(0).equals("profiles") ? 3 : 0;
            } else if (state == 0 && DOTTED_PROFILES.matcher(bare).matches()) {
                return Optional.empty();
            } else if (state == 3 && !bare.isBlank() && !bare.trim().startsWith("#")) {
                return Optional.empty();
            }
            switch (state) {
                case 1 -> body.append(line);
                case 2 -> subTables.append(line);
                default -> remaining.append(line);
            }
        }
        String profile = body.toString();
        if (!subTables.isEmpty()) {
            if (!profile.isEmpty() && !profile.endsWith("\n")) {
                profile += "\n";
            }
            profile += subTables;
        }
        // the blank lines that separated the table from the next one stay out of the new file
        profile = profile.stripLeading().replaceFirst("(\\r?\\n)[ \\t\\r\\n]*$", "$1");
        if (!profile.isEmpty() && !profile.endsWith("\n")) {
            profile += "\n";
        }
        Extraction x = new Extraction(remaining.toString(), profile);
        return verify(text, name, x) ? Optional.of(x) : Optional.empty();
    }

    /** The profile file must parse to exactly the old table, and the rest must no longer contain it. */
    private static boolean verify(String text, String name, Extraction x) {
        TomlDocument before = TomlDocument.parse(SourceText.ofString(Path.of("config.toml"), text));
        TomlDocument rest = TomlDocument.parse(SourceText.ofString(Path.of("config.toml"), x.remaining()));
        TomlDocument profile = TomlDocument.parse(SourceText.ofString(Path.of(name + ".config.toml"), x.profileText()));
        if (before.hasSyntaxErrors() || rest.hasSyntaxErrors() || profile.hasSyntaxErrors()) {
            return false;
        }
        TomlTable old = before.table().getTable(List.of("profiles", name));
        if (old == null || !old.toJson().equals(profile.table().toJson())) {
            return false;
        }
        return rest.table().getTable(List.of("profiles", name)) == null;
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }

    static List<String> splitKeepingEnds(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }
}
