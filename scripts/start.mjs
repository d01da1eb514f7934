// `npm start`: builds the app when the sources are newer than the last build, then serves it in
// this very process (so Ctrl-C and SIGTERM reach the server, which stops its embedded PostgreSQL).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'build', '.build-stamp');
const inputs = [
	'src',
	'static',
	'prisma',
	'svelte.config.js',
	'vite.config.ts',
	'package-lock.json'
];

function fail(message) {
	console.error(`Klantstem cannot start: ${message}`);
	process.exit(1);
}

function newestChange(entry) {
	const full = path.join(root, entry);
	if (!fs.existsSync(full)) return 0;
	const stat = fs.statSync(full);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const child of fs.readdirSync(full)) {
		if (child === 'generated' || child.startsWith('.')) continue;
		newest = Math.max(newest, newestChange(path.join(entry, child)));
	}
	return newest;
}

function portIsFree(port, host) {
	return new Promise((resolve) => {
		const probe = net.createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, host, () => probe.close(() => resolve(true)));
	});
}

const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535)
	fail(`PORT must be a port number, got "${process.env.PORT}"`);
if (!(await portIsFree(port, process.env.HOST || '0.0.0.0')))
	fail(
		`port ${port} is in use: stop what runs there, or choose another port, e.g. PORT=${port + 1} npm start`
	);

const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
if (built < Math.max(...inputs.map(newestChange))) {
	console.log('Building Klantstem…');
	const build = spawnSync(
		path.join(root, 'node_modules', '.bin', 'vite'),
		['build', '--logLevel', 'warn'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (build.status !== 0) fail('the build failed (see above)');
	fs.writeFileSync(stamp, new Date().toISOString());
}

process.env.PORT = String(port);
// adapter-node assumes https when it cannot tell the protocol, which makes every form POST over
// plain http fail its CSRF check; without ORIGIN we serve http on localhost.
process.env.ORIGIN ||= `http://localhost:${port}`;
// CSV imports upload large files; the ingest API enforces its own 5 MB limit (INGEST.md).
process.env.BODY_SIZE_LIMIT ??= '64M';
await import(path.join(root, 'build', 'index.js'));

// adapter-node has no "listening" hook: ask the health check until it answers.
const host = process.env.ORIGIN;
for (let attempt = 0; attempt < 600; attempt++) {
	try {
		const response = await fetch(`http://127.0.0.1:${port}/healthz`);
		if (response.ok) {
			console.log(`\nKlantstem is ready at ${host}  (Ctrl-C stops it)`);
			break;
		}
	} catch {
		// not listening yet
	}
	await new Promise((resolve) => setTimeout(resolve, 250));
}
