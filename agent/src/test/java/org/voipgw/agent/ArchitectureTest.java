package org.voipgw.agent;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

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
