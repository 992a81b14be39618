// Drives torrentd's µTorrent WebUI API with the real @ctrl/utorrent library and checks what it
// reads back, step for step as the library's own upstream test suite does against a real
// µTorrent Server (an empty server, every torrent removed after each step, queue numbers
// starting at 1 again). Exit code 0: every step matched; 1: the first mismatch, with a message
// saying which step and what was seen (for an HTTP error: the status and the body).
//
// usage (environment):
//   UT_BASE_URL      e.g. http://127.0.0.1:8080/   (the library appends /gui/)
//   UT_USERNAME      default admin (the library's and µTorrent Server's default)
//   UT_PASSWORD      default empty
//   UT_TORRENT_FILE  path of a real single-file .torrent
//   UT_TORRENT_HASH  its v1 info-hash (40 hex digits, any case)
//   UT_TORRENT_NAME  its name
import { readFile } from 'node:fs/promises';
import { Utorrent } from '@ctrl/utorrent';

const env = process.env;
const baseUrl = env.UT_BASE_URL;
const username = env.UT_USERNAME ?? 'admin';
const password = env.UT_PASSWORD ?? '';
const torrentFile = env.UT_TORRENT_FILE;
const torrentHash = env.UT_TORRENT_HASH?.toUpperCase();
const torrentName = env.UT_TORRENT_NAME;
if (!baseUrl || !torrentFile || !torrentHash || !torrentName) {
	fail('set UT_BASE_URL, UT_USERNAME, UT_PASSWORD, UT_TORRENT_FILE, UT_TORRENT_HASH and UT_TORRENT_NAME');
}

// a magnet for an info-hash nobody seeds: the row must come from the add alone, named from dn
// (+ decoded as a space); its only tracker is on loopback, so nothing leaves the machine
const MAGNET_HASH = 'B0B81206633C42874173D22E564D293DAEFC45E2';
const MAGNET_NAME = 'Ubuntu 11 10 Alternate Amd64 Iso';
const MAGNET = `magnet:?xt=urn:btih:${MAGNET_HASH}&dn=Ubuntu+11+10+Alternate+Amd64+Iso`
	+ `&tr=${encodeURIComponent('http://127.0.0.1:1/announce')}`;

const ROW_COLUMNS = 29;
const STARTED = 1;
const PAUSED = 32;

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

function newClient() {
	return new Utorrent({ baseUrl, username, password, timeout: 15_000 });
}

/** Polls until probe() returns a truthy value: start and stop reach libtorrent asynchronously. */
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

/** A {"build":N} answer, as every µTorrent action answers. */
function isBuildAnswer(answer, what) {
	check(answer && Number.isInteger(answer.build), `${what} answered ${JSON.stringify(answer)}, expected {"build":N}`);
}

async function rows(client) {
	const list = await client.listTorrents();
	check(Array.isArray(list?.torrents), `list=1 has no torrents array: ${JSON.stringify(list)}`);
	check(Array.isArray(list.label), `list=1 has no label array: ${JSON.stringify(list)}`);
	check(typeof list.torrentc === 'string', `list=1 torrentc is ${JSON.stringify(list.torrentc)}, expected a string`);
	return list.torrents;
}

async function row(client, hash) {
	return (await rows(client)).find((r) => r[0].toUpperCase() === hash.toUpperCase());
}

/** A row as µTorrent 3.x lists it: 29 columns, an upper-case hash, integers where numbers are. */
function checkRow(r, what) {
	check(Array.isArray(r) && r.length === ROW_COLUMNS, `${what}: a row of ${r?.length} columns, expected ${ROW_COLUMNS}: ${JSON.stringify(r)}`);
	check(/^[0-9A-F]{40}$/.test(r[0]), `${what}: hash ${JSON.stringify(r[0])} is not 40 upper-case hex digits`);
	for (const i of [1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 23, 24]) {
		check(Number.isInteger(r[i]), `${what}: column ${i} is ${JSON.stringify(r[i])}, expected an integer`);
	}
	for (const i of [2, 11, 19, 20, 21, 22, 25, 26]) {
		check(typeof r[i] === 'string', `${what}: column ${i} is ${JSON.stringify(r[i])}, expected a string`);
	}
}

