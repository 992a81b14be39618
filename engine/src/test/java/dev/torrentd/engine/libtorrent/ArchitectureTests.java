package dev.torrentd.engine.libtorrent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine's public API speaks only its own records; libtorrent4j stays in the adapter.
 */
class ArchitectureTests {

	private final JavaClasses engine = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.torrentd.engine");

	@Test
	void thePublicApiDoesNotDependOnLibtorrent4jOrTheAdapter() {
		noClasses().that()
			.resideInAPackage("dev.torrentd.engine")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.libtorrent4j..", "dev.torrentd.engine.libtorrent..")
			.check(this.engine);
	}

	@Test
	void onlyTheEngineAndItsConfigAreVisibleOutsideTheAdapter() {
		classes().that()
			.resideInAPackage("dev.torrentd.engine.libtorrent")
			.and()
			.arePublic()
			.should()
			.haveSimpleNameStartingWith("LibtorrentEngine")
			.orShould()
			.haveSimpleName("EngineConfig")
			.check(this.engine);
	}

}
