// Generates the Prisma client without the schema-engine binary, which Prisma's CLI would try to
// download (the build machines have no network but the npm registry). `generate` does not need
// that engine; pointing the variable at /bin/true keeps the CLI from fetching it.
import { spawnSync } from 'node:child_process';

const result = spawnSync('node_modules/.bin/prisma', ['generate'], {
	stdio: ['ignore', 'inherit', 'inherit'],
	env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_HIDE_UPDATE_MESSAGE: '1' }
});
process.exit(result.status ?? 1);
