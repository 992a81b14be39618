package dev.torrentd.engine.libtorrent;

import java.util.List;

import dev.torrentd.engine.QueueMove;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueueOrderTests {

	private final List<String> queue = List.of("a", "b", "c", "d");

	@Test
	void upAndDownSwapWithTheNeighbourAndStopAtTheEnds() {
		assertThat(QueueOrder.apply(this.queue, List.of("c"), QueueMove.UP)).containsExactly("a", "c", "b", "d");
		assertThat(QueueOrder.apply(this.queue, List.of("a"), QueueMove.UP)).containsExactly("a", "b", "c", "d");
		assertThat(QueueOrder.apply(this.queue, List.of("b"), QueueMove.DOWN)).containsExactly("a", "c", "b", "d");
		assertThat(QueueOrder.apply(this.queue, List.of("d"), QueueMove.DOWN)).containsExactly("a", "b", "c", "d");
	}

	@Test
	void topAndBottomMoveToAnEndAndShiftTheRest() {
		assertThat(QueueOrder.apply(this.queue, List.of("c"), QueueMove.TOP)).containsExactly("c", "a", "b", "d");
		assertThat(QueueOrder.apply(this.queue, List.of("b"), QueueMove.BOTTOM)).containsExactly("a", "c", "d", "b");
	}

	@Test
	void severalTorrentsMoveOneAfterTheOther() {
		// the engine moves "to top" in reverse so that the first given ends first
		assertThat(QueueOrder.apply(this.queue, List.of("d", "c"), QueueMove.TOP)).containsExactly("c", "d", "a", "b");
		assertThat(QueueOrder.apply(this.queue, List.of("a", "b"), QueueMove.BOTTOM)).containsExactly("c", "d", "a",
				"b");
	}

	@Test
	void aTorrentOutOfTheQueueIsSkipped() {
		assertThat(QueueOrder.apply(this.queue, List.of("seed"), QueueMove.TOP)).isEqualTo(this.queue);
	}

}
