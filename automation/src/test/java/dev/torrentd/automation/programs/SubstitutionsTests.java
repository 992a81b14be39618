package dev.torrentd.automation.programs;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.torrentd.automation.EventProgram.Placeholders;
import dev.torrentd.engine.Torrent;
import dev.torrentd.engine.TorrentState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SubstitutionsTests {

	private static Map<Character, String> qbittorrent(Torrent torrent) {
		return Substitutions.values(Placeholders.QBITTORRENT, Substitutions.letters(Placeholders.QBITTORRENT), torrent,
				6, 6, () -> 3);
	}

	private static Map<Character, String> utorrent(Torrent torrent, int state, int previous) {
		return Substitutions.values(Placeholders.UTORRENT, Substitutions.letters(Placeholders.UTORRENT), torrent, state,
				previous, () -> {
					throw new AssertionError("µTorrent has no %C");
				});
	}

	@Test
	void qbittorrentLettersAreThoseOfItsRunExternalProgram() {
		assertThat(Substitutions.letters(Placeholders.QBITTORRENT)).containsExactlyInAnyOrder('N', 'L', 'G', 'F', 'R',
				'D', 'C', 'Z', 'T', 'I', 'J', 'K');
	}

	@Test
	void utorrentLettersAreThoseOfTheServerManual() {
		assertThat(Substitutions.letters(Placeholders.UTORRENT)).containsExactlyInAnyOrder('F', 'D', 'N', 'S', 'P', 'L',
				'T', 'M', 'I');
	}

	@Test
	void qbittorrentValuesOfAMultiFileTorrent() {
		Snapshot snapshot = new Snapshot().named("Show S01");
		snapshot.contentPath = Path.of("/downloads/tv/Show S01");
		snapshot.rootPath = Path.of("/downloads/tv/Show S01");
		snapshot.infoHashV2 = "ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789";
		assertThat(qbittorrent(snapshot.build())).containsOnly(entry('N', "Show S01"), entry('L', "tv"),
				entry('G', "a-tag,b-tag"), entry('F', "/downloads/tv/Show S01"), entry('R', "/downloads/tv/Show S01"),
				entry('D', "/downloads/tv"), entry('C', "3"), entry('Z', "2000000"),
				entry('T', "http://tracker.example/announce"), entry('I', "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00"),
				entry('J', "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"),
				entry('K', "c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00"));
	}

	@Test
	void qbittorrentGivesAnEmptyRootPathForASingleFileAndADashForAMissingHash() {
		Snapshot snapshot = new Snapshot();
		snapshot.infoHashV1 = "";
		Map<Character, String> values = qbittorrent(snapshot.build());
		assertThat(values).contains(entry('R', ""), entry('F', "/downloads/tv/Some.File.mkv"), entry('I', "-"),
				entry('J', "-"));
	}

	@Test
	void theFileCountIsAskedOnlyWhenTheCommandUsesIt() {
		AtomicInteger asked = new AtomicInteger();
		Substitutions.values(Placeholders.QBITTORRENT,
				CommandLine.parse("prog %N %D", Substitutions.letters(Placeholders.QBITTORRENT)).letters(),
				new Snapshot().build(), 6, 6, asked::incrementAndGet);
		assertThat(asked).hasValue(0);
		Map<Character, String> values = Substitutions.values(Placeholders.QBITTORRENT,
				CommandLine.parse("prog %C", Substitutions.letters(Placeholders.QBITTORRENT)).letters(),
				new Snapshot().build(), 6, 6, asked::incrementAndGet);
		assertThat(values).containsOnly(entry('C', "1"));
	}

	@Test
	void utorrentValuesOfASingleFileTorrent() {
		Snapshot snapshot = new Snapshot().in(TorrentState.SEEDING, true);
		assertThat(utorrent(snapshot.build(), 5, 6)).containsOnly(entry('F', "Some.File.mkv"),
				entry('D', "/downloads/tv"), entry('N', "Some.File.mkv"), entry('S', "5"), entry('P', "6"),
				entry('L', "tv"), entry('T', "http://tracker.example/announce"), entry('M', "Seeding 100.0 %"),
				entry('I', "C0FFEE00C0FFEE00C0FFEE00C0FFEE00C0FFEE00"));
	}

	@Test
	void utorrentDirectoryOfAMultiFileTorrentIsItsRootFolderAndItHasNoFileName() {
		Snapshot snapshot = new Snapshot().named("Show S01");
		snapshot.contentPath = Path.of("/downloads/tv/Show S01");
		snapshot.rootPath = Path.of("/downloads/tv/Show S01");
		assertThat(utorrent(snapshot.build(), 6, 6)).contains(entry('F', ""), entry('D', "/downloads/tv/Show S01"));
	}

	@Test
	void utorrentDirectoryOfAMultiFileTorrentWithoutRootFolderIsTheFolderItIsIn() {
		Snapshot snapshot = new Snapshot().named("Show S01");
		snapshot.contentPath = Path.of("/downloads/tv");
		assertThat(utorrent(snapshot.build(), 6, 6)).contains(entry('F', ""), entry('D', "/downloads/tv"));
	}

	@Test
	void aSingleFileStillInTheIncompleteFolderIsNamedThere() {
		Snapshot snapshot = new Snapshot();
		snapshot.downloadPath = Path.of("/incomplete");
		snapshot.contentPath = Path.of("/incomplete/Some.File.mkv");
		assertThat(utorrent(snapshot.build(), 6, 6)).contains(entry('F', "Some.File.mkv"), entry('D', "/incomplete"));
	}

	@Test
	void aMagnetWithoutMetadataHasNoFileName() {
		Snapshot snapshot = new Snapshot();
		snapshot.hasMetadata = false;
		snapshot.contentPath = Path.of("/downloads/tv/c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");
		assertThat(utorrent(snapshot.build(), 6, 6)).contains(entry('F', ""),
				entry('D', "/downloads/tv/c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00"));
	}

}
