package dev.torrentd.qbittorrent.wire;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code peers} parameter of {@code torrents/addPeers}: {@code |}-separated
 * {@code ip:port}, IPv6 as {@code [addr]:port}. Only IP literals count; host names are
 * never resolved.
 */
public final class PeerAddresses {

	private static final Pattern IPV4 = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):(\\d{1,5})");

	private static final Pattern IPV4_ADDRESS = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

	private static final Pattern IPV6_ADDRESS = Pattern.compile("[0-9a-fA-F:.]+");

	private static final Pattern IPV6 = Pattern.compile("\\[([0-9a-fA-F:.]+)\\]:(\\d{1,5})");

	private PeerAddresses() {
	}

	/**
	 * The valid addresses of the parameter.
	 * @param peers the parameter
	 * @return the addresses in order; malformed entries are skipped
	 */
	public static List<InetSocketAddress> parse(String peers) {
		List<InetSocketAddress> addresses = new ArrayList<>();
		for (String part : peers.split("\\|")) {
			address(part.trim()).ifPresent(addresses::add);
		}
		return addresses;
	}

	/**
	 * One address.
	 * @param text {@code ip:port} or {@code [ipv6]:port}
	 * @return the address, empty when not an IP literal with a port in 1..65535
	 */
	public static Optional<InetSocketAddress> address(String text) {
		Matcher m = IPV4.matcher(text);
		if (!m.matches()) {
			m = IPV6.matcher(text);
			if (!m.matches() || !m.group(1).contains(":")) {
				return Optional.empty();
			}
		}
		else {
			for (String octet : m.group(1).split("\\.")) {
				if (Integer.parseInt(octet) > 255) {
					return Optional.empty();
				}
			}
		}
		int port = Integer.parseInt(m.group(2));
		if (port < 1 || port > 65535) {
			return Optional.empty();
		}
		try {
			// a literal, so this never resolves a name
			return Optional.of(new InetSocketAddress(InetAddress.getByName(m.group(1)), port));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The IP literals among some texts (a {@code banned_IPs} list): IPv4 dotted quads and
	 * IPv6 addresses, written back as Java prints them; anything else is skipped.
	 * @param texts candidate addresses
	 * @return the addresses, sorted, without duplicates
	 */
	public static Set<String> ipLiterals(String... texts) {
		Set<String> addresses = new TreeSet<>();
		for (String text : texts) {
			String candidate = text.trim();
			boolean literal = IPV4_ADDRESS.matcher(candidate).matches()
					|| (candidate.contains(":") && IPV6_ADDRESS.matcher(candidate).matches());
			if (literal) {
				address("[" + candidate + "]:1").or(() -> address(candidate + ":1"))
					.ifPresent((a) -> addresses.add(a.getAddress().getHostAddress()));
			}
		}
		return addresses;
	}

}
