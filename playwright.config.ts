import { defineConfig, devices } from '@playwright/test';

// The e2e tests run against the built app (`npm start`'s launcher) on a fresh embedded database
// with a small demo data set, in Debian's Chromium (Playwright cannot download browsers here).
const port = Number(process.env.E2E_PORT ?? 4173);
const pgPort = Number(process.env.E2E_PG_PORT ?? 54339);
// The app sends its e-mail to a real SMTP server that tests/e2e/survey-mail.spec.ts runs here.
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2587);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL,
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: 'node tests/e2e/serve.mjs',
		url: `${baseURL}/healthz`,
		timeout: 300_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		env: {
			PORT: String(port),
			ORIGIN: baseURL,
			KS_DATA_DIR: '.data-e2e',
			KS_PG_PORT: String(pgPort),
			KS_DEMO: '1',
			KS_DEMO_CONTACTS: '4000',
			SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
			MAIL_FROM: 'Klantenservice <klantenservice@example.com>'
		}
	}
});
