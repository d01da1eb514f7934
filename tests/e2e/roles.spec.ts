import { expect, test } from '@playwright/test';
import { demo, mainNav, signIn } from './support';

test.describe('each demo role signs in and sees its navigation', () => {
	test('admin lands on the overview and can reach admin pages', async ({ page }) => {
		await signIn(page, demo.admin);
		await expect(page).toHaveURL(/\/overview$/);
		const nav = mainNav(page);
		await expect(nav.getByRole('link', { name: /^(overview|overzicht)$/i })).toBeVisible();
		await expect(nav.getByRole('link', { name: /^(admin|beheer)$/i })).toBeVisible();
		await nav.getByRole('link', { name: /^(admin|beheer)$/i }).click();
		await expect(page).toHaveURL(/\/admin/);
	});

	test('director lands on the overview with NPS, CSAT, CES and FCR with n and intervals', async ({
		page
	}) => {
		await signIn(page, demo.director);
		await expect(page).toHaveURL(/\/overview$/);
		const nav = mainNav(page);
		await expect(nav.getByRole('link', { name: /^teams$/i })).toBeVisible();
		await expect(nav.getByRole('link', { name: /^(admin|beheer)$/i })).toHaveCount(0);
		const main = page.getByRole('main');
		for (const figure of [/NPS/, /CSAT/, /CES/, /FCR/])
			await expect(main.getByText(figure).first()).toBeVisible();
		await expect(main.getByText(/n\s*=\s*\d/).first()).toBeVisible();
		await expect(main.getByText(/95\s*%/).first()).toBeVisible();
	});

	test('team lead lands on their team and sees its agents', async ({ page }) => {
		await signIn(page, demo.lead);
		await expect(page).toHaveURL(/\/teams\/\d+$/);
		const nav = mainNav(page);
		await expect(nav.getByRole('link', { name: /^team /i }).first()).toBeVisible();
		await expect(nav.getByRole('link', { name: /^(overview|overzicht)$/i })).toHaveCount(0);
		await expect(
			page.getByRole('main').getByRole('link').filter({ hasText: /\w/ }).first()
		).toBeVisible();
		expect(await page.locator('main a[href^="/agents/"]').count()).toBeGreaterThan(3);
	});

	test('agent lands on their own feedback', async ({ page }) => {
		await signIn(page, demo.agent);
		await expect(page).toHaveURL(/\/me$/);
		const nav = mainNav(page);
		await expect(nav.getByRole('link', { name: /^(my feedback|mijn feedback)$/i })).toBeVisible();
		await expect(nav.getByRole('link', { name: /^teams$/i })).toHaveCount(0);
		await expect(page.getByRole('main').getByText(/CSAT/).first()).toBeVisible();
	});
});

test.describe('scope', () => {
	test("a team lead gets 404 for another team's agent and 403 for the overview", async ({
		browser
	}) => {
		// Find an agent of a team the lead does not lead, as the director.
		const director = await browser.newPage();
		await signIn(director, demo.director);
		const lead = await browser.newPage();
		await signIn(lead, demo.lead);
		const ownTeam = new URL(lead.url()).pathname;
		await director.goto('/teams');
		const otherTeams = await director
			.locator('main a[href^="/teams/"]')
			.evaluateAll(
				(links, own) => links.map((a) => a.getAttribute('href')).filter((href) => href !== own),
				ownTeam
			);
		expect(otherTeams.length).toBeGreaterThan(0);
		await director.goto(otherTeams[0]!);
		const otherAgent = await director
			.locator('main a[href^="/agents/"]')
			.first()
			.getAttribute('href');
		expect(otherAgent).toMatch(/^\/agents\/\d+$/);

		const agentPage = await lead.goto(otherAgent!);
		expect([403, 404]).toContain(agentPage?.status());
		await expect(lead.getByRole('main')).not.toContainText(/CSAT/);
		const teamPage = await lead.goto(otherTeams[0]!);
		expect([403, 404]).toContain(teamPage?.status());
		const overview = await lead.goto('/overview');
		expect(overview?.status()).toBe(403);
	});

	test('an agent cannot open a colleague and an admin cannot open team pages', async ({
		browser
	}) => {
		const agent = await browser.newPage();
		await signIn(agent, demo.agent);
		const director = await browser.newPage();
		await signIn(director, demo.director);
		await director.goto('/teams');
		const team = await director.locator('main a[href^="/teams/"]').first().getAttribute('href');
		await director.goto(team!);
		const agents = await director
			.locator('main a[href^="/agents/"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		const own = await agent.goto('/me');
		expect(own?.status()).toBe(200);
		for (const href of agents.slice(0, 3)) {
			const response = await agent.goto(href!);
			// The demo agent's own page answers 200; every colleague's answers 404.
			if (response?.status() === 200) continue;
			expect(response?.status()).toBe(404);
		}
		const admin = await browser.newPage();
		await signIn(admin, demo.admin);
		expect((await admin.goto(team!))?.status()).toBe(403);
	});
});

test.describe('sessions', () => {
	test('sign-out ends the session, also for a copied cookie', async ({ browser }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await signIn(page, demo.agent);
		const cookies = await context.cookies();
		expect(cookies.some((c) => c.httpOnly && /session/i.test(c.name))).toBe(true);
		await page.getByRole('button', { name: /^(sign out|uitloggen)$/i }).click();
		await expect(page).toHaveURL(/\/login/);
		await page.goto('/me');
		await expect(page).toHaveURL(/\/login/);

		const replay = await browser.newContext();
		await replay.addCookies(cookies);
		const again = await replay.newPage();
		await again.goto('/me');
		await expect(again).toHaveURL(/\/login/);
		await replay.close();
		await context.close();
	});

	test('a wrong password is refused with a clear message', async ({ page }) => {
		await page.goto('/login', { waitUntil: 'networkidle' });
		await page.getByLabel(/e-mail/i).fill(demo.director);
		await page.getByLabel(/^(password|wachtwoord)$/i).fill('not-the-password');
		await page.getByRole('button', { name: /^(sign in|inloggen)$/i }).click();
		await expect(page.getByText(/(e-mail or password is incorrect|onjuist)/i)).toBeVisible();
		await expect(page).toHaveURL(/\/login/);
	});

	test('the language switch changes the interface and is remembered', async ({ page }) => {
		await signIn(page, demo.director);
		const nav = mainNav(page);
		await page
			.getByRole('button', { name: /^english$/i })
			.or(page.getByRole('link', { name: /^english$/i }))
			.first()
			.click();
		await expect(mainNav(page).getByRole('link', { name: /^overview$/i })).toBeVisible();
		await page.reload();
		await expect(nav.getByRole('link', { name: /^overview$/i })).toBeVisible();
		await page
			.getByRole('button', { name: /^nederlands$/i })
			.or(page.getByRole('link', { name: /^nederlands$/i }))
			.first()
			.click();
		await expect(mainNav(page).getByRole('link', { name: /^overzicht$/i })).toBeVisible();
	});
});

test('health check answers', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok' });
});
