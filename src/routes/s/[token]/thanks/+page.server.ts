// GET /s/<token>/thanks: the thank-you page after the whole form. It only reads.
import { error, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { findSurveyInvitation } from '$lib/server/surveys/answer-page';
import {
	brandingOf,
	fullDate,
	pageLocale,
	PRIVATE_PAGE_HEADERS
} from '$lib/server/surveys/survey-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	setHeaders(PRIVATE_PAGE_HEADERS);
	const invitation = await findSurveyInvitation(db().prisma, params.token, new Date());
	if (!invitation) error(404, 'Not found');
	const { locale, lang } = pageLocale(url, invitation.locale);
	locals.locale = locale;
	if (invitation.state === 'expired') return { state: 'expired' as const, locale, lang };
	// Nothing answered yet (a bookmarked or shared thank-you URL): the survey itself.
	if (!invitation.response) redirect(303, `/s/${invitation.token}${lang ? `?lang=${lang}` : ''}`);
	return {
		state: 'open' as const,
		locale,
		lang,
		token: invitation.token,
		...brandingOf(invitation),
		expiresOn: invitation.expiresAt ? fullDate(invitation.expiresAt, locale) : null
	};
};
