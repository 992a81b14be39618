package dev.torrentd.automation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Automation sits between the dialects and the engine: it uses only the engine's public
 * API, knows no dialect, no web framework and no libtorrent, and its public API does not
 * speak its implementation's types (beyond the one facade that starts them).
 */
class ArchitectureTests {

	private final JavaClasses automation = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.torrentd.automation");

	@Test
	void usesOnlyTheEnginesPublicApi() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.libtorrent4j..", "dev.torrentd.engine.libtorrent..")
			.check(this.automation);
	}

	@Test
	void knowsNoDialectTheAppOrSpring() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.torrentd.qbittorrent..", "dev.torrentd.utorrent..", "dev.torrentd.app..",
					"org.springframework..")
			.check(this.automation);
	}

	@Test
	void thePublicApiDoesNotSpeakTheImplementationsTypes() {
		noClasses().that()
			.resideInAPackage("dev.torrentd.automation")
			.and()
			.doNotHaveSimpleName("Automation")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("dev.torrentd.automation.(*)..")
			.check(this.automation);
	}

}
