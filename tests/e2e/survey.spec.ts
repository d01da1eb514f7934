// The customer's side of a survey, against the built app with demo data: a tap on a score in the
// invitation records it (a bare GET does not), the other questions, changing answers, the page
// without JavaScript, unsubscribing, and axe on every page a customer sees.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { baseURL } from '../../playwright.config';

let counter = 0;

/**
 * A fresh invitation for a new chat contact through the ingest API: chat links come back in the
 * answer (e-mail invitations wait for the program's delay). The demo program samples 80 % of the
 * contacts, so a contact may be sampled out: then the next one.
 */
async function newSurveyLink(
	request: APIRequestContext,
	locale: 'nl' | 'en' = 'nl'
): Promise<{ path: string; token: string }> {
	for (let attempt = 0; attempt < 25; attempt++) {
		const id = `E2E-SURVEY-${Date.now()}-${process.pid}-${++counter}`;
		const response = await request.post('/api/v1/contacts', {
			headers: { authorization: 'Bearer ks_demo_ingest_key' },
			data: {
				externalId: id,
				channel: 'chat',
				endedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
				agent: { externalId: 'E2E-AGENT-SANNE', name: 'Sanne de Vries' },
				customer: { externalId: `CUSTOMER-${id}`, name: 'Jan Jansen', locale },
				reason: 'invoice_question'
			}
		});
		expect(response.status()).toBe(200);
		const survey = (await response.json()).results[0].survey;
		if (survey.status === 'scheduled' && survey.url) {
			const path = new URL(survey.url).pathname;
			return { path, token: path.split('/').pop()! };
		}
	}
	throw new Error('25 contacts in a row were not surveyed');
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	const found = results.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
	expect(found).toEqual([]);
}

const csatGroup = (page: Page) =>
	page.getByRole('group', { name: 'Hoe tevreden ben je over dit contact?' });
const npsGroup = (page: Page) => page.getByRole('group', { name: /aanbeveelt/ });

