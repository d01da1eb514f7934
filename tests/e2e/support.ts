import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'klantstem-demo';

export const demo = {
	admin: 'admin@example.com',
	director: 'director@example.com',
	lead: 'lead@example.com',
	agent: 'agent@example.com'
} as const;

/** Signs in through the login form, as a person would, and waits for the landing page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
	// Wait for hydration: typing before it finishes can be reset by the page's scripts.
	await page.goto('/login', { waitUntil: 'networkidle' });
	const emailField = page.getByLabel(/e-mail/i);
	const passwordField = page.getByLabel(/^(password|wachtwoord)$/i);
	await emailField.fill(email);
	await passwordField.fill(password);
	await expect(emailField).toHaveValue(email);
	await expect(passwordField).toHaveValue(password);
	await page.getByRole('button', { name: /^(sign in|inloggen)$/i }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

export function mainNav(page: Page) {
	return page.getByRole('navigation', { name: /main menu|hoofdmenu/i });
}
