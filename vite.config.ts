import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			// better-auth bundles kysely, whose modules import each other in cycles that are harmless;
			// the warnings and the plugin timing report would bury real build messages.
			checks: { circularDependency: false, pluginTimings: false }
		}
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/integration/global-setup.ts'],
					// Each file gets its own database on one shared embedded server; the
					// server has 2 cores, so more parallel files only add contention.
					maxWorkers: 2,
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
