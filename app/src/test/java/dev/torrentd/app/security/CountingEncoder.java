package dev.torrentd.app.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Spring Security's delegating encoder (bcrypt), counting the checks it makes. */
final class CountingEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	final AtomicInteger checks = new AtomicInteger();

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		this.checks.incrementAndGet();
		return this.delegate.matches(rawPassword, encodedPassword);
	}

}
