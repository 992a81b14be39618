// The v1 info-hash of a .torrent: SHA-1 of the exact bytes of its bencoded `info` value.
// Computed here from the raw bytes rather than with @ctrl/torrent-file's hash(), which decodes
// and re-encodes the info dictionary and so gives another hash for non-canonical files.
import { createHash } from 'node:crypto';

/** Index just past the bencoded value that starts at `at`. */
function skip(bytes, at) {
	const c = bytes[at];
	if (c === 0x69) { // i<digits>e
		return bytes.indexOf(0x65, at) + 1;
	}
	if (c === 0x6c || c === 0x64) { // l...e, d...e
		let i = at + 1;
		while (bytes[i] !== 0x65) {
			i = skip(bytes, i);
		}
		return i + 1;
	}
	if (c >= 0x30 && c <= 0x39) { // <length>:<bytes>
		const colon = bytes.indexOf(0x3a, at);
		return colon + 1 + Number(Buffer.from(bytes.subarray(at, colon)).toString('ascii'));
	}
	throw new Error(`not bencode at byte ${at}`);
}

/**
 * @param {Uint8Array} metainfo the .torrent file
 * @returns {string} 40 lowercase hex digits
 */
export function infoHash(metainfo) {
	if (metainfo[0] !== 0x64) {
		throw new Error('a .torrent is a bencoded dictionary');
	}
	let i = 1;
	while (metainfo[i] !== 0x65) {
		const keyEnd = skip(metainfo, i);
		const key = Buffer.from(metainfo.subarray(metainfo.indexOf(0x3a, i) + 1, keyEnd)).toString('latin1');
		const valueEnd = skip(metainfo, keyEnd);
		if (key === 'info') {
			return createHash('sha1').update(metainfo.subarray(keyEnd, valueEnd)).digest('hex');
		}
		i = valueEnd;
	}
	throw new Error('the .torrent has no info dictionary');
}
