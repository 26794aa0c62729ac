package dev.codexstudio.ui.problems;

import dev.codexstudio.core.model.Diagnostic;
import dev.codexstudio.core.model.Severity;
import dev.codexstudio.ui.studio.StudioViewModel;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;

/** The Problems panel: every finding, filtered by severity and by text (file, rule or message). */
public final class ProblemsViewModel {

    private final StudioViewModel studio;
    private final FilteredList<Diagnostic> filtered;
    private final StringProperty filterText = new SimpleStringProperty("");
    private final BooleanProperty showErrors = new SimpleBooleanProperty(true);
    private final BooleanProperty showWarnings = new SimpleBooleanProperty(true);
    private final BooleanProperty showInfo = new SimpleBooleanProperty(true);

    public ProblemsViewModel(StudioViewModel studio) {
        this.studio = studio;
        this.filtered = new FilteredList<>(studio.problems());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(() -> this::accepts, filterText, showErrors,
                showWarnings, showInfo));
    }

    private boolean accepts(Diagnostic d) {
        boolean severityShown = switch (d.severity()) {
            case ERROR -> showErrors.get();
            case WARNING -> showWarnings.get();
            case INFO -> showInfo.get();
        };
        if (!severityShown) {
            return false;
        }
        String f = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        if (f.isEmpty()) {
            return true;
        }
        return display(d.position().file()).toLowerCase(Locale.ROOT).contains(f)
                || d.rule().toLowerCase(Locale.ROOT).contains(f) || d.message().toLowerCase(Locale.ROOT).contains(f);
    }

    public FilteredList<Diagnostic> items() {
        return filtered;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public BooleanProperty showErrorsProperty() {
        return showErrors;
    }

    public BooleanProperty showWarningsProperty() {
        return showWarnings;
    }

    public BooleanProperty showInfoProperty() {
        return showInfo;
    }

    public IntegerBinding count(Severity severity) {
        return Bindings.createIntegerBinding(() -> (int) studio.problems().stream()
                .filter(d -> d.severity() == severity).count(), studio.problems());
    }

    /** A path as shown: relative to the project when inside it. */
    public String display(Path file) {
        return studio.project().filter(file::startsWith).map(p -> {
            String rel = p.relativize(file).toString();
            return rel.isEmpty() ? "." : rel;
        }).orElse(file.toString());
    }

    /** The finding after {@code current} (or the first), in the panel's order, for "next problem". */
    public java.util.Optional<Diagnostic> next(Diagnostic current) {
        if (filtered.isEmpty()) {
            return java.util.Optional.empty();
        }
        int i = current == null ? -1 : filtered.indexOf(current);
        return java.util.Optional.of(filtered.get((i + 1) % filtered.size()));
    }
}
