package dev.torrentd.engine.libtorrent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.torrentd.engine.QueueMove;

/**
 * libtorrent's queue moves done on a list, so that the order after a move is known
 * without asking libtorrent for every torrent's position: up and down swap with the
 * neighbour, top and bottom move to an end and shift the rest (libtorrent's
 * {@code queue_position_*}).
 */
final class QueueOrder {

	private QueueOrder() {
	}

	/**
	 * The queue after moving torrents one after the other.
	 * @param <T> the queue's elements
	 * @param queue the queue, position 0 first
	 * @param moved the torrents in the order they are moved; ones not in the queue are
	 * skipped, as libtorrent skips torrents without a queue position
	 * @param move the move
	 * @return the new queue
	 */
	static <T> List<T> apply(List<T> queue, List<T> moved, QueueMove move) {
		List<T> order = new ArrayList<>(queue);
		for (T item : moved) {
			int i = order.indexOf(item);
			if (i < 0) {
				continue;
			}
			switch (move) {
				case UP -> {
					if (i > 0) {
						Collections.swap(order, i, i - 1);
					}
				}
				case DOWN -> {
					if (i < order.size() - 1) {
						Collections.swap(order, i, i + 1);
					}
				}
				case TOP -> order.add(0, order.remove(i));
				case BOTTOM -> order.add(order.remove(i));
			}
		}
		return order;
	}

}
