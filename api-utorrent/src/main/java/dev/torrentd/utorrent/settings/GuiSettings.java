package dev.torrentd.utorrent.settings;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * µTorrent's settings as {@code getsettings} lists them and {@code setsetting} changes
 * them: engine-backed ones read from and written to the engine, the dialect's own ones
 * (WebUI layout, {@code webui.*}) persisted in the dialect's storage.
 */
@Component
public class GuiSettings {

	/**
	 * Every readable setting as {@code [name, type, value, {"access": "Y"|"R"|"W"}]}:
	 * type 0 integer, 1 boolean, 2 string; the value always a string
	 * ({@code "true"/"false"} for booleans).
	 * @return the entries
	 */
	public List<List<Object>> rows() {
		throw new UnsupportedOperationException("TODO");
	}

	/**
	 * Applies {@code s}/{@code v} pairs in order; unknown and read-only names are skipped
	 * with a log line, booleans are 1/0 or true/false.
	 * @param pairs the pairs as sent
	 */
	public void set(List<Map.Entry<String, String>> pairs) {
		throw new UnsupportedOperationException("TODO");
	}

	/**
	 * {@code webui.enable_guest}.
	 * @return whether the guest account may log in
	 */
	public boolean guestEnabled() {
		return false;
	}

	/**
	 * {@code webui.guest}.
	 * @return the guest account's user name
	 */
	public String guestName() {
		return "guest";
	}

	/**
	 * {@code webui.restrict}: the addresses and ranges allowed to use the WebUI, empty
	 * for any.
	 * @return the entries as written (an address, a range {@code a-b}, or a CIDR)
	 */
	public List<String> restrictions() {
		return List.of();
	}

}
