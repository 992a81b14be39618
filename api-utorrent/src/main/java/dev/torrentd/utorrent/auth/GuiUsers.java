package dev.torrentd.utorrent.auth;

import java.util.List;

import dev.torrentd.utorrent.settings.GuiSettings;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks HTTP Basic credentials for the WebUI: the server's one user (role {@code ADMIN})
 * or, when {@code webui.enable_guest} is on, the guest account (role {@code GUEST}, any
 * password: µTorrent's guest has none) which may only list and read.
 */
public class GuiUsers implements AuthenticationProvider {

	/** The administrator's authority. */
	public static final String ADMIN = "ROLE_ADMIN";

	/** The guest's authority. */
	public static final String GUEST = "ROLE_GUEST";

	private final ServerAccount account;

	private final GuiSettings settings;

	private final GuiLoginFailures failures;

	public GuiUsers(ServerAccount account, GuiSettings settings, GuiLoginFailures failures) {
		this.account = account;
		this.settings = settings;
		this.failures = failures;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		String password = (credentials != null) ? credentials.toString() : "";
		if (this.account.matches(username, password)) {
			return admin(username);
		}
		if (this.settings.guestEnabled() && username.equals(this.settings.guestName())
				&& !username.equals(this.account.username())) {
			return UsernamePasswordAuthenticationToken.authenticated(username, null,
					List.of(new SimpleGrantedAuthority(GUEST)));
		}
		this.failures.add();
		throw new BadCredentialsException("bad credentials");
	}

	/**
	 * An authenticated administrator.
	 * @param username the user name
	 * @return the authentication
	 */
	public static Authentication admin(String username) {
		return UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority(ADMIN)));
	}

	/**
	 * Whether an authentication is the guest's.
	 * @param authentication the authentication
	 * @return true for the guest
	 */
	public static boolean isGuest(Authentication authentication) {
		return authentication.getAuthorities().stream().anyMatch((a) -> GUEST.equals(a.getAuthority()));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