/** The fields the upstream tests check on a just-added torrent nobody seeds. */
function checkFreshTorrent(t, what, { name, label }) {
	const expect = (field, actual, expected) => check(actual === expected,
		`${what}: ${field} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
	expect('name', t.name, name);
	expect('label', t.label, label);
	expect('queuePosition', t.queuePosition, 1);
	expect('connectedPeers', t.connectedPeers, 0);
	expect('connectedSeeds', t.connectedSeeds, 0);
	expect('totalPeers', t.totalPeers, 0);
	expect('totalSeeds', t.totalSeeds, 0);
	expect('downloadSpeed', t.downloadSpeed, 0);
	expect('uploadSpeed', t.uploadSpeed, 0);
	expect('totalDownloaded', t.totalDownloaded, 0);
	expect('totalUploaded', t.totalUploaded, 0);
	expect('ratio', t.ratio, 0);
	expect('isCompleted', t.isCompleted, false);
	expect('stateMessage', t.stateMessage, '');
	check(t.progress >= 0, `${what}: progress is ${t.progress}, expected >= 0`);
	check(!Number.isNaN(Date.parse(t.dateAdded)), `${what}: dateAdded ${t.dateAdded} is not a date`);
}

/** The upstream afterEach: list and removetorrent everything, so that the next step starts empty. */
async function removeAll() {
	const client = newClient();
	for (const r of await rows(client)) {
		isBuildAnswer(await client.removeTorrent(r[0]), `removetorrent ${r[0]}`);
	}
	const left = await rows(client);
	check(left.length === 0, `after removing every torrent the list still has ${left.length}: ${JSON.stringify(left)}`);
}

async function main() {
	const metainfo = new Uint8Array(await readFile(torrentFile));

	step('connect: token.html gives a token and a GUID cookie');
	{
		const client = newClient();
		await client.connect();
		check(client.state.auth?.token?.length > 0, `no token after connect(): ${JSON.stringify(client.state)}`);
		check(/^GUID=/.test(client.state.auth.setCookie), `token.html set no GUID cookie: "${client.state.auth.setCookie}"`);
		client.resetSession();
		check(client.state.auth === undefined, 'resetSession() kept the session');
	}

	step('getSettings: settings is an array, build >= 25406');
	{
		const settings = await newClient().getSettings();
		check(Array.isArray(settings?.settings), `getsettings has no settings array: ${JSON.stringify(settings)?.slice(0, 300)}`);
		check(Number.isInteger(settings.build) && settings.build >= 25406, `build ${settings.build}, expected an integer >= 25406`);
	}

	step('getVersion: a µTorrent Server version object');
	{
		const version = await newClient().getVersion();
		check(version?.version && typeof version.version === 'object', `getversion has no version object: ${JSON.stringify(version)}`);
	}

	step('list: empty at start');
	{
		const start = await rows(newClient());
		check(start.length === 0, `the server is not empty at start: ${JSON.stringify(start)}`);
	}

	step('add torrent (Uint8Array) -> listed with its name, upper-case hash and queue position 1');
	{
		const client = newClient();
		isBuildAnswer(await client.addTorrent(metainfo), 'add-file');
		const all = await rows(client);
		check(all.length === 1, `${all.length} torrents after add-file, expected 1`);
		const [r] = all;
		checkRow(r, 'the added torrent');
		check(r[0] === torrentHash, `row 0 is ${r[0]}, expected ${torrentHash}`);
		check(r[2] === torrentName, `row name is ${JSON.stringify(r[2])}, expected ${JSON.stringify(torrentName)}`);
		check(r[17] === 1, `queue position (column 17) is ${r[17]}, expected 1`);
		check(r[11] === '', `label (column 11) is ${JSON.stringify(r[11])}, expected ""`);
		await removeAll();
	}

	step('add torrent from a base64 string');
	{
		const client = newClient();
		isBuildAnswer(await client.addTorrent(Buffer.from(metainfo).toString('base64')), 'add-file (base64)');
		const all = await rows(client);
		check(all.length === 1 && all[0][0] === torrentHash, `after add-file (base64) the list is ${JSON.stringify(all.map((r) => r[0]))}`);
		await removeAll();
	}

	step('move torrents in queue: queueup, queuedown, queuetop, queuebottom');
	{
		const client = newClient();
		await client.addTorrent(metainfo);
		const [r] = await rows(client);
		isBuildAnswer(await client.queueUp(r[0]), 'queueup');
		isBuildAnswer(await client.queueDown(r[0]), 'queuedown');
		isBuildAnswer(await client.queueTop(r[0]), 'queuetop');
		isBuildAnswer(await client.queueBottom(r[0]), 'queuebottom');
		check((await row(client, torrentHash))?.[17] === 1, 'the only torrent is no longer at queue position 1');
		await removeAll();
	}

	step('pause, unpause (resume), stop, forcestart');
	{
		const client = newClient();
		await client.addTorrent(metainfo);
		const hash = torrentHash;
		isBuildAnswer(await client.pauseTorrent(hash), 'pause');
		// real µTorrent keeps bit 1 and adds bit 32 (233); a stop clears bit 1 (136)
		await eventually('paused after pause (status bit 32 set or bit 1 clear)', async () => {
			const r = await row(client, hash);
			return r && ((r[1] & PAUSED) !== 0 || (r[1] & STARTED) === 0);
		});
		isBuildAnswer(await client.resumeTorrent(hash), 'unpause');
		await eventually('started after unpause (status bit 1 set, bit 32 clear)', async () => {
			const r = await row(client, hash);
			return r && (r[1] & STARTED) !== 0 && (r[1] & PAUSED) === 0;
		});
		isBuildAnswer(await client.stopTorrent(hash), 'stop');
		await eventually('not started after stop (status bit 1 clear)', async () => {
			const r = await row(client, hash);
			return r && (r[1] & STARTED) === 0;
		});
		isBuildAnswer(await client.forceStartTorrent(hash), 'forcestart');
		await eventually('started after forcestart (status bit 1 set)', async () => {
			const r = await row(client, hash);
			return r && (r[1] & STARTED) !== 0;
		});
		await removeAll();
	}

	step('setprops label (setProps) -> column 11 and the label list');
	{
		const client = newClient();
		await client.addTorrent(metainfo);
		isBuildAnswer(await client.setProps(torrentHash, { s: 'label', v: 'ctrl-label' }), 'setprops label');
		const data = await client.getAllData();
		const t = data.torrents.find((x) => x.id === torrentHash.toLowerCase());
		// the library puts the pair before the hash: s=label&v=ctrl-label&hash=H&token=T&action=setprops
		check(t?.label === 'ctrl-label', `label after setprops is ${JSON.stringify(t?.label)}, expected "ctrl-label" `
			+ `(request: ?s=label&v=ctrl-label&hash=${torrentHash}&token=…&action=setprops)`);
		const label = data.labels.find((l) => l.name === 'ctrl-label');
		check(label?.count === 1, `the label list is ${JSON.stringify(data.labels)}, expected ctrl-label with count 1`);
		await removeAll();
	}

	step('remove torrent -> gone from the next list');
	{
		const client = newClient();
		await client.addTorrent(metainfo);
		const [r] = await rows(client);
		isBuildAnswer(await client.removeTorrent(r[0]), 'removetorrent');
		const left = await rows(client);
		check(left.length === 0, `after removetorrent the list has ${JSON.stringify(left.map((x) => x[0]))}`);
	}

	step('remove torrent with data (removedatatorrent) -> gone from the next list');
	{
		const client = newClient();
		await client.addTorrent(metainfo);
		isBuildAnswer(await client.removeTorrent(torrentHash.toLowerCase(), true), 'removedatatorrent (lower-case hash)');
		const left = await rows(client);
		check(left.length === 0, `after removedatatorrent the list has ${JSON.stringify(left.map((x) => x[0]))}`);
	}

	step('normalized torrent data (getAllData)');
	{
		const client = newClient();
		await client.addTorrent(metainfo);
		const data = await client.getAllData();
		check(data.torrents.length === 1, `getAllData has ${data.torrents.length} torrents, expected 1`);
		checkFreshTorrent(data.torrents[0], 'getAllData', { name: torrentName, label: '' });
		await removeAll();
	}

	step('normalizedAddTorrent(file, {label: "test"})');
	{
		const t = await newClient().normalizedAddTorrent(metainfo, { label: 'test' });
		check(t.id === torrentHash.toLowerCase(), `normalizedAddTorrent id ${t.id}, expected ${torrentHash.toLowerCase()}`);
		checkFreshTorrent(t, 'normalizedAddTorrent(file)', { name: torrentName, label: 'test' });
		await removeAll();
	}

	step('normalizedAddTorrent(magnet, {label: "test"}) -> named from dn at once');
	{
		const t = await newClient().normalizedAddTorrent(MAGNET, { label: 'test' });
		check(t.id === MAGNET_HASH.toLowerCase(), `normalizedAddTorrent id ${t.id}, expected ${MAGNET_HASH.toLowerCase()}`);
		checkFreshTorrent(t, 'normalizedAddTorrent(magnet)', { name: MAGNET_NAME, label: 'test' });
		checkRow(t.raw, 'the magnet row');
		check(t.raw[0] === MAGNET_HASH, `the magnet row's hash is ${t.raw[0]}, expected ${MAGNET_HASH}`);
		await removeAll();
	}

	console.log('OK: every step matched');
}

main().catch((error) => {
	// ofetch's FetchError carries the request, the status and the parsed body
	const status = error?.response ? ` HTTP ${error.response.status}` : '';
	const body = error?.data !== undefined ? ` body: ${JSON.stringify(error.data)}` : '';
	fail(`${error?.stack ?? error}${status}${body}`);
});
