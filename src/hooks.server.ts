import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building } from '$app/environment';
import { auth } from '$lib/server/auth';
import { loadSessionUser } from '$lib/server/auth/users';
import { db } from '$lib/server/db';
import { ConfigError } from '$lib/server/env';
import { startApp, stopApp } from '$lib/server/startup';
import { pickLocale } from '$lib/i18n/locale';

export const init: ServerInit = async () => {
	if (building) return;
	try {
		await startApp();
	} catch (error) {
		// A wrong setting is the user's to fix: one line that says what to do, no stack trace.
		if (error instanceof ConfigError) {
			console.error(`Klantstem cannot start: ${error.message}`);
			process.exit(1);
		}
		throw error;
	}
	process.once('sveltekit:shutdown', () => void stopApp());
};

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const found = await auth().api.getSession({ headers: event.request.headers });
	if (found) event.locals.user = await loadSessionUser(db().prisma, found.user.id);
	event.locals.locale = pickLocale(
		event.cookies.get('ks_locale'),
		event.locals.user?.locale,
		event.request.headers.get('accept-language')
	);
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

const FORM_CONTENT_TYPE =
	/^\s*(application\/x-www-form-urlencoded|multipart\/form-data|text\/plain)\s*(;|$)/i;
// RFC 8058: mailbox providers POST `List-Unsubscribe=One-Click` from their servers, without our
// Origin. The unguessable token in the URL is the credential, so no other site can forge it.
const ONE_CLICK_UNSUBSCRIBE = /^\/unsubscribe\/[A-Za-z0-9_-]+$/;

/** SvelteKit's cross-site form check (csrf.checkOrigin), with the one-click exemption. */
const csrfCheck: Handle = async ({ event, resolve }) => {
	const { request, url } = event;
	const forbidden =
		['POST', 'PUT', 'PATCH', 'DELETE'].includes(request.method) &&
		FORM_CONTENT_TYPE.test(request.headers.get('content-type') ?? '') &&
		request.headers.get('origin') !== url.origin &&
		!(request.method === 'POST' && ONE_CLICK_UNSUBSCRIBE.test(url.pathname));
	if (forbidden)
		return new Response(`Cross-site ${request.method} form submissions are forbidden`, {
			status: 403,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	// Survey and reset links carry tokens in the URL: never leak them to other sites.
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (!response.headers.has('Cache-Control') && event.locals.user)
		response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

export const handle: Handle = sequence(csrfCheck, securityHeaders, session);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Something went wrong on our side' };
};
