// Starts the built app for the e2e tests on a fresh data directory. A PostgreSQL left over from
// an aborted earlier run on that directory is stopped first (it is test data, nothing to keep).
import fs from 'node:fs';
import path from 'node:path';

const dataDir = path.resolve(process.env.KS_DATA_DIR || '.data-e2e');
const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
if (fs.existsSync(pidFile)) {
	const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
	try {
		process.kill(pid, 'SIGINT');
		for (let i = 0; i < 100 && fs.existsSync(pidFile); i++)
			await new Promise((r) => setTimeout(r, 100));
	} catch {
		// not running
	}
}
fs.rmSync(dataDir, { recursive: true, force: true });
await import('../../scripts/start.mjs');
