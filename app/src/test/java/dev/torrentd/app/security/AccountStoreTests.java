package dev.torrentd.app.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountStoreTests {

	@TempDir
	Path dir;

	private Path file() {
		return this.dir.resolve("state").resolve(AccountStore.FILE_NAME);
	}

	private AccountStore store() {
		return new AccountStore(new ServerCredentials("admin", "initial", false), file());
	}

	@Test
	void theInitialCredentialsAreNotWrittenUntilChanged() {
		AccountStore store = store();

		assertThat(store.matches("admin", "initial")).isTrue();
		assertThat(file()).doesNotExist();
		assertThat(AccountStore.load(file())).isNull();
	}

	@Test
	void aReplacedUserIsWrittenAndReadBackAtTheNextStart() {
		store().replace("bob", "s3cret = é:ü#!");

		ServerCredentials loaded = AccountStore.load(file());

		assertThat(loaded).isEqualTo(new ServerCredentials("bob", "s3cret = é:ü#!", false));
	}

	@Test
	void theNewCredentialsAreInForceAtOnce() {
		AccountStore store = store();

		store.replace("bob", "pw");

		assertThat(store.matches("bob", "pw")).isTrue();
		assertThat(store.matches("admin", "initial")).isFalse();
		assertThat(store.username()).isEqualTo("bob");
		assertThat(store.loadUserByUsername("bob").getPassword()).isEqualTo("{noop}pw");
		assertThatThrownBy(() -> store.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void anEmptyPasswordIsKept() {
		store().replace("admin", "");

		assertThat(AccountStore.load(file())).isEqualTo(new ServerCredentials("admin", "", false));
	}

	@Test
	void renameKeepsThePassword() {
		AccountStore store = store();

		store.rename("carol");

		assertThat(store.matches("carol", "initial")).isTrue();
		assertThat(AccountStore.load(file())).isEqualTo(new ServerCredentials("carol", "initial", false));
	}

	@Test
	void aBlankUserNameIsRefusedAndChangesNothing() {
		AccountStore store = store();

		assertThatIllegalArgumentException().isThrownBy(() -> store.replace(" ", "pw"));

		assertThat(store.matches("admin", "initial")).isTrue();
		assertThat(file()).doesNotExist();
	}

	@Test
	void onlyTheOwnerMayReadTheFile() throws IOException {
		store().replace("bob", "pw");

		if (Files.getFileStore(file()).supportsFileAttributeView("posix")) {
			assertThat(Files.getPosixFilePermissions(file()))
				.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
	}

	@Test
	void theFileIsReplacedWithoutLeavingTemporaryFiles() throws IOException {
		AccountStore store = store();
		store.replace("bob", "one");
		store.replace("bob", "two");

		try (var files = Files.list(file().getParent())) {
			assertThat(files).containsExactly(file());
		}
		assertThat(AccountStore.load(file())).isEqualTo(new ServerCredentials("bob", "two", false));
	}

	@Test
	void anIncompleteFileIsIgnored() throws IOException {
		Files.createDirectories(file().getParent());
		Files.writeString(file(), "password=x\n");
		assertThat(AccountStore.load(file())).isNull();

		Files.writeString(file(), "username=bob\n");
		assertThat(AccountStore.load(file())).isNull();

		Files.writeString(file(), "username=\npassword=x\n");
		assertThat(AccountStore.load(file())).isNull();
	}

}
