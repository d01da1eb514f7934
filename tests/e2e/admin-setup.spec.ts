// An admin sets up the intake: an API key (shown once), a survey program, and a CSV import that
// is checked row by row and then imported all at once.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

import { demo, signIn } from './support';

const DEMO_KEY = 'ks_demo_ingest_key';
const fixture = fs.readFileSync('tests/fixtures/contacts.csv', 'utf8');

function contact(externalId: string) {
	return {
		externalId,
		channel: 'phone',
		endedAt: '2026-10-02T09:06:00+01:00',
		agent: { externalId: 'E2E-A1' },
		customer: { externalId: 'E2E-C1', email: 'e2e.klant1@example.nl' }
	};
}

test('an admin creates an API key, sees it once, and revokes it', async ({ page, request }) => {
	await signIn(page, demo.admin);
	await page.goto('/admin/api-keys');
	const main = page.getByRole('main');
	// The demo key is listed by its prefix only.
	await expect(main.getByRole('link', { name: 'Demo ingest key' })).toBeVisible();
	await expect(main).not.toContainText(DEMO_KEY);

	await main.getByRole('link', { name: /^(nieuwe api-sleutel|new api key)$/i }).click();
	await page.getByLabel(/^(naam|name)$/i).fill('E2E helpdesk');
	await page.getByLabel(/^(verzoeken per minuut|requests per minute)$/i).fill('120');
	await page.getByRole('button', { name: /^(sleutel aanmaken|create key)$/i }).click();

	const shown = page.getByTestId('new-key');
	await expect(shown).toHaveText(/^ks_[A-Za-z0-9_-]{43}$/);
	const key = (await shown.textContent())!.trim();
	const origin = new URL(page.url()).origin;
	await expect(page.getByRole('main')).toContainText(`curl -X POST '${origin}/api/v1/contacts'`);
	await expect(page.getByRole('main')).toContainText(`Authorization: Bearer ${key}`);

	const accepted = await request.post('/api/v1/contacts', {
		headers: { Authorization: `Bearer ${key}` },
		data: contact('E2E-KEY-1')
	});
	expect(accepted.status()).toBe(200);

	// Shown once: the list and the key's own page show the prefix, never the key.
	await page.goto('/admin/api-keys');
	await expect(page.getByRole('main')).not.toContainText(key);
	const row = page.getByRole('row', { name: /E2E helpdesk/ });
	await expect(row).toContainText(`${key.slice(0, 10)}…`);
	await expect(row.getByRole('cell').nth(2)).toHaveText('120');
	await page.getByRole('main').getByRole('link', { name: 'E2E helpdesk' }).click();
	await expect(page.getByRole('main')).not.toContainText(key);
	await expect(page.getByLabel(/^(verzoeken per minuut|requests per minute)$/i)).toHaveValue('120');

	await page.getByRole('link', { name: /^(intrekken|revoke)$/i }).click();
	await page.getByRole('button', { name: /^(ja, intrekken|yes, revoke)$/i }).click();
	await expect(page.getByRole('status').filter({ hasText: /ingetrokken|revoked/i })).toBeVisible();
	const refused = await request.post('/api/v1/contacts', {
		headers: { Authorization: `Bearer ${key}` },
		data: contact('E2E-KEY-2')
	});
	expect(refused.status()).toBe(401);
});

test('an admin edits a survey program; a wrong value is refused with its reason', async ({
	page
}) => {
	await signIn(page, demo.admin);
	await page.goto('/admin/surveys');
	await page.getByRole('main').getByRole('link', { name: 'Standaard na contact' }).click();
	const sampling = page.getByLabel(/^(steekproef|sampling) \(%\)$/i);
	await sampling.fill('150');
	await page.getByRole('button', { name: /^(opslaan|save)$/i }).click();
	await expect(page.getByText(/0 (tot en met|to) 100/).first()).toBeVisible();
	await expect(sampling).toHaveAttribute('aria-invalid', 'true');

	await sampling.fill('55');
	await page.getByLabel(/^(herinnering na|reminder after)/i).fill('');
	await page.getByLabel(/^(huisstijlkleur|brand colour)$/i).fill('#AA3300');
	await page.getByRole('checkbox', { name: /^(chat)$/i }).check();
	// E-mail stays covered: survey-mail.spec.ts sends an e-mail survey through this program.
	await page.getByRole('checkbox', { name: /^(e-mail)$/i }).check();
	await page.getByRole('button', { name: /^(opslaan|save)$/i }).click();
	await expect(page.getByRole('status').filter({ hasText: /opgeslagen|saved/i })).toBeVisible();

	await page.reload();
	await expect(sampling).toHaveValue('55');
	await expect(page.getByLabel(/^(herinnering na|reminder after)/i)).toHaveValue('');
	await expect(page.getByLabel(/^(huisstijlkleur|brand colour)$/i)).toHaveValue('#aa3300');
	await expect(page.getByRole('checkbox', { name: /^(chat)$/i })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /^(e-mail)$/i })).toBeChecked();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.goto('/admin/surveys');
	await expect(page.getByRole('row', { name: /Standaard na contact/ })).toContainText('55%');
});

