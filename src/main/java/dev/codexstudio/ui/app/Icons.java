package dev.codexstudio.ui.app;

import dev.codexstudio.core.model.Severity;
import dev.codexstudio.core.stack.TreeNode;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The studio's icons (Feather, through Ikonli). */
public final class Icons {

    private Icons() {
    }

    /** The sizes of the application icon shipped in the jar (made from icons/app/stack-studio.svg). */
    public static final java.util.List<Integer> APP_ICON_SIZES = java.util.List.of(16, 24, 32, 48, 64, 128, 256, 512);

    /** The resource name of the application icon at one of {@link #APP_ICON_SIZES}. */
    public static String appIconResource(int size) {
        return "/dev/codexstudio/ui/app/icons/stack-studio-" + size + ".png";
    }

    /** The application icon at every size, for {@code Stage.getIcons()} (the window manager picks one). */
    public static java.util.List<javafx.scene.image.Image> appIcons() {
        java.util.List<javafx.scene.image.Image> images = new java.util.ArrayList<>();
        for (int size : APP_ICON_SIZES) {
            java.net.URL url = Icons.class.getResource(appIconResource(size));
            if (url != null) {
                images.add(new javafx.scene.image.Image(url.toExternalForm()));
            }
        }
        return images;
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add("studio-icon");
        return i;
    }

    /** Icon for a node of the stack tree, by kind and, for layers, by name. */
    public static Ikon forNode(TreeNode node) {
        return switch (node.kind()) {
            case STACK -> Feather.LAYERS;
            case LAYER -> switch (node.label()) {
                case "Guidance" -> Feather.BOOK_OPEN;
                case "Skills" -> Feather.TOOL;
                case "Hooks" -> Feather.ZAP;
                case "Configuration" -> Feather.SLIDERS;
                default -> Feather.SHIELD;
            };
            case SCOPE -> Feather.LAYERS;
            case FOLDER -> Feather.FOLDER;
            case GUIDANCE -> Feather.FILE_TEXT;
            case SKILL -> Feather.PACKAGE;
            case SKILL_ERROR -> Feather.ALERT_OCTAGON;
            case HOOK_SOURCE -> Feather.FILE;
            case HOOK_EVENT -> Feather.ACTIVITY;
            case HOOK -> Feather.TERMINAL;
            case CONFIG_FILE -> Feather.SETTINGS;
            case PROFILE -> Feather.USER;
            case REQUIREMENTS -> Feather.LOCK;
        };
    }

    public static Ikon forSeverity(Severity s) {
        return switch (s) {
            case ERROR -> Feather.X_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case INFO -> Feather.INFO;
        };
    }

    /** Style class for a severity ({@code severity-error}, …), coloured by the theme. */
    public static String styleFor(Severity s) {
        return "severity-" + s.label();
    }
}
