package dev.torrentd.qbittorrent.auth;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against the server's one user (the app's
 * {@link UserDetailsService}, shared by every dialect).
 */
@Component
public class QbCredentials {

	private final UserDetailsService users;

	private final PasswordEncoder passwords;

	QbCredentials(UserDetailsService users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	/**
	 * Whether the credentials are the server's.
	 * @param username the user name, or null when absent
	 * @param password the password, or null when absent
	 * @return true if both match
	 */
	public boolean matches(@Nullable String username, @Nullable String password) {
		if (username == null || password == null) {
			return false;
		}
		try {
			UserDetails user = this.users.loadUserByUsername(username);
			return this.passwords.matches(password, user.getPassword());
		}
		catch (UsernameNotFoundException ex) {
			return false;
		}
	}

}
