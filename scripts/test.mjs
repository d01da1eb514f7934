// `npm test`: every test layer in order, stopping at the first that fails: lint, type check,
// unit, integration (real embedded PostgreSQL), e2e (the built app in Debian's Chromium).
import { spawnSync } from 'node:child_process';

const steps = [
	['lint', 'npm', ['run', '--silent', 'lint']],
	['type check', 'npm', ['run', '--silent', 'check']],
	['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
	['integration tests', 'npx', ['vitest', 'run', '--project', 'integration']],
	['e2e tests', 'npm', ['run', '--silent', 'test:e2e']]
];

const only = process.argv.slice(2);
const started = Date.now();
for (const [name, command, args] of steps) {
	if (only.length && !only.some((word) => name.startsWith(word))) continue;
	console.log(`\n▶ ${name}`);
	const stepStart = Date.now();
	const result = spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' }
	});
	if (result.status !== 0) {
		console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal})`);
		process.exit(result.status || 1);
	}
	console.log(`✓ ${name} (${((Date.now() - stepStart) / 1000).toFixed(0)} s)`);
}
console.log(`\nAll tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
