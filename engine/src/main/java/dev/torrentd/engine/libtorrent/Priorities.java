package dev.torrentd.engine.libtorrent;

import java.util.List;

import dev.torrentd.engine.FilePriority;
import org.libtorrent4j.Priority;

/** {@link FilePriority} to and from libtorrent's download priorities 0–7. */
final class Priorities {

	private Priorities() {
	}

	static Priority toLibtorrent(FilePriority priority) {
		return switch (priority) {
			case SKIP -> Priority.IGNORE;
			case LOW -> Priority.LOW;
			case NORMAL -> Priority.DEFAULT;
			case HIGH -> Priority.SIX;
			case MAXIMUM -> Priority.TOP_PRIORITY;
		};
	}

	static FilePriority fromLibtorrent(int value) {
		if (value <= 0) {
			return FilePriority.SKIP;
		}
		if (value <= 3) {
			return FilePriority.LOW;
		}
		if (value <= 5) {
			return FilePriority.NORMAL;
		}
		return (value == 6) ? FilePriority.HIGH : FilePriority.MAXIMUM;
	}

	static Priority[] toLibtorrent(List<FilePriority> priorities) {
		Priority[] array = new Priority[priorities.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = toLibtorrent(priorities.get(i));
		}
		return array;
	}

}
