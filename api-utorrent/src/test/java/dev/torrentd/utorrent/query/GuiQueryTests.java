package dev.torrentd.utorrent.query;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuiQueryTests {

	private static final String H1 = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	private static final String H2 = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

	@Test
	void keepsOrderAndDuplicatesAndDecodesPlusAsSpace() {
		GuiQuery query = GuiQuery.parse("hash=a&hash=b&s=label&v=My+Label%21&flag");
		assertThat(query.all("hash")).containsExactly("a", "b");
		assertThat(query.first("v")).isEqualTo("My Label!");
		assertThat(query.first("flag")).isEmpty();
		assertThat(query.first("missing")).isNull();
	}

	@Test
	void keepsRawJsonOfTheWebUiCookieAndMalformedEscapes() {
		GuiQuery query = GuiQuery.parse("action=setsetting&s=webui.cookie&v={\"a\":[1,2]}&x=100%zz");
		assertThat(query.settingPairs()).containsExactly(Map.entry("webui.cookie", "{\"a\":[1,2]}"));
		assertThat(query.first("x")).isEqualTo("100%zz");
	}

	@Test
	void hashesAcceptEitherCaseSkipJunkAndKeepOrder() {
		GuiQuery query = GuiQuery.parse("hash=" + H2 + "&hash=nope&hash=" + H1.toLowerCase() + "&hash=" + H2);
		assertThat(query.hashes()).extracting(Object::toString).containsExactly(H2, H1.toLowerCase());
	}

	@Test
	@SuppressWarnings("unchecked")
	void setpropsBindsValuesToThePrecedingHashWhetherSComesBeforeOrAfterIt() {
		// the reference WebUI's label change: s before the hash
		GuiQuery webUi = GuiQuery.parse("action=setprops&s=label&hash=" + H1 + "&v=L&s=label&hash=" + H2 + "&v=L");
		assertThat(webUi.propertiesByHash()).containsExactly(
				new GuiQuery.HashValues(H1, List.of(Map.entry("label", "L"))),
				new GuiQuery.HashValues(H2, List.of(Map.entry("label", "L"))));
		// the manual's example: pairs after each hash
		GuiQuery manual = GuiQuery
			.parse("action=setprops&hash=" + H1 + "&s=ulrate&v=10240&s=dlrate&v=20480&hash=" + H2 + "&s=ulslots&v=4");
		assertThat(manual.propertiesByHash()).containsExactly(
				new GuiQuery.HashValues(H1, List.of(Map.entry("ulrate", "10240"), Map.entry("dlrate", "20480"))),
				new GuiQuery.HashValues(H2, List.of(Map.entry("ulslots", "4"))));
		// @ctrl/utorrent puts the hash after the pair
		assertThat(GuiQuery.parse("s=label&v=x&hash=" + H1 + "&token=t&action=setprops").propertiesByHash())
			.containsExactly(new GuiQuery.HashValues(H1, List.of(Map.entry("label", "x"))));
	}

	@Test
	void sonarrsLabelRemovalKeepsBothPairsInOrder() {
		GuiQuery query = GuiQuery.parse("token=T&action=setprops&hash=" + H1 + "&s=label&v=tv&s=label&v=");
		assertThat(query.propertiesByHash().get(0).values()).containsExactly(Map.entry("label", "tv"),
				Map.entry("label", ""));
	}

	@Test
	void setprioGroupsFilesUnderTheCurrentHashAndPriority() {
		GuiQuery query = GuiQuery.parse("action=setprio&hash=" + H1 + "&p=0&f=1&f=2&hash=" + H2 + "&p=3&f=0&p=1&f=4");
		assertThat(query.priorities()).containsExactly(new GuiQuery.Priority(H1, "0", List.of("1", "2")),
				new GuiQuery.Priority(H2, "3", List.of("0")), new GuiQuery.Priority(H2, "1", List.of("4")));
	}

	@Test
	void addUrlGetsBackMagnetParametersSentUnencoded() {
		GuiQuery query = GuiQuery
			.parse("action=add-url&s=magnet:?xt=urn:btih:" + H1 + "&dn=A+B&tr=http://t/a&download_dir=0&token=x");
		assertThat(query.addUrl()).isEqualTo("magnet:?xt=urn:btih:" + H1 + "&dn=A+B&tr=http%3A%2F%2Ft%2Fa");
		assertThat(GuiQuery.parse("s=http%3A%2F%2Fhost%2Fa.torrent&dn=x").addUrl()).isEqualTo("http://host/a.torrent");
		assertThat(GuiQuery.parse("action=add-url").addUrl()).isNull();
	}

	@Test
	void emptyAndNullQueriesHaveNoParameters() {
		assertThat(GuiQuery.parse(null).params()).isEmpty();
		assertThat(GuiQuery.parse("").params()).isEmpty();
		assertThat(GuiQuery.parse("&&").params()).isEmpty();
	}

}
