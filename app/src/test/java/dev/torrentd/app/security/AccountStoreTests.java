package dev.torrentd.app.security;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Properties;
import java.util.Set;

import dev.torrentd.qbittorrent.legacy.Ha1;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountStoreTests {

	private static final String SECRET = "s3cret = é:ü#! correct horse";

	@TempDir
	Path dir;

	private final CountingEncoder delegate = new CountingEncoder();

	private final PasswordEncoder passwords = new VerifiedPasswordCache(this.delegate);

	private Path file() {
		return this.dir.resolve("state").resolve(AccountStore.FILE_NAME);
	}

	private AccountStore store() {
		return new AccountStore(new ServerCredentials("admin", "initial", false), file(), this.passwords);
	}

	/** The account as the next start makes it: from the file. */
	private AccountStore restarted() {
		ServerCredentials stored = AccountStore.load(file(), this.passwords);
		assertThat(stored).isNotNull();
		return new AccountStore(stored, file(), this.passwords);
	}

	private String fileText() throws IOException {
		return Files.readString(file(), StandardCharsets.UTF_8);
	}

	private Properties fileProperties() throws IOException {
		Properties properties = new Properties();
		properties.load(new StringReader(fileText()));
		return properties;
	}

	@Test
	void theInitialCredentialsAreNotWrittenUntilChanged() {
		AccountStore store = store();

		assertThat(store.matches("admin", "initial")).isTrue();
		assertThat(file()).doesNotExist();
		assertThat(AccountStore.load(file(), this.passwords)).isNull();
	}

	@Test
	void theFileHoldsTheUserTheHashAndHa1AndNeverThePassword() throws IOException {
		store().replace("bob", SECRET);

		assertThat(fileText()).doesNotContain(SECRET).doesNotContain("s3cret").doesNotContain("horse");
		Properties stored = fileProperties();
		assertThat(stored.stringPropertyNames()).containsExactlyInAnyOrder("username", "password-hash", "ha1");
		assertThat(stored.getProperty("username")).isEqualTo("bob");
		assertThat(stored.getProperty("password-hash")).startsWith("{bcrypt}");
		assertThat(this.passwords.matches(SECRET, stored.getProperty("password-hash"))).isTrue();
	}

	@Test
	void theHa1InTheFileIsTheDigestOfUserRealmAndPassword() throws IOException {
		store().replace("bob", SECRET);

		assertThat(fileProperties().getProperty("ha1")).isEqualTo(Ha1.of("bob", SECRET)).matches("[0-9a-f]{32}");
	}

	@Test
	void aReplacedUserIsReadBackAtTheNextStartAsItsHashesOnly() {
		store().replace("bob", SECRET);

		ServerCredentials loaded = AccountStore.load(file(), this.passwords);

		assertThat(loaded).isNotNull();
		assertThat(loaded.username()).isEqualTo("bob");
		assertThat(loaded.password()).isNull();
		assertThat(loaded.passwordHash()).startsWith("{bcrypt}");
		assertThat(loaded.ha1()).isEqualTo(Ha1.of("bob", SECRET));
		assertThat(loaded.temporary()).isFalse();
	}

	@Test
	void afterARestartFromTheFileThePasswordMatchesThroughItsHash() {
		store().replace("bob", SECRET);

		AccountStore store = restarted();

		assertThat(store.matches("bob", "wrong")).isFalse();
		assertThat(store.matches("admin", SECRET)).isFalse();
		assertThat(store.matches("bob", SECRET)).isTrue();
		assertThat(store.ha1("bob")).isEqualTo(Ha1.of("bob", SECRET));
		assertThat(store.ha1("admin")).isNull();
		assertThat(store.loadUserByUsername("bob").getPassword()).startsWith("{bcrypt}");
	}

	@Test
	void afterARestartOnlyTheFirstCheckOfThePasswordCostsTheEncoder() {
		store().replace("bob", SECRET);
		AccountStore store = restarted();
		int before = this.delegate.checks.get();

		assertThat(store.matches("bob", SECRET)).isTrue();
		assertThat(store.matches("bob", SECRET)).isTrue();
		// the qBittorrent dialect's check: the same encoder over loadUserByUsername
		assertThat(this.passwords.matches(SECRET, store.loadUserByUsername("bob").getPassword())).isTrue();

		assertThat(this.delegate.checks.get() - before).isOne();
	}

	@Test
	void theNewCredentialsAreInForceAtOnce() {
		AccountStore store = store();

		store.replace("bob", "pw");

		assertThat(store.matches("bob", "pw")).isTrue();
		assertThat(store.matches("admin", "initial")).isFalse();
		assertThat(store.matches("bob", "initial")).isFalse();
		assertThat(store.username()).isEqualTo("bob");
		assertThat(store.ha1("bob")).isEqualTo(Ha1.of("bob", "pw"));
		assertThat(store.ha1("admin")).isNull();
		String hash = store.loadUserByUsername("bob").getPassword();
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(this.passwords.matches("pw", hash)).isTrue();
		assertThat(this.passwords.matches("initial", hash)).isFalse();
		assertThatThrownBy(() -> store.loadUserByUsername("admin")).isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void theConfiguredPasswordIsHashedForTheQbittorrentDialect() {
		AccountStore store = store();

		assertThat(this.passwords.matches("initial", store.loadUserByUsername("admin").getPassword())).isTrue();
		assertThat(store.ha1("admin")).isEqualTo(Ha1.of("admin", "initial"));
	}

	@Test
	void anEmptyPasswordIsKept() {
		store().replace("admin", "");

		AccountStore store = restarted();
		assertThat(store.matches("admin", "x")).isFalse();
		assertThat(store.matches("admin", "")).isTrue();
		assertThat(store.ha1("admin")).isEqualTo(Ha1.of("admin", ""));
	}

	@Test
	void renameKeepsThePasswordAndChangesHa1() throws IOException {
		AccountStore store = store();
		String ha1 = store.ha1("admin");

		store.rename("carol");

		assertThat(store.matches("carol", "initial")).isTrue();
		assertThat(store.ha1("carol")).isEqualTo(Ha1.of("carol", "initial")).isNotEqualTo(ha1);
		assertThat(store.revision()).isOne();
		assertThat(fileProperties().getProperty("ha1")).isEqualTo(Ha1.of("carol", "initial"));
		assertThat(fileText()).doesNotContain("initial");
		assertThat(restarted().matches("carol", "initial")).isTrue();
	}

	@Test
	void renameWithoutAKnownPasswordIsRefusedAndChangesNothing() throws IOException {
		store().replace("bob", SECRET);
		String before = fileText();
		AccountStore store = restarted();
		assertThat(store.matches("bob", "wrong")).isFalse();

		assertThatIllegalStateException().isThrownBy(() -> store.rename("carol"))
			.withMessageContaining("password must be given with the new user name");

		assertThat(store.username()).isEqualTo("bob");
		assertThat(store.revision()).isZero();
		assertThat(fileText()).isEqualTo(before);
	}

	@Test
	void renameAfterARestartWorksOnceThePasswordIsVerified() {
		store().replace("bob", SECRET);
		AccountStore store = restarted();
		assertThat(store.matches("bob", SECRET)).isTrue();

		store.rename("carol");

		assertThat(store.ha1("carol")).isEqualTo(Ha1.of("carol", SECRET));
		assertThat(restarted().matches("carol", SECRET)).isTrue();
	}

	@Test
	void replaceAfterARestartNeedsNoKnownPassword() {
		store().replace("bob", SECRET);
		AccountStore store = restarted();

		store.replace("carol", "new");

		assertThat(store.matches("carol", "new")).isTrue();
		assertThat(store.ha1("carol")).isEqualTo(Ha1.of("carol", "new"));
	}

	@Test
	void aFileInTheOldFormatIsRewrittenWithoutThePassword() throws IOException {
		Files.createDirectories(file().getParent());
		Files.writeString(file(), "username=bob\npassword=old\\ secret\n");

		ServerCredentials loaded = AccountStore.load(file(), this.passwords);

		assertThat(loaded).isNotNull();
		assertThat(loaded.username()).isEqualTo("bob");
		assertThat(fileText()).doesNotContain("old secret").doesNotContain("old\\ secret");
		Properties stored = fileProperties();
		assertThat(stored.stringPropertyNames()).containsExactlyInAnyOrder("username", "password-hash", "ha1");
		assertThat(stored.getProperty("ha1")).isEqualTo(Ha1.of("bob", "old secret"));
		assertThat(this.passwords.matches("old secret", stored.getProperty("password-hash"))).isTrue();
		if (Files.getFileStore(file()).supportsFileAttributeView("posix")) {
			assertThat(Files.getPosixFilePermissions(file()))
				.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
		}
		AccountStore store = new AccountStore(loaded, file(), this.passwords);
		assertThat(store.matches("bob", "old secret")).isTrue();
		assertThat(restarted().matches("bob", "old secret")).isTrue();
	}

	@Test
	void aBlankUserNameIsRefusedAndChangesNothing() {
		AccountStore store = store();

		assertThatIllegalArgumentException().isThrownBy(() -> store.replace(" ", "pw"));
		assertThatIllegalArgumentException().isThrownBy(() -> store.rename(""));

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
		assertThat(restarted().matches("bob", "two")).isTrue();
		assertThat(restarted().matches("bob", "one")).isFalse();
	}

	@Test
	void anIncompleteFileIsIgnored() throws IOException {
		String hash = this.passwords.encode("x");
		String ha1 = Ha1.of("bob", "x");
		Files.createDirectories(file().getParent());
		Files.writeString(file(), "password=x\n");
		assertThat(AccountStore.load(file(), this.passwords)).isNull();

		Files.writeString(file(), "username=bob\n");
		assertThat(AccountStore.load(file(), this.passwords)).isNull();

		Files.writeString(file(), "username=\npassword=x\n");
		assertThat(AccountStore.load(file(), this.passwords)).isNull();

		Files.writeString(file(), "username=bob\npassword-hash=" + hash + "\n");
		assertThat(AccountStore.load(file(), this.passwords)).as("no ha1").isNull();

		Files.writeString(file(), "username=bob\nha1=" + ha1 + "\n");
		assertThat(AccountStore.load(file(), this.passwords)).as("no hash").isNull();

		Files.writeString(file(), "username=bob\npassword-hash=" + hash + "\nha1=xyz\n");
		assertThat(AccountStore.load(file(), this.passwords)).as("not an HA1").isNull();

		Files.writeString(file(), "username=bob\npassword-hash={rot13}kx\nha1=" + ha1 + "\n");
		assertThat(AccountStore.load(file(), this.passwords)).as("an unknown encoding").isNull();

		Files.writeString(file(), "username=bob\npassword-hash=" + hash + "\nha1=" + ha1 + "\n");
		assertThat(AccountStore.load(file(), this.passwords)).isEqualTo(ServerCredentials.hashed("bob", hash, ha1));
	}

}
