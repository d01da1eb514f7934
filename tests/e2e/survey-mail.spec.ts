// The whole way a customer goes: a contact arrives through the API, its survey e-mail reaches a
// real SMTP server, and the one-tap link in that e-mail records the answer on a phone.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { baseURL, smtpPort } from '../../playwright.config';
import {
	startSmtpServer,
	type ReceivedMessage,
	type TestSmtpServer
} from '../integration/support/smtp';

let smtp: TestSmtpServer;

test.beforeAll(async () => {
	smtp = await startSmtpServer(smtpPort);
});

test.afterAll(async () => {
	await smtp?.close();
});

/** Posts an e-mail contact that ended an hour ago, so its invitation is due at once. */
async function emailContact(request: APIRequestContext): Promise<string> {
	for (let attempt = 0; attempt < 20; attempt++) {
		const id = `E2E-MAIL-${Date.now()}-${attempt}`;
		const address = `${id.toLowerCase()}@example.nl`;
		const response = await request.post('/api/v1/contacts', {
			headers: { authorization: 'Bearer ks_demo_ingest_key' },
			data: {
				externalId: id,
				channel: 'email',
				endedAt: new Date(Date.now() - 60 * 60_000).toISOString(),
				agent: { externalId: 'E2E-AGENT-SANNE', name: 'Sanne de Vries' },
				customer: {
					externalId: `CUSTOMER-${id}`,
					email: address,
					name: 'Jan Jansen',
					locale: 'nl'
				},
				reason: 'invoice_question'
			}
		});
		expect(response.status()).toBe(200);
		const survey = (await response.json()).results[0].survey;
		if (survey.status === 'scheduled') return address;
		// Sampling may skip a contact; any other reason is a broken setup, not bad luck.
		expect(survey.reason).toBe('sampled_out');
	}
	throw new Error('20 contacts in a row were sampled out');
}

async function mailTo(address: string): Promise<ReceivedMessage> {
	let found: ReceivedMessage | undefined;
	await expect
		.poll(() => (found = smtp.messages.find((m) => m.to.includes(address))), { timeout: 90_000 })
		.toBeTruthy();
	return found!;
}

test('the survey e-mail arrives once over SMTP and its one-tap link records the answer', async ({
	page,
	request
}) => {
	const address = await emailContact(request);
	const mail = await mailTo(address);

	expect(mail.subject).toMatch(/Sanne/);
	expect(mail.headers.get('list-unsubscribe')).toMatch(/\/unsubscribe\//);
	expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
	const links = [...mail.text.matchAll(/https?:\/\/\S+\/s\/([\w-]+)\?score=(\d+)/g)];
	expect(links.length).toBeGreaterThanOrEqual(5);
	const four = links.find((link) => link[2] === '4');
	expect(four).toBeTruthy();
	expect(new URL(four![0]).origin).toBe(baseURL);

	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto(four![0]);
	await expect(page.getByRole('status')).toContainText(/opgeslagen|saved/i);
	const path = new URL(four![0]).pathname;
	await expect(page).toHaveURL(`${baseURL}${path}`);

	// A second tap, on another score in the same e-mail, changes the answer.
	const two = links.find((link) => link[2] === '2');
	await page.goto(two![0]);
	await expect(page.getByRole('status')).toContainText(/opgeslagen|saved/i);
	await page.goto(path);
	const csat = page.getByRole('group', { name: 'Hoe tevreden ben je over dit contact?' });
	await expect(csat.getByRole('radio', { name: '2', exact: true })).toBeChecked();
	await expect(csat.getByRole('radio', { name: '4', exact: true })).not.toBeChecked();

	// One invitation, one e-mail: nothing else reached this customer.
	expect(smtp.messages.filter((m) => m.to.includes(address))).toHaveLength(1);
});
