// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md, as rules that fail the build. */
@AnalyzeClasses(packages = "org.disclosuredesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Slices by feature (org.disclosuredesk.X), leaving out the screens: the shell mounts every
     * feature's screen and every screen uses the shell's Texts, which is a registry, not a cycle of rules.
     */
    private static final SliceAssignment FEATURES_WITHOUT_SCREENS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            String prefix = "org.disclosuredesk.";
            if (!pkg.startsWith(prefix) || pkg.equals("org.disclosuredesk") || pkg.contains(".ui")) {
                return SliceIdentifier.ignore();
            }
            String rest = pkg.substring(prefix.length());
            int dot = rest.indexOf('.');
            return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
        }

        @Override
        public String getDescription() {
            return "feature packages without their ui sub-packages";
        }
    };

    @ArchTest
    static final ArchRule javafx_only_in_ui_packages = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("screens are the only place that knows about JavaFX; services, rules and the command line stay plain Java");

    @ArchTest
    static final ArchRule jooq_only_in_repositories = noClasses()
            .that().resideOutsideOfPackage("org.disclosuredesk.db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.disclosuredesk.db.jooq..")
            .because("SQL lives in repositories; services see domain types and Transactions only");

    @ArchTest
    static final ArchRule services_never_use_ui_or_cli = noClasses()
            .that().resideOutsideOfPackages("..ui..", "..cli..")
            .and().doNotHaveFullyQualifiedName("org.disclosuredesk.Main")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..")
            .because("rules belong in services, where both the window and the command line reach them");

    @ArchTest
    static final ArchRule no_console_output_outside_cli = noClasses()
            .that().resideOutsideOfPackage("..cli..")
            .and().doNotHaveFullyQualifiedName("org.disclosuredesk.Main")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the command line owns stdout and stderr; everything else reports through return values or logging");

    @ArchTest
    static final ArchRule no_awt_or_swing = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("mixing toolkits froze JabRef for years; JavaFX only");

    @ArchTest
    static final ArchRule feature_packages_free_of_cycles = slices()
            .assignedFrom(FEATURES_WITHOUT_SCREENS)
            .should().beFreeOfCycles()
            .because("a feature that depends on another must not be depended on by it");

}
