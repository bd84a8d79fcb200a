// SPDX-License-Identifier: AGPL-3.0-or-later
package org.disclosuredesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disclosuredesk.shared.ArchitectureException;

/**
 * The layering of STYLE.md, as rules that fail the build. A true exception carries
 * {@link ArchitectureException} with its reason on the class; no rule lists classes by name.
 */
@AnalyzeClasses(packages = "org.disclosuredesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.disclosuredesk";
    private static final String KIT = "ui.kit";
    private static final String SHELL = "shell";

    /**
     * Which top-level packages each package may use, besides itself (a feature's {@code ui} sub-package
     * counts as the feature). The floor: {@code db} (the store), {@code law} (statutory labels as data),
     * {@code shared} (what two features need) and the {@code ui.kit} (what every screen uses). The shell,
     * the command line and the demo filler sit on top and may use any feature; nothing uses them.
     * A new top-level package must get a row here before it compiles into the build.
     */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("db", Set.of()),
            Map.entry("law", Set.of()),
            Map.entry("shared", Set.of("db")),
            Map.entry(KIT, Set.of("shared")),
            Map.entry("calendar", Set.of("shared", "db", KIT)),
            Map.entry("settings", Set.of("shared", "db", KIT)),
            Map.entry("plan", Set.of("shared", "db", KIT)),
            Map.entry("backup", Set.of("settings", "shared", "db", KIT)),
            Map.entry("overview", Set.of("calendar", "settings", "shared", "db", KIT)),
            Map.entry("register", Set.of("calendar", "settings", "law", "shared", "db", KIT)),
            // requests → register: a request is linked to the register entry it made 主动公开 (条例第四十四条); the
            // clerk links from the request, so the log picks documents; the register reads back through RequestSources.
            Map.entry("requests", Set.of("calendar", "register", "settings", "law", "shared", "db", KIT)),
            Map.entry("report", Set.of("requests", "settings", "law", "shared", "db", KIT)),
            Map.entry("consolidation", Set.of("report", "plan", "settings", "law", "shared", "db", KIT)),
            Map.entry("demo", Set.of("calendar", "plan", "register", "report", "requests", "settings", "law", "shared", "db")),
            Map.entry("cli", Set.of("*")),
            Map.entry(SHELL, Set.of("*")));

    /** The slice a class belongs to: its top-level package, with {@code ui} split into the shell and the kit. */
    static Optional<String> sliceOf(JavaClass javaClass) {
        String pkg = javaClass.getBaseComponentType().getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String[] parts = pkg.substring(ROOT.length() + 1).split("\\.");
        if (parts[0].equals("ui")) {
            return Optional.of(parts.length > 1 && parts[1].equals("kit") ? KIT : SHELL);
        }
        return Optional.of(parts[0]);
    }

    private static boolean excepted(JavaClass javaClass) {
        JavaClass outermost = javaClass;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.isAnnotatedWith(ArchitectureException.class);
    }

    /** Slices for the cycle rule, screens included; only classes marked as exceptions stay out. */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            Optional<String> slice = sliceOf(javaClass);
            return slice.isEmpty() || excepted(javaClass) ? SliceIdentifier.ignore() : SliceIdentifier.of(slice.get());
        }

        @Override
        public String getDescription() {
            return "top-level packages with their ui sub-packages; the ui kit and the shell apart";
        }
    };

    private static final ArchCondition<JavaClass> USE_ONLY_ALLOWED_PACKAGES = new ArchCondition<>("use only the packages the table allows") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
            Optional<String> from = sliceOf(origin);
            if (from.isEmpty() || excepted(origin)) {
                return;
            }
            Set<String> allowed = ALLOWED.get(from.get());
            if (allowed == null) {
                events.add(SimpleConditionEvent.violated(origin, "package " + from.get() + " (" + origin.getName()
                        + ") has no row in ArchitectureTest.ALLOWED"));
                return;
            }
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                Optional<String> to = sliceOf(d.getTargetClass());
                if (to.isPresent() && !to.equals(from) && !allowed.contains("*") && !allowed.contains(to.get())) {
                    events.add(SimpleConditionEvent.violated(d, from.get() + " may not use " + to.get() + ": " + d.getDescription()));
                }
            }
        }
    };

    private static final ArchCondition<JavaClass> USE_NO_OTHER_FEATURES_UI = new ArchCondition<>("use no other feature's ui") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass().getBaseComponentType();
                if (target.getPackageName().contains(".ui") && sliceOf(target).filter(s -> !s.equals(KIT)).isPresent()
                        && !sliceOf(target).equals(sliceOf(origin))) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                }
            }
        }
    };

    private static final ArchCondition<JavaClass> GIVE_A_REASON = new ArchCondition<>("give a reason") {
        @Override
        public void check(JavaClass javaClass, ConditionEvents events) {
            Object reason = javaClass.getAnnotationOfType(ArchitectureException.class.getName()).get("value").orElse("");
            if (reason.toString().isBlank()) {
                events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " is an exception without a reason"));
            }
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
            .and().areNotAnnotatedWith(ArchitectureException.class)
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..cli..")
            .because("rules belong in services, where both the window and the command line reach them");

    @ArchTest
    static final ArchRule ui_never_uses_a_repository_or_db = noClasses()
            .that().resideInAPackage("..ui..")
            .and().areNotAnnotatedWith(ArchitectureException.class)
            .should().dependOnClassesThat().resideInAPackage("org.disclosuredesk.db..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("a screen reaches data through its feature's services, which own the transactions and the checks");

    @ArchTest
    static final ArchRule no_console_output_outside_cli = noClasses()
            .that().resideOutsideOfPackage("..cli..")
            .and().areNotAnnotatedWith(ArchitectureException.class)
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the command line owns stdout and stderr; everything else reports through return values or logging");

    @ArchTest
    static final ArchRule no_awt_or_swing = noClasses()
            .that().areNotAnnotatedWith(ArchitectureException.class)
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
            .because("mixing toolkits froze JabRef for years; JavaFX only");

    @ArchTest
    static final ArchRule feature_packages_free_of_cycles = slices()
            .assignedFrom(FEATURES)
            .should().beFreeOfCycles()
            .because("a feature that depends on another must not be depended on by it, screens included");

    @ArchTest
    static final ArchRule features_use_only_the_features_the_table_allows = classes()
            .that().resideInAPackage("org.disclosuredesk..")
            .should(USE_ONLY_ALLOWED_PACKAGES)
            .because("the arrows run one way: shell → features → ui kit, shared, law, db (see ALLOWED)");

    @ArchTest
    static final ArchRule screens_meet_only_in_the_shell = classes()
            .that().resideInAPackage("org.disclosuredesk.(*).ui..")
            .and().resideOutsideOfPackage("org.disclosuredesk.ui..")
            .and().areNotAnnotatedWith(ArchitectureException.class)
            .should(USE_NO_OTHER_FEATURES_UI)
            .because("a screen that hosts another feature's pane gets it from the shell, so features stay side by side");

    @ArchTest
    static final ArchRule exceptions_say_why = classes()
            .that().areAnnotatedWith(ArchitectureException.class)
            .should(GIVE_A_REASON)
            .because("an exception a reviewer cannot judge is a hole in the rule");
}
