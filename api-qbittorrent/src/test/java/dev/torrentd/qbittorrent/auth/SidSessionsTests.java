package dev.torrentd.qbittorrent.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SidSessionsTests {

	private final MutableClock clock = new MutableClock();

	private final SidSessions sessions = new SidSessions(this.clock, new SecureRandom(), Duration.ofSeconds(60));

	@Test
	void aNewSessionIdIs24RandomBytesInBase64() {
		QbSession session = this.sessions.create();

		assertThat(session.id()).hasSize(32);
		assertThat(Base64.getDecoder().decode(session.id())).hasSize(24);
		assertThat(this.sessions.create().id()).isNotEqualTo(session.id());
	}

	@Test
	void aCreatedSessionIsFoundByItsId() {
		QbSession session = this.sessions.create();

		assertThat(this.sessions.find(session.id())).containsSame(session);
	}

	@Test
	void anUnknownOrMissingIdFindsNothing() {
		this.sessions.create();

		assertThat(this.sessions.find("bm90IGEgc2Vzc2lvbiBpZCBhdCBhbGwhISE=")).isEmpty();
		assertThat(this.sessions.find(null)).isEmpty();
	}

	@Test
	void aSessionIdleLongerThanTheTimeoutHasEnded() {
		QbSession session = this.sessions.create();

		this.clock.advance(Duration.ofSeconds(61));

		assertThat(this.sessions.find(session.id())).isEmpty();
		this.clock.advance(Duration.ofSeconds(-61));
		assertThat(this.sessions.find(session.id())).as("an ended session is gone for good").isEmpty();
	}

	@Test
	void aSessionIdleExactlyTheTimeoutIsStillAlive() {
		QbSession session = this.sessions.create();

		this.clock.advance(Duration.ofSeconds(60));

		assertThat(this.sessions.find(session.id())).containsSame(session);
	}

	@Test
	void eachUseRestartsTheIdleTimeout() {
		QbSession session = this.sessions.create();

		for (int i = 0; i < 5; i++) {
			this.clock.advance(Duration.ofSeconds(50));
			assertThat(this.sessions.find(session.id())).as("use %d", i).containsSame(session);
		}
	}

	@Test
	void aZeroTimeoutNeverEndsASession() {
		SidSessions forever = new SidSessions(this.clock, new SecureRandom(), Duration.ZERO);
		QbSession session = forever.create();

		this.clock.advance(Duration.ofDays(365));

		assertThat(forever.find(session.id())).containsSame(session);
	}

	@Test
	void aNegativeTimeoutNeverEndsASession() {
		SidSessions forever = new SidSessions(this.clock, new SecureRandom(), Duration.ofSeconds(-1));
		QbSession session = forever.create();

		this.clock.advance(Duration.ofDays(365));

		assertThat(forever.find(session.id())).containsSame(session);
	}

	@Test
	void aRemovedSessionIsNotFound() {
		QbSession session = this.sessions.create();
		QbSession other = this.sessions.create();

		this.sessions.remove(session.id());

		assertThat(this.sessions.find(session.id())).isEmpty();
		assertThat(this.sessions.find(other.id())).containsSame(other);
	}

	@Test
	void sessionsKeepTheirOwnAttributes() {
		QbSession one = this.sessions.create();
		QbSession two = this.sessions.create();

		StringBuilder first = one.attribute(StringBuilder.class, StringBuilder::new).append("rid 1");

		assertThat(one.attribute(StringBuilder.class, StringBuilder::new)).isSameAs(first);
		assertThat(two.attribute(StringBuilder.class, StringBuilder::new)).isEmpty();
	}

}
