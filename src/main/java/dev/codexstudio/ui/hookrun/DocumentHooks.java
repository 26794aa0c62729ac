package dev.codexstudio.ui.hookrun;

import dev.codexstudio.core.config.TomlDocument;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.hooks.HookCatalog;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.hooks.HookEntry;
import dev.codexstudio.core.hooks.HookReadResult;
import dev.codexstudio.core.hooks.HookSource;
import dev.codexstudio.core.hooks.HookStates;
import dev.codexstudio.core.hooks.HooksJsonReader;
import dev.codexstudio.core.hooks.InlineHooksReader;
import dev.codexstudio.core.io.SourceText;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.stack.CwdView;
import dev.codexstudio.core.stack.Stack;
import dev.codexstudio.core.validate.LiveValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The hooks of one open document as Codex would list them (keys, hashes, trust from the user config on disk), parsed
 * with core's readers from the document's current text. Works for files Codex does not load yet (a project that is
 * not trusted): they show what Codex would list once it loads them.
 */
final class DocumentHooks {

    private DocumentHooks() {
    }

    /** The source label and managed flag Codex gives this file. */
    record Origin(String label, boolean managed) {
    }

    static Origin origin(Stack stack, Path file) {
        if (stack != null) {
            for (CwdView v : stack.views()) {
                HookCatalog c = v.hooks();
                for (HookReadResult r : c.reads()) {
                    if (r.path().equals(file) && r.source() != null) {
                        return new Origin(r.source().source(), r.source().managed());
                    }
                }
            }
        }
        CodexEnvironment env = stack == null ? null : stack.environment();
        if (env != null && file.startsWith(env.systemDir())) {
            return new Origin("system", true);
        }
        if (env != null && file.startsWith(env.codexHome())) {
            return new Origin("user", false);
        }
        return new Origin("project", false);
    }

    static HookStates states(CodexEnvironment env) {
        if (env == null) {
            return HookStates.empty();
        }
        TomlFiles.Read read = TomlFiles.read(env.userConfigFile());
        return read.document() == null ? HookStates.empty() : HookStates.read(read.document());
    }

    /** The parsed source, or empty when the text does not parse or has no hooks. */
    static Optional<HookSource> source(Stack stack, Path file, LiveValidator.FileKind kind, String text) {
        Origin o = origin(stack, file);
        HookReadResult r;
        if (kind == LiveValidator.FileKind.HOOKS_JSON) {
            r = HooksJsonReader.parse(SourceText.ofString(file, text), o.label(), o.managed());
        } else if (kind == LiveValidator.FileKind.CONFIG) {
            TomlDocument doc = TomlDocument.parse(SourceText.ofString(file, text));
            if (doc.hasSyntaxErrors()) {
                return Optional.empty();
            }
            r = InlineHooksReader.readConfig(doc, o.label(), o.managed());
        } else {
            return Optional.empty();
        }
        return r.optionalSource().filter(s -> !s.isEmpty());
    }

    static List<HookEntry> entries(Stack stack, Path file, LiveValidator.FileKind kind, String text) {
        HookStates states = states(stack == null ? null : stack.environment());
        return source(stack, file, kind, text).map(s -> HookDiscovery.entriesOf(s, states)).orElse(List.of());
    }
}
