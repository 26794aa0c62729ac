package dev.codexstudio.ui.studio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the studio remembers between runs: recent projects, the Codex home, the theme, the walkthrough offer. */
public interface StudioSettings {

    int MAX_RECENT = 10;

    List<Path> recentProjects();

    void addRecentProject(Path project);

    Optional<Path> codexHome();

    void setCodexHome(Path codexHome);

    /** {@code system}, {@code light} or {@code dark}. */
    String theme();

    void setTheme(String theme);

    /** Whether the walkthrough was already offered (it is offered once, when a sample is first opened). */
    boolean walkthroughOffered();

    void setWalkthroughOffered(boolean offered);

    /** Settings kept only in memory (tests, first start without preferences). */
    static StudioSettings inMemory() {
        return new StudioSettings() {
            private final List<Path> recent = new ArrayList<>();
            private Path home;
            private String theme = "system";
            private boolean offered;

            @Override
            public boolean walkthroughOffered() {
                return offered;
            }

            @Override
            public void setWalkthroughOffered(boolean o) {
                offered = o;
            }

            @Override
            public List<Path> recentProjects() {
                return List.copyOf(recent);
            }

            @Override
            public void addRecentProject(Path project) {
                recent.remove(project);
                recent.add(0, project);
                while (recent.size() > MAX_RECENT) {
                    recent.remove(recent.size() - 1);
                }
            }

            @Override
            public Optional<Path> codexHome() {
                return Optional.ofNullable(home);
            }

            @Override
            public void setCodexHome(Path codexHome) {
                home = codexHome;
            }

            @Override
            public String theme() {
                return theme;
            }

            @Override
            public void setTheme(String t) {
                theme = t;
            }
        };
    }

    /** Settings stored with {@link Preferences} for the current user. */
    static StudioSettings preferences() {
        Preferences p = Preferences.userRoot().node("dev/codexstudio/studio");
        return new StudioSettings() {
            /** The thread that writes the preferences to disk, one flush after the other. */
            private final java.util.concurrent.ExecutorService flusher =
                    java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "studio-settings");
                        t.setDaemon(true);
                        return t;
                    });

            @Override
            public List<Path> recentProjects() {
                List<Path> out = new ArrayList<>();
                for (int i = 0; i < MAX_RECENT; i++) {
                    String v = p.get("recent." + i, null);
                    if (v != null) {
                        out.add(Path.of(v));
                    }
                }
                return out;
            }

            @Override
            public void addRecentProject(Path project) {
                List<Path> list = new ArrayList<>(recentProjects());
                list.remove(project);
                list.add(0, project);
                for (int i = 0; i < MAX_RECENT; i++) {
                    if (i < list.size()) {
                        p.put("recent." + i, list.get(i).toString());
                    } else {
                        p.remove("recent." + i);
                    }
                }
                flush();
            }

            @Override
            public Optional<Path> codexHome() {
                return Optional.ofNullable(p.get("codexHome", null)).map(Path::of);
            }

            @Override
            public void setCodexHome(Path codexHome) {
                if (codexHome == null) {
                    p.remove("codexHome");
                } else {
                    p.put("codexHome", codexHome.toString());
                }
                flush();
            }

            @Override
            public String theme() {
                return p.get("theme", "system");
            }

            @Override
            public void setTheme(String theme) {
                p.put("theme", theme);
                flush();
            }

            @Override
            public boolean walkthroughOffered() {
                return p.getBoolean("walkthroughOffered", false);
            }

            @Override
            public void setWalkthroughOffered(boolean offered) {
                p.putBoolean("walkthroughOffered", offered);
                flush();
            }

            /**
             * Writes the settings to disk on a background thread: a flush reads and rewrites the preferences file
             * under a file lock, which took about 0.1 s of the window's start-up on the UI thread. The JDK's
             * preferences also write pending changes when the JVM exits.
             */
            private void flush() {
                flusher.execute(() -> {
                    try {
                        p.flush();
                    } catch (BackingStoreException | RuntimeException e) {
                        // settings are a convenience; the studio works without them
                    }
                });
            }
        };
    }
}
