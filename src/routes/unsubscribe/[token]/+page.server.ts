// GET /unsubscribe/<token> shows the choice and never changes anything; the button POSTs.
// The same action takes the RFC 8058 one-click POST of mail clients (List-Unsubscribe-Post). It is
// a form action and not a +server.ts: with an endpoint on this path, SvelteKit would send every
// request that does not prefer text/html there, so a plain GET (curl, link checkers) would get
// 405 instead of the page. Either way SvelteKit's CSRF check runs first: a POST without our
// Origin (which is what a mail provider sends) is refused unless hooks.server.ts exempts it.
import { error, fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { pageLocale, PRIVATE_PAGE_HEADERS } from '$lib/server/surveys/survey-view';
import {
	findUnsubscribeInvitation,
	readUnsubscribeIntent,
	setSurveyOptOut,
	unsubscribePagePath
} from '$lib/server/surveys/unsubscribe';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	setHeaders(PRIVATE_PAGE_HEADERS);
	const found = await findUnsubscribeInvitation(db().prisma, params.token);
	if (!found) error(404, 'Not found');
	const { locale, lang } = pageLocale(url, found.locale);
	locals.locale = locale;
	return {
		locale,
		lang,
		token: params.token,
		sender: found.senderName,
		optedOut: found.optedOut,
		// Only a confirmation to show; the state itself comes from the database.
		resumed: url.searchParams.get('done') === 'in' && !found.optedOut
	};
};

export const actions: Actions = {
	default: async ({ params, request, url }) => {
		const intent = await readUnsubscribeIntent(request);
		if (!intent) return fail(400, { invalid: true });
		if (!(await setSurveyOptOut(db().prisma, params.token, intent !== 'opt-in', new Date())))
			error(404, 'Not found');
		// A mail client's one-click: 200 with the page, which now says "unsubscribed".
		if (intent === 'one-click') return { invalid: false };
		redirect(303, unsubscribePagePath(params.token, url, intent === 'opt-in' ? 'in' : 'out'));
	}
};
