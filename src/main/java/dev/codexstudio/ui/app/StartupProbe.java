package dev.codexstudio.ui.app;

import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only ({@code -Dstudio.bench.startup=true}): prints {@link #MARKER} on stdout at
 * the first frame that shows the stack tree populated.
 */
public final class StartupProbe {

    /** The system property that turns the probe on. */
    public static final String PROPERTY = "studio.bench.startup";
    /** The system property that ends the application once the marker is printed (training runs for CDS). */
    public static final String EXIT_PROPERTY = "studio.bench.exitAtFirstFrame";
    /** The line printed at the first frame. */
    public static final String MARKER = "studio-bench: first-frame";

    private StartupProbe() {
    }

    /** True when the probe was asked for. */
    public static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Prints the marker at the first frame rendered once {@code ready} is non-null. */
    public static void install(Scene scene, ObservableObjectValue<?> ready) {
        Runnable arm = () -> printAtNextFrame(scene);
        if (ready.get() != null) {
            arm.run();
            return;
        }
        ready.addListener(new javafx.beans.value.ChangeListener<Object>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object before, Object now) {
                if (now != null) {
                    ready.removeListener(this);
                    arm.run();
                }
            }
        });
    }

    /** Prints the marker after the layout of the next pulse, the one that renders the frame. */
    public static void printAtNextFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println(MARKER);
            System.out.flush();
            if (Boolean.getBoolean(EXIT_PROPERTY)) {
                javafx.application.Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        // make sure a pulse comes even if nothing else changed
        javafx.application.Platform.requestNextPulse();
    }
}
