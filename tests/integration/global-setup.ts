// One embedded PostgreSQL for the whole integration run, with its own data directory and port so
// it never touches a developer's .data/. Each test file creates its own database from it
// (tests/integration/support/database.ts), so files can run in parallel.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/lib/server/db/embedded';

let server: RunningPostgres | null = null;

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = net.createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

export default async function setup(project: TestProject) {
	// A folder per run, so that two runs at once (two terminals, two engineers) never share one.
	const dataDir = path.resolve('.data-test', `run-${process.pid}`);
	fs.rmSync(dataDir, { recursive: true, force: true });
	const port = await freePort();
	server = await startEmbeddedPostgres(dataDir, port, 'postgres');
	project.provide('pgAdminUrl', server.url('postgres'));
	return async () => {
		await server?.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		pgAdminUrl: string;
	}
}
