package dev.torrentd.utorrent.settings;

import dev.torrentd.utorrent.auth.ServerAccount;

/** An in-memory account that counts its changes. */
final class RecordingAccount implements ServerAccount {

	volatile String username;

	volatile String password;

	int changes;

	/**
	 * Whether {@link #rename} refuses, as the app's account does without the password.
	 */
	volatile boolean passwordUnknown;

	RecordingAccount(String username, String password) {
		this.username = username;
		this.password = password;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public boolean matches(String username, String password) {
		return this.username.equals(username) && this.password.equals(password);
	}

	@Override
	public synchronized void replace(String username, String password) {
		this.username = username;
		this.password = password;
		this.changes++;
	}

	@Override
	public synchronized void rename(String username) {
		if (this.passwordUnknown) {
			throw new IllegalStateException("The password must be given with the new user name");
		}
		this.username = username;
		this.changes++;
	}

	@Override
	public long revision() {
		return this.changes;
	}

}
