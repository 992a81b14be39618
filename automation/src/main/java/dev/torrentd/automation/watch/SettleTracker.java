package dev.torrentd.automation.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides when a file is complete enough to read: its size and modification time must
 * have stayed the same for the settle time, seen by two looks at least that far apart. A
 * file copied in slowly keeps changing and is read once, whole; a file present at start
 * is read after one settle time. Pure: the caller gives the time.
 */
final class SettleTracker {

	private final Duration settleTime;

	private final Map<Path, Look> pending = new HashMap<>();

	/**
	 * A tracker.
	 * @param settleTime how long a file must stay unchanged
	 */
	SettleTracker(Duration settleTime) {
		this.settleTime = settleTime;
	}

	/**
	 * Records a look at a file.
	 * @param file the file
	 * @param sizeBytes its size now
	 * @param modifiedMillis its modification time now (ms since the epoch)
	 * @param now the time of the look
	 * @return true when the file has not changed for the settle time and may be read
	 */
	boolean observe(Path file, long sizeBytes, long modifiedMillis, Instant now) {
		Look before = this.pending.get(file);
		if (before == null || before.sizeBytes() != sizeBytes || before.modifiedMillis() != modifiedMillis) {
			this.pending.put(file, new Look(sizeBytes, modifiedMillis, now));
			return false;
		}
		return !now.isBefore(before.since().plus(this.settleTime));
	}

	/**
	 * Forgets a file (read, renamed, deleted): a new file with its name settles anew.
	 * @param file the file
	 */
	void forget(Path file) {
		this.pending.remove(file);
	}

	/**
	 * Forgets the files not seen in the last scan.
	 * @param present the files the scan found
	 */
	void retain(Set<Path> present) {
		this.pending.keySet().retainAll(present);
	}

	/**
	 * When the next file being watched settles, if it does not change.
	 * @param now the current time
	 * @return the earliest settle time after {@code now}, or empty when no file is
	 * waiting to settle (files already settled wait for the next regular scan)
	 */
	Optional<Instant> nextSettle(Instant now) {
		return this.pending.values()
			.stream()
			.map((look) -> look.since().plus(this.settleTime))
			.filter((time) -> time.isAfter(now))
			.min(Instant::compareTo);
	}

	/**
	 * What a file looked like when it was last seen to change.
	 *
	 * @param sizeBytes its size
	 * @param modifiedMillis its modification time
	 * @param since when this size and time were first seen
	 */
	private record Look(long sizeBytes, long modifiedMillis, Instant since) {
	}

}