test.describe('survey page', () => {
	test('a tap on a score records it on a 320 px phone; the answers can be changed', async ({
		page,
		request
	}) => {
		await page.setViewportSize({ width: 320, height: 640 });
		const { path } = await newSurveyLink(request);
		const elsewhere: string[] = [];
		page.on('request', (r) => {
			if (!r.url().startsWith(baseURL)) elsewhere.push(r.url());
		});

		await page.goto(`${path}?score=4`);
		// survey.js posted the score; the answer page shows it saved, with the other questions.
		await expect(page).toHaveURL(`${baseURL}${path}`);
		await expect(page.getByRole('status')).toContainText('Bedankt! Je antwoord is opgeslagen.');
		await expect(csatGroup(page).getByRole('radio', { name: '4', exact: true })).toBeChecked();
		await expect(
			page.getByText(/je chat met Sanne op \d+ \w+ over ‘Vraag over factuur’/)
		).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		const tapTarget = await npsGroup(page)
			.getByRole('radio', { name: '7', exact: true })
			.boundingBox();
		expect(tapTarget!.height).toBeGreaterThanOrEqual(44);
		expect(tapTarget!.width).toBeGreaterThanOrEqual(24);
		await expectNoAxeViolations(page);

		await csatGroup(page).getByRole('radio', { name: /^5,/ }).check();
		await npsGroup(page).getByRole('radio', { name: '9', exact: true }).check();
		await page
			.getByRole('group', { name: /helemaal opgelost/ })
			.getByRole('radio', { name: 'Ja' })
			.check();
		await page.getByLabel('Wil je ons nog iets vertellen?').fill('Sanne was erg behulpzaam.');
		await page.getByRole('button', { name: 'Antwoorden versturen' }).click();
		await expect(page).toHaveURL(`${baseURL}${path}/thanks`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bedankt!');
		await expectNoAxeViolations(page);

		// Revisiting the link shows the current answers.
		await page.getByRole('link', { name: 'Antwoorden wijzigen' }).click();
		await expect(csatGroup(page).getByRole('radio', { name: /^5,/ })).toBeChecked();
		await expect(csatGroup(page).getByRole('radio', { name: '4', exact: true })).not.toBeChecked();
		await expect(npsGroup(page).getByRole('radio', { name: '9', exact: true })).toBeChecked();
		await expect(page.getByLabel('Wil je ons nog iets vertellen?')).toHaveValue(
			'Sanne was erg behulpzaam.'
		);
		expect(elsewhere).toEqual([]);
	});

	test('a bare GET of a link, as a mail scanner does, records nothing', async ({
		page,
		request
	}) => {
		const { path, token } = await newSurveyLink(request);
		const scanned = await request.get(`${path}?score=1`);
		expect(scanned.status()).toBe(200);
		const html = await scanned.text();
		// The page did render with the score chosen, without any SvelteKit JavaScript.
		expect(html).toMatch(/<input[^>]*name="csat"[^>]*value="1"[^>]*checked/);
		// No SvelteKit client (its start script and preloads); the one script is our own.
		expect(html).not.toMatch(/__sveltekit|\/_app\/immutable\/entry|modulepreload/);
		expect(html.match(/<script[^>]*>/g)).toEqual([expect.stringContaining('/survey.js')]);
		expect((await request.get(`/unsubscribe/${token}`)).status()).toBe(200);

		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe ging het?');
		await expect(page.getByText('Je antwoord is opgeslagen')).toHaveCount(0);
		await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
		await page.goto(`/unsubscribe/${token}`);
		await expect(
			page.getByRole('button', { name: 'Stuur mij geen vragenlijsten meer' })
		).toBeVisible();
	});

	test('works without JavaScript: the Send button records the score', async ({
		browser,
		request
	}) => {
		const { path } = await newSurveyLink(request, 'en');
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 320, height: 640 }
		});
		const page = await context.newPage();
		await page.goto(`${path}?score=2`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(
			page.getByText(/your chat with Sanne on \d+ \w+ about ‘Invoice question’/)
		).toBeVisible();
		const csat = page.getByRole('group', { name: 'How satisfied are you with this contact?' });
		await expect(csat.getByRole('radio', { name: '2', exact: true })).toBeChecked();
		// Nothing sends it by itself: the page stays, unsaved, until the button is pressed.
		await page.waitForTimeout(500);
		await expect(page).toHaveURL(`${baseURL}${path}?score=2`);
		await expect(page.getByRole('status')).toHaveCount(0);

		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page).toHaveURL(`${baseURL}${path}`);
		await expect(page.getByRole('status')).toContainText('Thank you! Your answer has been saved.');
		await expect(csat.getByRole('radio', { name: '2', exact: true })).toBeChecked();

		await page
			.getByRole('group', { name: /fully resolved/ })
			.getByRole('radio', { name: 'No' })
			.check();
		await page
			.getByLabel('Is there anything else you would like to tell us?')
			.fill('Still waiting.');
		await page.getByRole('button', { name: 'Send answers' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you!');
		await page.goto(path);
		await expect(
			page.getByRole('group', { name: /fully resolved/ }).getByRole('radio', { name: 'No' })
		).toBeChecked();
		await context.close();
	});

	test('the page with the e-mail score, before it is sent, passes axe', async ({
		page,
		request
	}) => {
		const { path } = await newSurveyLink(request);
		// Without its script the page stays as a customer without JavaScript sees it.
		await page.route('**/survey.js', (route) => route.abort());
		await page.goto(`${path}?score=3`);
		await expect(page.getByRole('button', { name: 'Versturen', exact: true })).toBeVisible();
		await expect(csatGroup(page).getByRole('radio', { name: '3', exact: true })).toBeChecked();
		await expectNoAxeViolations(page);
	});

	test('an unknown link gets a friendly 404 that reveals nothing', async ({ page }) => {
		const response = await page.goto(`/s/${'x'.repeat(43)}?score=5`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			/This link does not work|Deze link werkt niet/
		);
		await expect(page.getByRole('radio')).toHaveCount(0);
		await expectNoAxeViolations(page);
	});
});

test.describe('unsubscribe', () => {
	test('the button opts out and back in; GET alone changes nothing', async ({ page, request }) => {
		const { token } = await newSurveyLink(request);
		await page.goto(`/unsubscribe/${token}`);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Stuur mij geen vragenlijsten meer' }).click();
		await expect(page.getByRole('status')).toContainText('Je bent afgemeld');
		await expectNoAxeViolations(page);
		await page.reload();
		await expect(page.getByRole('status')).toContainText('Je bent afgemeld');

		await page.getByRole('button', { name: 'Stuur mij weer vragenlijsten' }).click();
		await expect(page.getByRole('status')).toContainText('Je krijgt onze vragenlijsten weer');
		await expect(
			page.getByRole('button', { name: 'Stuur mij geen vragenlijsten meer' })
		).toBeVisible();
	});

	test('a mail client one-click POST (RFC 8058) opts out', async ({ page, request }) => {
		// A mail provider sends no Origin: hooks.server.ts exempts POST /unsubscribe/<token> from the
		// cross-site form check (the token is the credential).
		const { token } = await newSurveyLink(request);
		// What a mailbox provider sends: no browser, no Origin header, no cookies.
		const response = await request.post(`/unsubscribe/${token}`, {
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			data: 'List-Unsubscribe=One-Click'
		});
		expect(response.status()).toBe(200);
		// Every other cross-site form POST is still refused.
		const forged = await request.post(`/s/${token}`, {
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				origin: 'https://evil.example'
			},
			data: 'csat=1'
		});
		expect(forged.status()).toBe(403);
		await page.goto(`/unsubscribe/${token}`);
		await expect(page.getByRole('status')).toContainText('Je bent afgemeld');
	});
});
