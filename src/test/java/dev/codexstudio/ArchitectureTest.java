package dev.codexstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One direction of dependencies: core ← view models ← views and the command line. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.codexstudio");
    }

    @Test
    void coreNeverImportsJavaFx() {
        noClasses().that().resideInAPackage("dev.codexstudio.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .check(classes);
    }

    @Test
    void coreDependsOnNeitherCommandLineNorUi() {
        noClasses().that().resideInAPackage("dev.codexstudio.core..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.codexstudio.cli..", "dev.codexstudio.ui..",
                        "picocli..")
                .check(classes);
    }

    @Test
    void coreNeverPrints() {
        noClasses().that().resideInAPackage("dev.codexstudio.core..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void commandLineNeverTouchesJavaFxOrUi() {
        noClasses().that().resideInAPackage("dev.codexstudio.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.codexstudio.ui..")
                .check(classes);
    }
}
