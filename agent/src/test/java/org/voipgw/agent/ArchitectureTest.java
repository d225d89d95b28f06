package org.voipgw.agent;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.device.DeviceFeature;

/**
 * The shape of the code base (issue 9): no package cycle inside agent — each package, sub-packages
 * counted apart, may only depend on packages that do not depend back on it — and every package under
 * every module's src/main/java says what it holds and what it may use in a package-info.java.
 */
class ArchitectureTest {
    private static final JavaClasses AGENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.voipgw.agent");

    @Test
    void agentHasNoPackageCycle() {
        slices().matching("org.voipgw.agent.(**)").should().beFreeOfCycles().check(AGENT);
    }

    /**
     * Every feature's vocabulary is a static descriptor: {@code vocabulary()} builds nothing and reads only
     * static fields, so no fault, action or probe handler can capture a feature instance (issue 9).
     */
    @Test
    void featureVocabulariesAreStatic() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (JavaClass c : AGENT) {
            if (c.isInterface() || !c.isAssignableTo(DeviceFeature.class)) {
                continue;
            }
            Optional<JavaMethod> m = c.tryGetMethod("vocabulary");
            if (m.isEmpty()) {
                continue;
            }
            checked++;
            if (!m.get().getConstructorCallsFromSelf().isEmpty()) {
                wrong.add(c.getSimpleName() + ".vocabulary() builds an object");
            }
            for (JavaFieldAccess a : m.get().getFieldAccesses()) {
                if (a.getTarget().resolveMember().map(f -> !f.getModifiers().contains(JavaModifier.STATIC)).orElse(true)) {
                    wrong.add(c.getSimpleName() + ".vocabulary() reads instance field " + a.getTarget().getName());
                }
            }
        }
        assertTrue(checked >= 8, "the features were found: " + checked);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyMainPackageOfEveryModuleHasAPackageInfo() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> missing;
        try (Stream<Path> files = Files.walk(root)) {
            missing = files.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(p -> root.relativize(p).toString().replace('\\', '/').matches("[^/]+/src/main/java/.*"))
                    .map(Path::getParent).distinct()
                    .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                    .map(dir -> root.relativize(dir).toString()).sorted().toList();
        }
        assertEquals(List.of(), missing, "packages without a package-info.java (say what the package holds and may use)");
    }
}
