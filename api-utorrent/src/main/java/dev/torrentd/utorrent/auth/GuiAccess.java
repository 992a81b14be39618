package dev.torrentd.utorrent.auth;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Who may reach the WebUI at all: µTorrent's IP restriction list ({@code webui.restrict})
 * — addresses, {@code first-last} ranges or CIDR blocks — and what counts as the local
 * host ({@code localhost_authentication}, {@code token_auth_filter: remote}).
 */
public final class GuiAccess {

	private GuiAccess() {
	}

	/**
	 * Whether an address may use the WebUI.
	 * @param address the client's address
	 * @param restrictions the entries of {@code webui.restrict}; empty lets everyone in
	 * @return true when allowed
	 */
	public static boolean allowed(String address, List<String> restrictions) {
		if (restrictions.isEmpty()) {
			return true;
		}
		for (String entry : restrictions) {
			if (matches(address, entry.trim())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether an address is the local host (127.0.0.0/8 or ::1).
	 * @param address the client's address
	 * @return true for loopback
	 */
	public static boolean isLoopback(String address) {
		try {
			return InetAddress.getByName(literal(address)).isLoopbackAddress();
		}
		catch (UnknownHostException | SecurityException ex) {
			return false;
		}
	}

	private static boolean matches(String address, String entry) {
		try {
			int dash = entry.indexOf('-');
			if (dash > 0) {
				BigInteger value = number(address);
				BigInteger first = number(entry.substring(0, dash).trim());
				BigInteger last = number(entry.substring(dash + 1).trim());
				return value.compareTo(first) >= 0 && value.compareTo(last) <= 0 && sameFamily(address, entry);
			}
			return new IpAddressMatcher(entry).matches(literal(address));
		}
		catch (IllegalArgumentException | UnknownHostException ex) {
			return false;
		}
	}

	private static boolean sameFamily(String address, String entry) throws UnknownHostException {
		int dash = entry.indexOf('-');
		return InetAddress.getByName(literal(address))
			.getAddress().length == InetAddress.getByName(literal(entry.substring(0, dash).trim())).getAddress().length;
	}

	private static BigInteger number(String address) throws UnknownHostException {
		return new BigInteger(1, InetAddress.getByName(literal(address)).getAddress());
	}

	/** Only IP literals: a host name would make InetAddress ask the DNS. */
	private static String literal(String address) throws UnknownHostException {
		if (!address.matches("[0-9A-Fa-f:.\\[\\]]+")) {
			throw new UnknownHostException(address);
		}
		return (address.startsWith("[") && address.endsWith("]")) ? address.substring(1, address.length() - 1)
				: address;
	}

}
