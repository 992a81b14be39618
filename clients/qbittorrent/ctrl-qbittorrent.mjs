// Drives torrentd with the real @ctrl/qbittorrent library (the client behind many *arr-adjacent
// tools) and checks what it reads back. Exit code 0: every step matched; 1: the first mismatch,
// with a message saying which step and what was seen.
//
// usage: node ctrl-qbittorrent.mjs <baseUrl> <user> <pass> <torrentFile> <magnet>
import { readFile } from 'node:fs/promises';
import { QBittorrent } from '@ctrl/qbittorrent';
import { magnetDecode } from '@ctrl/magnet-link';
import { infoHash } from './infohash.mjs';

const [baseUrl, username, password, torrentFile, magnet] = process.argv.slice(2);
if (!magnet) {
	fail('usage: node ctrl-qbittorrent.mjs <baseUrl> <user> <pass> <torrentFile> <magnet>');
}

const CATEGORY = 'ctrl-cat';
const TAG = 'ctrl-tag';
const STOPPED = new Set(['stoppedDL', 'stoppedUP', 'pausedDL', 'pausedUP']);

function fail(message) {
	console.error(`FAIL: ${message}`);
	process.exit(1);
}

function check(condition, message) {
	if (!condition) {
		fail(message);
	}
}

function step(name) {
	console.log(`-- ${name}`);
}