async function upload(page: Page, name: string, content: string) {
	await page.goto('/admin/import');
	await page.getByLabel(/^(csv-bestand|csv file)$/i).setInputFiles({
		name,
		mimeType: 'text/csv',
		buffer: Buffer.from(content, 'utf8')
	});
	await page.getByRole('button', { name: /^(uploaden en controleren|upload and check)$/i }).click();
	await expect(page).toHaveURL(/\/admin\/import\/\d+$/);
	// The check runs in the background; the page follows it until the report is there.
	await expect(page.getByRole('heading', { name: /^(controle|check)$/i })).toBeVisible({
		timeout: 30_000
	});
}

test('an admin imports a CSV: the bad row is reported, the corrected file is imported', async ({
	page,
	request
}) => {
	await signIn(page, demo.admin);
	await upload(page, 'contacts.csv', fixture);
	const main = page.getByRole('main');
	await expect(main).toContainText(/20 (rijen|rows),\s+1 (probleem|problem)\./);
	const report = main.getByRole('table', { name: /^(problemen per rij|problems per row)$/i });
	await expect(report.getByRole('row')).toHaveCount(2);
	const problem = report.getByRole('row', { name: /channel/ });
	await expect(problem.getByRole('cell').first()).toHaveText('8');
	await expect(problem).toContainText(/phone, email, chat, social, in_person/);
	await expect(main.getByRole('button', { name: /importeren|^import/i })).toHaveCount(0);
	// The preview flags the column Klantstem does not know.
	await expect(main.getByRole('columnheader', { name: /notes/ })).toContainText(/onbekend|unknown/);

	const corrected = fixture.replace(',fax,', ',phone,');
	await upload(page, 'contacts-corrected.csv', corrected);
	await expect(main).toContainText(/20 (rijen|rows),\s+0 (problemen|problems)\./);
	await main
		.getByRole('button', { name: /^(20 contacten importeren|import 20 contacts)$/i })
		.click();
	await expect(main.getByRole('status').filter({ hasText: /20 (nieuw|new)/ })).toBeVisible({
		timeout: 30_000
	});

	// The contacts exist: the API finds the same externalId and updates it.
	const again = await request.post('/api/v1/contacts', {
		headers: { Authorization: `Bearer ${DEMO_KEY}` },
		data: { ...contact('E2E-CSV-7'), channel: 'phone' }
	});
	expect(again.status()).toBe(200);
	expect((await again.json()).results[0]).toMatchObject({
		externalId: 'E2E-CSV-7',
		created: false
	});
	// The page of a checked file (report, wide preview) passes an accessibility check.
	await page.goto(page.url());
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	const unknown = await request.post('/api/v1/contacts', {
		headers: { Authorization: `Bearer ${DEMO_KEY}` },
		data: contact('E2E-NOT-IMPORTED')
	});
	expect((await unknown.json()).results[0]).toMatchObject({ created: true });
});

/** A file just over the 60 MB the import accepts, still under the server's 64 MB body limit. */
function tooLarge(info: TestInfo): string {
	const file = info.outputPath('big.csv');
	fs.writeFileSync(file, Buffer.alloc(60 * 1024 * 1024 + 1, 'a'));
	return file;
}

test('a file over 60 MB is refused before it is sent', async ({ page }, info) => {
	await signIn(page, demo.admin);
	await page.goto('/admin/import');
	await page.getByLabel(/^(csv-bestand|csv file)$/i).setInputFiles(tooLarge(info));
	await page.getByRole('button', { name: /^(uploaden en controleren|upload and check)$/i }).click();
	await expect(page.getByText(/te groot|too large/i)).toBeVisible();
	await expect(page).toHaveURL(/\/admin\/import$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the server refuses a file over 60 MB with a clear message', async ({ page }, info) => {
		await signIn(page, demo.admin);
		await page.goto('/admin/import');
		await page.getByLabel(/^(csv-bestand|csv file)$/i).setInputFiles(tooLarge(info));
		await page
			.getByRole('button', { name: /^(uploaden en controleren|upload and check)$/i })
			.click();
		await expect(page.getByText(/te groot|too large/i)).toBeVisible();
		await expect(page.getByLabel(/^(csv-bestand|csv file)$/i)).toHaveAttribute(
			'aria-invalid',
			'true'
		);
	});

	test('the import page follows the check and the import by refreshing itself', async ({
		page
	}) => {
		await signIn(page, demo.admin);
		const rows = fixture.trim().split('\r\n');
		const file = [rows[0], ...rows.slice(1, 4).map((row) => row.replace(/^E2E-CSV-/, 'E2E-NOJS-'))]
			.join('\r\n')
			.replace(',fax,', ',phone,');
		await upload(page, 'nojs.csv', file);
		const main = page.getByRole('main');
		await expect(main).toContainText(/3 (rijen|rows),\s+0 (problemen|problems)\./);
		await main
			.getByRole('button', { name: /^(3 contacten importeren|import 3 contacts)$/i })
			.click();
		await expect(main.getByRole('status').filter({ hasText: /3 (nieuw|new)/ })).toBeVisible({
			timeout: 30_000
		});
	});
});
