package dev.torrentd.utorrent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dialect is a translation layer over the engine's public API: it never reaches into
 * the libtorrent adapter, libtorrent4j, or another dialect.
 */
class ArchitectureTests {

	private final JavaClasses dialect = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.torrentd.utorrent");

	@Test
	void usesOnlyTheEnginesPublicApi() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.libtorrent4j..", "dev.torrentd.engine.libtorrent..")
			.check(this.dialect);
	}

	@Test
	void neverDependsOnAnotherDialectOrTheApp() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.torrentd.qbittorrent..", "dev.torrentd.app..")
			.check(this.dialect);
	}

	@Test
	void usesOnlyTheAutomationsPublicApi() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("dev.torrentd.automation.(*)..")
			.check(this.dialect);
	}

}