/** Polls until probe() returns a truthy value (torrentd, like qBittorrent, applies commands asynchronously). */
async function eventually(what, probe, timeoutMs = 20_000) {
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline) {
		last = await probe();
		if (last) {
			return last;
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	fail(`timed out after ${timeoutMs} ms waiting for: ${what}`);
}

async function info(client, hash) {
	const [torrent] = await client.listTorrents({ hashes: hash });
	return torrent;
}

async function main() {
	const client = new QBittorrent({ baseUrl, username, password, timeout: 15_000 });
	const metainfo = new Uint8Array(await readFile(torrentFile));
	const fileHash = infoHash(metainfo);
	const magnetHash = magnetDecode(magnet).infoHash?.toLowerCase();
	check(magnetHash, `the magnet ${magnet} names no info-hash`);

	step('login');
	check((await client.login()) === true, 'login() did not return true');
	check(client.state.auth?.sid, 'login() kept no SID');

	step('app version');
	const version = await client.getAppVersion();
	check(/^v\d+\.\d+\.\d+/.test(version), `app/version is "${version}", expected like v5.1.4`);
	const apiVersion = await client.getApiVersion();
	check(/^2\.\d+(\.\d+)?$/.test(apiVersion), `app/webapiVersion is "${apiVersion}", expected like 2.11.4`);
	console.log(`   ${version} (WebAPI ${apiVersion}); the library uses the ${client.state.version.isVersion5OrHigher ? 'stop/start' : 'pause/resume'} endpoints`);

	step('add a .torrent (addTorrent)');
	check((await client.addTorrent(metainfo)) === true, 'addTorrent() did not return true');

	step('add a magnet (addMagnet)');
	check((await client.addMagnet(magnet)) === true, 'addMagnet() did not return true');

	step('list (listTorrents, getAllData, getTorrent)');
	await eventually(`both torrents (${fileHash}, ${magnetHash}) in torrents/info`, async () => {
		const hashes = (await client.listTorrents()).map((t) => t.hash);
		return hashes.includes(fileHash) && hashes.includes(magnetHash);
	});
	const all = await client.getAllData();
	const ids = all.torrents.map((t) => t.id);
	check(ids.includes(fileHash) && ids.includes(magnetHash), `getAllData() ids are ${JSON.stringify(ids)}`);
	check(all.raw.length === all.torrents.length, 'getAllData() normalised a different number of torrents than it read');
	const normalized = await client.getTorrent(fileHash);
	check(normalized.id === fileHash, `getTorrent() id is ${normalized.id}`);
	check(typeof normalized.name === 'string' && normalized.name.length > 0, 'getTorrent() has no name');
	check(normalized.totalSize > 0, `getTorrent() totalSize is ${normalized.totalSize}`);
	check(typeof normalized.savePath === 'string' && normalized.savePath.length > 0, 'getTorrent() has no savePath');

	step('stop / start (stopTorrent, startTorrent)');
	check((await client.stopTorrent(fileHash)) === true, 'stopTorrent() did not return true');
	await eventually('the .torrent stopped', async () => STOPPED.has((await info(client, fileHash))?.state));
	check((await client.getTorrent(fileHash)).state === 'paused', 'getTorrent() does not say paused after stopTorrent()');
	check((await client.startTorrent(fileHash)) === true, 'startTorrent() did not return true');
	await eventually('the .torrent started again', async () => {
		const state = (await info(client, fileHash))?.state;
		return state && !STOPPED.has(state);
	});

	step('categories (createCategory, getCategories, setTorrentCategory)');
	await client.createCategory(CATEGORY);
	const categories = await client.getCategories();
	check(categories[CATEGORY]?.name === CATEGORY, `getCategories() is ${JSON.stringify(categories)}`);
	await client.setTorrentCategory(fileHash, CATEGORY);
	await eventually(`category ${CATEGORY} on the .torrent`, async () => (await info(client, fileHash))?.category === CATEGORY);
	const inCategory = (await client.listTorrents({ category: CATEGORY })).map((t) => t.hash);
	check(JSON.stringify(inCategory) === JSON.stringify([fileHash]), `listTorrents({category}) is ${JSON.stringify(inCategory)}`);
	check((await client.getTorrent(fileHash)).label === CATEGORY, 'getTorrent() label is not the category');

	step('tags (createTags, getTags, addTorrentTags)');
	await client.createTags(TAG);
	const tags = await client.getTags();
	check(Array.isArray(tags) && tags.includes(TAG), `getTags() is ${JSON.stringify(tags)}`);
	await client.addTorrentTags(magnetHash, TAG);
	await eventually(`tag ${TAG} on the magnet`, async () => ((await info(client, magnetHash))?.tags ?? '').split(', ').includes(TAG));
	const tagged = (await client.listTorrents({ tag: TAG })).map((t) => t.hash);
	check(JSON.stringify(tagged) === JSON.stringify([magnetHash]), `listTorrents({tag}) is ${JSON.stringify(tagged)}`);

	step('sync (sync/maindata through the library\'s authenticated request)');
	// 9.11 has no getMainData(); its request() is what every call above goes through
	const full = await client.request('/sync/maindata', 'GET', { rid: 0 });
	check(full.full_update === true, `sync/maindata rid=0 full_update is ${full.full_update}`);
	check(Number.isInteger(full.rid) && full.rid > 0, `sync/maindata rid is ${full.rid}`);
	check(full.torrents?.[fileHash] && full.torrents?.[magnetHash], `sync/maindata torrents keys are ${JSON.stringify(Object.keys(full.torrents ?? {}))}`);
	check(full.torrents[fileHash].category === CATEGORY, 'sync/maindata does not show the category on the .torrent');
	check(full.categories?.[CATEGORY], `sync/maindata categories are ${JSON.stringify(full.categories)}`);
	check(Array.isArray(full.tags) && full.tags.includes(TAG), `sync/maindata tags are ${JSON.stringify(full.tags)}`);
	check(full.server_state && typeof full.server_state === 'object', 'sync/maindata has no server_state');
	const delta = await client.request('/sync/maindata', 'GET', { rid: full.rid });
	check(!delta.full_update, 'sync/maindata with the last rid is a full update again');
	check(Number.isInteger(delta.rid) && delta.rid > full.rid, `sync/maindata rid did not advance (${full.rid} -> ${delta.rid})`);

	step('remove (removeTorrent, removeCategory, deleteTags)');
	await client.removeTorrent([fileHash, magnetHash], true);
	await eventually('both torrents gone from torrents/info', async () => {
		const hashes = (await client.listTorrents()).map((t) => t.hash);
		return !hashes.includes(fileHash) && !hashes.includes(magnetHash);
	});
	await client.removeCategory(CATEGORY);
	check(!(CATEGORY in (await client.getCategories())), 'the category is still listed after removeCategory()');
	await client.deleteTags(TAG);
	check(!(await client.getTags()).includes(TAG), 'the tag is still listed after deleteTags()');

	console.log('OK: @ctrl/qbittorrent drove torrentd through every step');
}

main().catch((error) => {
	const status = error?.response?.status ?? error?.statusCode;
	const body = error?.data ?? error?.response?._data;
	fail(`${error?.message ?? error}${status ? ` (HTTP ${status}${body ? `: ${JSON.stringify(body)}` : ''})` : ''}`);
});
