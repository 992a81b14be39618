package dev.torrentd.automation;

/**
 * The programs run on torrent events, one per event whichever dialect set it.
 *
 * @param onAdded run when a torrent is added (qBittorrent
 * {@code autorun_on_torrent_added_*})
 * @param onFinished run when a torrent finishes downloading (qBittorrent
 * {@code autorun_*}, µTorrent {@code finish_cmd})
 * @param onStateChanged run when a torrent's µTorrent state number changes (µTorrent
 * {@code state_cmd})
 */
public record EventProgramSettings(EventProgram onAdded, EventProgram onFinished, EventProgram onStateChanged) {

	/** No programs. */
	public static final EventProgramSettings NONE = new EventProgramSettings(EventProgram.NONE, EventProgram.NONE,
			EventProgram.NONE);

	public EventProgramSettings withOnAdded(EventProgram program) {
		return new EventProgramSettings(program, this.onFinished, this.onStateChanged);
	}

	public EventProgramSettings withOnFinished(EventProgram program) {
		return new EventProgramSettings(this.onAdded, program, this.onStateChanged);
	}

	public EventProgramSettings withOnStateChanged(EventProgram program) {
		return new EventProgramSettings(this.onAdded, this.onFinished, program);
	}

}
