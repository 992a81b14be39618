package dev.torrentd.app.automation;

import java.time.Duration;

import dev.torrentd.automation.AutomationOptions;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Timings and limits of the automation services ({@code torrentd.automation.*}); the
 * feeds, rules, folders and programs themselves are user settings, changed through either
 * dialect and kept in {@code <state-dir>/automation}.
 *
 * @param watchPollInterval how often watch folders are scanned
 * @param watchSettleTime how long a new .torrent file must stay unchanged before it is
 * read
 * @param eventPollInterval how often torrents are compared for event programs
 * @param programTimeout how long an event program may run before it is killed
 * @param fetchTimeout connect and response timeout of an RSS feed or torrent fetch
 * @param maxFeedSize largest feed read
 */
@ConfigurationProperties("torrentd.automation")
public record AutomationProperties(@DefaultValue("2s") Duration watchPollInterval,
		@DefaultValue("2s") Duration watchSettleTime, @DefaultValue("1s") Duration eventPollInterval,
		@DefaultValue("10m") Duration programTimeout, @DefaultValue("30s") Duration fetchTimeout,
		@DefaultValue("16MB") DataSize maxFeedSize) {

	/**
	 * The same as the automation module's options.
	 * @return the options
	 */
	public AutomationOptions options() {
		return new AutomationOptions(this.watchPollInterval, this.watchSettleTime, this.eventPollInterval,
				this.programTimeout, this.fetchTimeout, this.maxFeedSize.toBytes());
	}

}
