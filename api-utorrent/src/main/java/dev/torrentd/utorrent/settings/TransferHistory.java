package dev.torrentd.utorrent.settings;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Bytes transferred per day over the last 31 days, for {@code getxferhist}; kept in the
 * dialect's storage.
 */
@Component
public class TransferHistory {

	/**
	 * {@code daily_upload}, {@code daily_download}, {@code daily_local_upload},
	 * {@code daily_local_download}: 31 byte counts each, index 0 = today.
	 * @return the history
	 */
	public Map<String, List<Long>> days() {
		throw new UnsupportedOperationException("TODO");
	}

	/** {@code resetxferhist}: forgets the history. */
	public void reset() {
		throw new UnsupportedOperationException("TODO");
	}

}
