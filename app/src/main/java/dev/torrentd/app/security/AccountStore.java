package dev.torrentd.app.security;

import dev.torrentd.utorrent.auth.ServerAccount;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The server's one user, as every dialect sees it: Spring Security's
 * {@link UserDetailsService} (qBittorrent) and {@link ServerAccount} (µTorrent, which may
 * change it).
 */
public class AccountStore implements UserDetailsService, ServerAccount {

	private volatile ServerCredentials credentials;

	public AccountStore(ServerCredentials initial) {
		this.credentials = initial;
	}

	@Override
	public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
		ServerCredentials current = this.credentials;
		if (!current.username().equals(username)) {
			throw new UsernameNotFoundException("no such user");
		}
		return User.withUsername(current.username()).password("{noop}" + current.password()).roles("USER").build();
	}

	@Override
	public String username() {
		return this.credentials.username();
	}

	@Override
	public boolean matches(String username, String password) {
		ServerCredentials current = this.credentials;
		return current.username().equals(username) && current.password().equals(password);
	}

	@Override
	public void replace(String username, String password) {
		this.credentials = new ServerCredentials(username, password, false);
	}

}
