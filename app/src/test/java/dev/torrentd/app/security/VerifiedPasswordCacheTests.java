package dev.torrentd.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordCacheTests {

	private final CountingEncoder delegate = new CountingEncoder();

	private final VerifiedPasswordCache cache = new VerifiedPasswordCache(this.delegate);

	@Test
	void aVerifiedPasswordIsNotCheckedByTheDelegateAgain() {
		String hash = this.cache.encode("secret");

		assertThat(this.cache.matches("secret", hash)).isTrue();
		assertThat(this.cache.matches("secret", hash)).isTrue();
		assertThat(this.cache.matches("secret", hash)).isTrue();

		assertThat(this.delegate.checks).hasValue(1);
	}

	@Test
	void aWrongPasswordAlwaysCostsTheDelegatesCheck() {
		String hash = this.cache.encode("secret");
		assertThat(this.cache.matches("secret", hash)).isTrue();

		assertThat(this.cache.matches("wrong", hash)).isFalse();
		assertThat(this.cache.matches("wrong", hash)).isFalse();
		assertThat(this.cache.matches("", hash)).isFalse();

		assertThat(this.delegate.checks).hasValue(4);
		assertThat(this.cache.matches("secret", hash)).as("still cached").isTrue();
		assertThat(this.delegate.checks).hasValue(4);
	}

	@Test
	void aFailedCheckIsNotRemembered() {
		String hash = this.cache.encode("secret");

		assertThat(this.cache.matches("wrong", hash)).isFalse();
		assertThat(this.cache.matches("secret", hash)).isTrue();

		assertThat(this.delegate.checks).hasValue(2);
	}

	@Test
	void eachHashIsRememberedWithItsOwnPassword() {
		String one = this.cache.encode("one");
		String two = this.cache.encode("two");
		this.cache.matches("one", one);
		this.cache.matches("two", two);

		assertThat(this.cache.matches("two", one)).isFalse();
		assertThat(this.cache.matches("one", two)).isFalse();
		assertThat(this.cache.matches("one", one)).isTrue();
		assertThat(this.cache.matches("two", two)).isTrue();

		assertThat(this.delegate.checks).hasValue(4);
	}

	@Test
	void onlyAFewHashesAreRememberedTheLeastRecentlyUsedGoingFirst() {
		VerifiedPasswordCache small = new VerifiedPasswordCache(this.delegate, 2);
		String a = small.encode("a");
		String b = small.encode("b");
		String c = small.encode("c");
		small.matches("a", a);
		small.matches("b", b);
		small.matches("a", a);
		small.matches("c", c);
		assertThat(this.delegate.checks).hasValue(3);

		small.matches("a", a);
		small.matches("c", c);
		assertThat(this.delegate.checks).as("a and c are still there").hasValue(3);

		small.matches("b", b);
		assertThat(this.delegate.checks).as("b, the least recently used, was evicted").hasValue(4);
	}

	@Test
	void encodingIsTheDelegates() {
		String hash = this.cache.encode("secret");

		assertThat(hash).startsWith("{bcrypt}");
		assertThat(this.cache.upgradeEncoding(hash)).isFalse();
		assertThat(this.cache.matches(null, hash)).isFalse();
		assertThat(this.cache.matches("secret", null)).isFalse();
	}

	@Test
	void concurrentChecksAgree() throws Exception {
		String hash = this.cache.encode("secret");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Boolean>> checks = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String password = (i % 2 == 0) ? "secret" : "wrong" + i;
				checks.add(() -> this.cache.matches(password, hash) == password.equals("secret"));
			}
			for (Future<Boolean> check : pool.invokeAll(checks)) {
				assertThat(check.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
