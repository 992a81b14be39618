package dev.torrentd.utorrent.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuiTokensTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));

	private final GuiTokens tokens = new GuiTokens(this.now::get, new Random(42), Duration.ofMinutes(60));

	@Test
	void tokenIsUrlSafeAndGuidAlphanumeric() {
		GuiTokens.Session session = this.tokens.issue(null, "admin", "127.0.0.1", "curl");
		assertThat(session.token()).hasSize(64).matches("[A-Za-z0-9_-]+");
		assertThat(session.guid()).hasSize(20).matches("[A-Za-z0-9]+");
	}

	@Test
	void askingAgainWithALiveGuidGivesTheSameToken() {
		GuiTokens.Session first = this.tokens.issue(null, "admin", "127.0.0.1", "");
		GuiTokens.Session again = this.tokens.issue(first.guid(), "admin", "127.0.0.1", "");
		assertThat(again.token()).isEqualTo(first.token());
		assertThat(again.guid()).isEqualTo(first.guid());
	}

	@Test
	void anUnknownGuidGetsANewSessionNeverAnError() {
		GuiTokens.Session session = this.tokens.issue("stale", "admin", "127.0.0.1", "");
		assertThat(session.guid()).isNotEqualTo("stale");
		assertThat(this.tokens.use(session.token())).isPresent();
	}

	@Test
	void manySessionsAreLiveAtOnce() {
		GuiTokens.Session browser = this.tokens.issue(null, "admin", "10.0.0.2", "");
		GuiTokens.Session sonarr = this.tokens.issue(null, "admin", "10.0.0.3", "");
		assertThat(this.tokens.use(browser.token())).isPresent();
		assertThat(this.tokens.use(sonarr.token())).isPresent();
		assertThat(this.tokens.sessions()).hasSize(2);
	}

	@Test
	void aTokenInUseStaysValidAndAnIdleOneExpires() {
		GuiTokens.Session session = this.tokens.issue(null, "admin", "127.0.0.1", "");
		for (int i = 0; i < 5; i++) {
			this.now.set(this.now.get().plus(Duration.ofMinutes(50)));
			assertThat(this.tokens.use(session.token())).isPresent();
		}
		this.now.set(this.now.get().plus(Duration.ofMinutes(61)));
		assertThat(this.tokens.use(session.token())).isEmpty();
	}

	@Test
	void unknownMissingAndLoggedOutTokensAreRefused() {
		GuiTokens.Session session = this.tokens.issue(null, "admin", "127.0.0.1", "");
		assertThat(this.tokens.use(null)).isEmpty();
		assertThat(this.tokens.use("")).isEmpty();
		assertThat(this.tokens.use("x" + session.token())).isEmpty();
		this.tokens.end(session.guid());
		assertThat(this.tokens.use(session.token())).isEmpty();
	}

	@Test
	void theGuestDoesNotInheritTheAdministratorsSession() {
		GuiTokens.Session admin = this.tokens.issue(null, "admin", "127.0.0.1", "");
		GuiTokens.Session guest = this.tokens.issue(admin.guid(), "guest", "127.0.0.1", "");
		assertThat(guest.token()).isNotEqualTo(admin.token());
	}

	@Test
	void changedCredentialsEndEverySession() {
		AtomicLong revision = new AtomicLong();
		GuiTokens guarded = new GuiTokens(this.now::get, new Random(3), Duration.ofHours(1), revision::get);
		GuiTokens.Session session = guarded.issue(null, "admin", "127.0.0.1", "");
		assertThat(guarded.use(session.token())).isPresent();
		revision.incrementAndGet();
		assertThat(guarded.use(session.token())).isEmpty();
		assertThat(guarded.issue(session.guid(), "admin", "127.0.0.1", "").token()).isNotEqualTo(session.token());
	}

	@Test
	void sessionsAreBounded() {
		InstantSource clock = this.now::get;
		GuiTokens small = new GuiTokens(clock, new Random(1), Duration.ofHours(1));
		for (int i = 0; i < GuiTokens.MAX_SESSIONS + 10; i++) {
			small.issue(null, "admin", "127.0.0.1", "");
		}
		assertThat(small.sessions()).hasSizeLessThanOrEqualTo(GuiTokens.MAX_SESSIONS);
	}

}
