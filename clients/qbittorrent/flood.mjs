// Runs the real Flood web UI server headless against torrentd as its qBittorrent, then uses
// Flood's own HTTP API: list torrents, add a .torrent file, and checks through torrentd's
// /api/v2/torrents/info that the torrent arrived. Exit code 0: every step matched; 1: the first
// mismatch, with Flood's output.
//
// usage: node flood.mjs <baseUrl> <user> <pass> <torrentFile>
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { infoHash } from './infohash.mjs';

const [baseUrl, username, password, torrentFile] = process.argv.slice(2);
if (!torrentFile) {
	fail('usage: node flood.mjs <baseUrl> <user> <pass> <torrentFile>');
}
const base = baseUrl.replace(/\/+$/, '');

let flood;
let floodOutput = '';
let rundir;

async function fail(message) {
	console.error(`FAIL: ${message}`);
	if (floodOutput) {
		const lines = floodOutput.replace(/\x1b\[[0-9;]*m/g, '').trimEnd().split('\n');
		console.error(`--- Flood output${lines.length > 80 ? ` (last 80 of ${lines.length} lines)` : ''} ---`);
		console.error(`${lines.slice(-80).join('\n')}\n--- end of Flood output ---`);
	}
	await stopFlood();
	process.exit(1);
}

async function check(condition, message) {
	if (!condition) {
		await fail(message);
	}
}

function step(name) {
	console.log(`-- ${name}`);
}

async function eventually(what, probe, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	while (Date.now() < deadline) {
		try {
			const result = await probe();
			if (result) {
				return result;
			}
		}
		catch (error) {
			lastError = error;
		}
		await new Promise((resolve) => setTimeout(resolve, 300));
	}
	await fail(`timed out after ${timeoutMs} ms waiting for: ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

async function stopFlood() {
	if (flood && flood.exitCode === null && flood.signalCode === null) {
		const exited = new Promise((resolve) => flood.once('exit', resolve));
		flood.kill('SIGTERM');
		const timer = setTimeout(() => flood.kill('SIGKILL'), 10_000);
		await exited;
		clearTimeout(timer);
	}
	if (rundir) {
		await rm(rundir, { recursive: true, force: true });
		rundir = undefined;
	}
}

/** torrentd's own view, through its qBittorrent API with a fresh login. */
async function torrentd(path) {
	const login = await fetch(`${base}/api/v2/auth/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ username, password }),
	});
	const cookie = login.headers.get('set-cookie')?.split(';')[0];
	if (!cookie) {
		throw new Error(`torrentd login answered ${login.status} ${await login.text()} without a cookie`);
	}
	const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie } });
	if (!response.ok) {
		throw new Error(`torrentd ${path} answered ${response.status} ${await response.text()}`);
	}
	return (response.headers.get('content-type') ?? '').includes('json') ? response.json() : response.text();
}

async function main() {
	const metainfo = await readFile(torrentFile);
	const hash = infoHash(new Uint8Array(metainfo));

	step('start Flood');
	const floodBin = join(dirname(createRequire(import.meta.url).resolve('flood/package.json')), 'dist', 'index.js');
	const port = await freePort();
	rundir = await mkdtemp(join(tmpdir(), 'flood-'));
	flood = spawn(process.execPath, [floodBin, '--auth', 'none', '--qburl', base, '--qbuser', username, '--qbpass', password,
		'--host', '127.0.0.1', '--port', String(port), '--rundir', rundir], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
	flood.stdout.on('data', (chunk) => (floodOutput += chunk));
	flood.stderr.on('data', (chunk) => (floodOutput += chunk));
	flood.once('exit', (code, signal) => (floodOutput += `[Flood exited: ${code ?? signal}]\n`));
	const floodUrl = `http://127.0.0.1:${port}`;

	// with --auth none Flood hands out its JWT cookie on authenticate; every /api call needs it
	const jwt = await eventually('Flood answering /api/auth/authenticate', async () => {
		await check(flood.exitCode === null, 'Flood exited during start-up');
		const response = await fetch(`${floodUrl}/api/auth/authenticate`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{}',
		});
		return response.ok && response.headers.get('set-cookie')?.split(';')[0];
	});
	const flooded = async (path, init = {}) => {
		const response = await fetch(`${floodUrl}/api${path}`, {
			...init,
			headers: { Cookie: jwt, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
		});
		const text = await response.text();
		return { status: response.status, text, json: () => JSON.parse(text) };
	};

	step('Flood connects to torrentd as qBittorrent (client/connection-test)');
	await eventually('Flood reporting its qBittorrent connection up', async () => {
		const test = await flooded('/client/connection-test');
		if (test.status !== 200 || test.json().isConnected !== true) {
			throw new Error(`connection-test answered ${test.status} ${test.text}`);
		}
		return true;
	});

	step('list torrents through Flood (GET /api/torrents)');
	const before = await eventually('Flood listing torrents', async () => {
		const list = await flooded('/torrents');
		if (list.status !== 200) {
			throw new Error(`GET /api/torrents answered ${list.status} ${list.text}`);
		}
		return list.json();
	});
	await check(before.torrents && typeof before.torrents === 'object', `Flood's torrent list is ${JSON.stringify(before)}`);

	step('add a .torrent through Flood (POST /api/torrents/add-files)');
	const destination = await torrentd('/api/v2/app/defaultSavePath');
	const added = await flooded('/torrents/add-files', {
		method: 'POST',
		body: JSON.stringify({ files: [metainfo.toString('base64')], destination, tags: [], start: false }),
	});
	await check(added.status >= 200 && added.status < 300, `add-files answered ${added.status} ${added.text}`);

	step('the torrent is in torrentd (/api/v2/torrents/info)');
	const inTorrentd = await eventually(`${hash} in torrentd's torrents/info`, async () => {
		const torrents = await torrentd(`/api/v2/torrents/info?hashes=${hash}`);
		return torrents.find((t) => t.hash === hash);
	});
	await check(inTorrentd.save_path.replace(/\/+$/, '') === String(destination).replace(/\/+$/, ''),
		`torrentd saves it in ${inTorrentd.save_path}, Flood asked for ${destination}`);

	step('and Flood lists it');
	await eventually(`${hash} in Flood's torrent list`, async () => {
		const list = (await flooded('/torrents')).json();
		return Object.keys(list.torrents ?? {}).some((key) => key.toLowerCase() === hash);
	});

	step('stop Flood');
	await stopFlood();
	console.log('OK: Flood drove torrentd through every step');
}

main().catch((error) => fail(error?.stack ?? String(error)));
