package dev.torrentd.qbittorrent.auth;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a qBittorrent session (SID cookie, Basic header or the
 * local-auth bypass).
 */
public final class QbAuthentication extends AbstractAuthenticationToken {

	private final QbSession session;

	QbAuthentication(QbSession session) {
		super(List.of());
		this.session = session;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public QbSession getPrincipal() {
		return this.session;
	}

}
