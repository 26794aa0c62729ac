package dev.codexstudio.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;

/**
 * Light and dark themes (AtlantaFX Primer) plus the studio's own stylesheet. "System" follows the desktop's
 * preference where it can be read: {@code GTK_THEME} or GNOME's color-scheme on Linux, AppleInterfaceStyle on
 * macOS, AppsUseLightTheme on Windows; otherwise light.
 */
public final class ThemeManager {

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);
    private String choice = "system";
    private Boolean systemDark;

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public String choice() {
        return choice;
    }

    /** Applies {@code system}, {@code light} or {@code dark} to the application and to {@code scene}. */
    public void apply(String theme, Scene scene) {
        choice = theme == null ? "system" : theme;
        boolean useDark = switch (choice) {
            case "dark" -> true;
            case "light" -> false;
            default -> systemDark();
        };
        String ua = useDark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
        // setting the same stylesheet again would restyle every scene for nothing
        if (!ua.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(ua);
        }
        dark.set(useDark);
        if (scene != null) {
            scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
            scene.getRoot().getStyleClass().add(useDark ? "theme-dark" : "theme-light");
            String css = ThemeManager.class.getResource("/dev/codexstudio/ui/studio.css").toExternalForm();
            if (!scene.getStylesheets().contains(css)) {
                scene.getStylesheets().add(css);
            }
        }
    }

    /**
     * The desktop's preference, read once per run: reading it starts a process ({@code gsettings}, {@code defaults}
     * or {@code reg}), and the window applies its theme twice while it starts.
     */
    private boolean systemDark() {
        if (systemDark == null) {
            systemDark = systemPrefersDark(System.getenv());
        }
        return systemDark;
    }

    /** Toggles between light and dark. */
    public void toggle(Scene scene) {
        apply(dark.get() ? "light" : "dark", scene);
    }

    static boolean systemPrefersDark(Map<String, String> env) {
        String gtk = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (gtk.contains("dark")) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("mac")) {
                return run("defaults", "read", "-g", "AppleInterfaceStyle").toLowerCase(Locale.ROOT).contains("dark");
            }
            if (os.contains("win")) {
                return run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                        "/v", "AppsUseLightTheme").contains("0x0");
            }
            return run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme").contains("dark");
        } catch (IOException | InterruptedException | RuntimeException e) {
            return false;
        }
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (!p.waitFor(2, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "";
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
