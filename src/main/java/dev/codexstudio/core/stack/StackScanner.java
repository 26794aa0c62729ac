package dev.codexstudio.core.stack;

import dev.codexstudio.core.agents.AgentsInstructions;
import dev.codexstudio.core.agents.GuidanceFile;
import dev.codexstudio.core.agents.GuidanceKind;
import dev.codexstudio.core.agents.GuidanceScope;
import dev.codexstudio.core.config.ConfigLayer;
import dev.codexstudio.core.config.ConfigStack;
import dev.codexstudio.core.config.ConfigStackLoader;
import dev.codexstudio.core.config.LayerKind;
import dev.codexstudio.core.config.TomlFiles;
import dev.codexstudio.core.hooks.HookDiscovery;
import dev.codexstudio.core.model.CodexEnvironment;
import dev.codexstudio.core.skills.SkillDiscovery;
import dev.codexstudio.core.io.FileReads;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a repository's whole Codex stack: one walk of the tree, then Codex's view from each directory that matters. */
public final class StackScanner {

    private StackScanner() {
    }

    public static Stack scan(Path root, CodexEnvironment env) {
        return scan(root, env, List.of());
    }

    /** As {@link #scan(Path, CodexEnvironment)}, also taking Codex's view from the given extra directories. */
    public static Stack scan(Path root, CodexEnvironment env, List<Path> extraCwds) {
        return TomlFiles.readOnce(() -> scanOnce(root, env, extraCwds));
    }

    private static Stack scanOnce(Path root, CodexEnvironment env, List<Path> extraCwds) {
        Path dir = root.toAbsolutePath().normalize();
        ConfigStack rootConfig = ConfigStackLoader.load(env, dir);
        List<String> names = AgentsInstructions.candidateNames(rootConfig.effective());
        RepoWalker.Findings found = RepoWalker.walk(dir, names);

        List<Path> cwds = new ArrayList<>(found.directoriesOfInterest());
        for (Path extra : extraCwds) {
            Path e = extra.toAbsolutePath().normalize();
            if (!cwds.contains(e)) {
                cwds.add(e);
            }
        }
        cwds.remove(dir);
        cwds.sort(Comparator.comparing(Path::toString));
        cwds.add(0, dir);

        // Each directory's view only reads the files and the scan's shared values: take them on every core.
        List<CwdView> views = TomlFiles.parallelMap(cwds, cwd -> {
            ConfigStack cs = cwd.equals(dir) ? rootConfig : ConfigStackLoader.load(env, cwd);
            return new CwdView(cwd, cs, AgentsInstructions.compute(cs), SkillDiscovery.discover(cs),
                    HookDiscovery.discover(cs));
        });
        Map<Path, ConfigLayer> files = new LinkedHashMap<>();
        for (CwdView view : views) {
            for (ConfigLayer layer : view.config().layers()) {
                if (layer.exists() || layer.kind() == LayerKind.PROJECT) {
                    files.putIfAbsent(layer.file(), layer);
                }
            }
        }
        for (ConfigLayer profile : profileFiles(env)) {
            files.putIfAbsent(profile.file(), profile);
        }

        List<GuidanceFile> guidance = new ArrayList<>();
        for (String name : List.of(GuidanceFile.OVERRIDE_NAME, GuidanceFile.DEFAULT_NAME)) {
            Path p = env.codexHome().resolve(name);
            if (Files.isRegularFile(p)) {
                guidance.add(new GuidanceFile(p, GuidanceScope.GLOBAL,
                        name.equals(GuidanceFile.OVERRIDE_NAME) ? GuidanceKind.OVERRIDE : GuidanceKind.AGENTS));
            }
        }
        for (Path p : found.guidanceFiles()) {
            String name = p.getFileName().toString();
            GuidanceKind kind = name.equals(GuidanceFile.OVERRIDE_NAME) ? GuidanceKind.OVERRIDE
                    : name.equals(GuidanceFile.DEFAULT_NAME) ? GuidanceKind.AGENTS : GuidanceKind.FALLBACK;
            guidance.add(new GuidanceFile(p, GuidanceScope.PROJECT, kind));
        }
        return new Stack(dir, env, views, List.copyOf(files.values()), guidance, found.truncated());
    }

    /** Every {@code <name>.config.toml} in the Codex home, as (enabled) profile layers. */
    static List<ConfigLayer> profileFiles(CodexEnvironment env) {
        List<ConfigLayer> out = new ArrayList<>();
        if (!Files.isDirectory(env.codexHome())) {
            return out;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(env.codexHome(), "*.config.toml")) {
            List<Path> paths = new ArrayList<>();
            ds.forEach(paths::add);
            // a migration plans its next round with the profile files it would create
            FileReads.plannedIn(env.codexHome(), ".config.toml").stream().filter(p -> !paths.contains(p)).forEach(paths::add);
            paths.sort(Comparator.comparing(Path::toString));
            for (Path p : paths) {
                if (!Files.isRegularFile(p) && !FileReads.isPlanned(p)) {
                    continue;
                }
                TomlFiles.Read r = TomlFiles.read(p);
                out.add(new ConfigLayer(LayerKind.PROFILE, p, env.codexHome(), r.document(), r.error(), true, null,
                        List.of()));
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable Codex home has no profile files to show
        }
        return out;
    }

    /** The profile name of a {@code <name>.config.toml} file. */
    public static String profileName(Path profileFile) {
        String n = profileFile.getFileName().toString();
        return n.substring(0, n.length() - ".config.toml".length());
    }
}
