package dev.torrentd.app.launch;

import java.nio.file.Path;
import java.util.Map;

import dev.torrentd.utorrent.server.UtserverConf;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UtserverLaunchPropertiesTests {

	private static final Path CWD = Path.of("/srv/ut");

	private static Map<String, String> map(String conf) {
		return UtserverLaunchProperties.fromConf(UtserverConf.parse(conf), CWD);
	}

	@Test
	void theArgumentsBecomeAbsolutePaths() {
		UtserverCommandLine line = UtserverCommandLine.parse("-configfile", "conf/utserver.conf", "-settingspath",
				"/var/lib/ut", "-logfile");

		assertThat(UtserverLaunchProperties.fromCommandLine(line, CWD)).containsExactly(
				Map.entry("torrentd.utorrent.config-file", "/srv/ut/conf/utserver.conf"),
				Map.entry("torrentd.state-dir", "/var/lib/ut"), Map.entry("logging.file.name", "/srv/ut/utserver.log"));
	}

	@Test
	void withoutArgumentsThereAreNoProperties() {
		assertThat(UtserverLaunchProperties.fromCommandLine(UtserverCommandLine.parse("--a=b"), CWD)).isEmpty();
	}

	@Test
	void anEmptyFileSetsNothing() {
		assertThat(map("# nothing\n")).isEmpty();
	}

	@Test
	void thePortsBecomeTheHttpPortAndTheListenInterfaces() {
		assertThat(map("ut_webui_port: 8081\nbind_port: 45678\n")).containsExactly(Map.entry("server.port", "8081"),
				Map.entry("torrentd.bittorrent.listen-interfaces", "0.0.0.0:45678,[::]:45678"));
	}

	@Test
	void aPortThatIsNotAPortIsLeftOutAndNamed() {
		UtserverConf conf = UtserverConf.parse("ut_webui_port: http\nbind_port: 70000\n");

		assertThat(UtserverLaunchProperties.fromConf(conf, CWD)).isEmpty();
		assertThat(UtserverLaunchProperties.problems(conf)).containsExactly(
				"utserver.conf: ut_webui_port: \"http\" is not a port (1-65535): ignored",
				"utserver.conf: bind_port: \"70000\" is not a port (1-65535): ignored");
	}

	@Test
	void dirActiveIsTheDownloadDirectoryRelativeToDirRoot() {
		assertThat(map("dir_root: /media/usb\ndir_active: downloads\n"))
			.containsExactly(Map.entry("torrentd.download-dir", "/media/usb/downloads"));
		assertThat(map("dir_active: ./active\n")).containsExactly(Map.entry("torrentd.download-dir", "/srv/ut/active"));
	}

	@Test
	void withDirCompletedFinishedDownloadsGoThereAndDirActiveHoldsTheUnfinishedOnes() {
		assertThat(map("dir_active: /data/active\ndir_completed: /data/done\n")).containsExactly(
				Map.entry("torrentd.download-dir", "/data/done"), Map.entry("torrentd.incomplete-dir", "/data/active"));
	}

	@Test
	void withDirCompletedAndNoDirActiveTheUnfinishedOnesStayInTheManualsDefaultDotSlash() {
		assertThat(map("dir_root: /media/usb\ndir_completed: done\n")).containsExactly(
				Map.entry("torrentd.download-dir", "/media/usb/done"),
				Map.entry("torrentd.incomplete-dir", "/media/usb"));
	}

	@Test
	void theAdministratorMayHaveABlankPassword() {
		assertThat(map("admin_name: root\nadmin_password:\n")).containsExactly(
				Map.entry("torrentd.auth.username", "root"), Map.entry("torrentd.auth.password", ""),
				Map.entry("torrentd.auth.blank-password-allowed", "true"));
	}

	@Test
	void withoutAdminPasswordTorrentdsOwnCredentialsRulesApply() {
		assertThat(map("admin_name: root\n")).containsExactly(Map.entry("torrentd.auth.username", "root"));
	}

	@Test
	void networkFeaturesAndConnectionLimitsBecomeTheBitTorrentProperties() {
		assertThat(map("dht: 0\npex: false\nlsd: 1\nupnp: TRUE\nnatpmp: 0\nconns_per_torrent: 50\n"
				+ "max_total_connections: 0\n"))
			.containsExactly(Map.entry("torrentd.bittorrent.dht", "false"),
					Map.entry("torrentd.bittorrent.pex", "false"), Map.entry("torrentd.bittorrent.lsd", "true"),
					Map.entry("torrentd.bittorrent.upnp", "true"), Map.entry("torrentd.bittorrent.natpmp", "false"),
					Map.entry("torrentd.bittorrent.max-connections-per-torrent", "50"),
					Map.entry("torrentd.bittorrent.max-connections", "-1"));
	}

	@Test
	void unreadableValuesAreLeftOutAndNamed() {
		UtserverConf conf = UtserverConf.parse("dht: sometimes\nconns_per_torrent: many\n");

		assertThat(UtserverLaunchProperties.fromConf(conf, CWD)).isEmpty();
		assertThat(UtserverLaunchProperties.problems(conf)).containsExactly(
				"utserver.conf: dht: \"sometimes\" is not a boolean (1, 0, true, false): ignored",
				"utserver.conf: conns_per_torrent: \"many\" is not a number: ignored");
	}

	@Test
	void dialectSettingsAreNotLaunchProperties() {
		assertThat(map("dir_request: /req\ntoken_auth_enable: 0\nmax_dl_rate: 10\nseed_ratio: 100\n")).isEmpty();
	}

}
