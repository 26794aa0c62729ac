package dev.codexstudio.bench;

import java.util.Arrays;

/**
 * Entry point of the window benchmarks' child processes: {@code bare} (the start-up baseline) or
 * {@code stall BASE} (the FX stall probe). A plain class, because the JavaFX launcher refuses a class path
 * main class that extends {@code Application}.
 */
public final class WindowMain {

    private WindowMain() {
    }

    public static void main(String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "bare" -> javafx.application.Application.launch(BareFxApp.class, rest);
            case "stall" -> javafx.application.Application.launch(StallProbeApp.class, rest);
            default -> throw new IllegalArgumentException("usage: WindowMain bare | stall BASE");
        }
    }
}
