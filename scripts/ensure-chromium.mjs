// Playwright cannot download its own browsers here; the e2e tests drive Debian's Chromium.
// Installs it with apt-get when it is missing (the test machines run as root).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (fs.existsSync(path)) process.exit(0);

function run(command, args) {
	const result = spawnSync(command, args, {
		stdio: ['ignore', 'inherit', 'inherit'],
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
	return result.status === 0;
}

console.log(`${path} is missing: installing Debian's chromium for the e2e tests…`);
const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
const ok =
	run(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), 'update']) &&
	run(sudo[0] ?? 'apt-get', [
		...(sudo.length ? ['apt-get'] : []),
		'install',
		'-y',
		'--no-install-recommends',
		'chromium'
	]);
if (!ok || !fs.existsSync(path)) {
	console.error(
		`Could not install chromium; install it yourself (apt-get install chromium) or set CHROMIUM_PATH`
	);
	process.exit(1);
}
