// GET /s/<token>[?score=N] only renders: link scanners in mail systems open every link, so a GET
// must never record an answer. The answer is written by the form's POST, sent by static/survey.js
// on load when the e-mail's score is in the URL, or by the visible button without JavaScript.
import { error, fail, redirect } from '@sveltejs/kit';
import { i18nFor } from '$lib/i18n';
import { db } from '$lib/server/db';
import {
	COMMENT_MAX,
	findSurveyInvitation,
	parseAnswers,
	SCORE_RANGE,
	scoreParam,
	valuesOf
} from '$lib/server/surveys/answer-page';
import { saveResponse } from '$lib/server/surveys/responses';
import {
	brandingOf,
	contactSummary,
	fullDate,
	pageLocale,
	PRIVATE_PAGE_HEADERS
} from '$lib/server/surveys/survey-view';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url, locals, setHeaders }) => {
	setHeaders(PRIVATE_PAGE_HEADERS);
	const invitation = await findSurveyInvitation(db().prisma, params.token, new Date());
	if (!invitation) error(404, 'Not found');
	const { locale, lang } = pageLocale(url, invitation.locale);
	// hooks.server.ts writes <html lang> from locals.locale when the page is rendered.
	locals.locale = locale;
	if (invitation.state === 'expired') return { state: 'expired' as const, locale, lang };

	const score = scoreParam(url.searchParams.get('score'), invitation.firstQuestion);
	const values = valuesOf(invitation.response);
	if (score !== null) values[invitation.firstQuestion] = String(score);
	return {
		state: 'open' as const,
		locale,
		lang,
		token: invitation.token,
		...brandingOf(invitation),
		about: contactSummary(invitation, locale),
		// With the e-mail's score: the short page that sends just that score.
		mode: score === null ? ('all' as const) : ('first' as const),
		questions: invitation.questions,
		scales: SCORE_RANGE,
		commentMax: COMMENT_MAX,
		values,
		saved: invitation.response !== null,
		expiresOn: invitation.expiresAt ? fullDate(invitation.expiresAt, locale) : null
	};
};

export const actions: Actions = {
	default: async ({ params, request, url }) => {
		const now = new Date();
		const invitation = await findSurveyInvitation(db().prisma, params.token, now);
		if (!invitation) error(404, 'Not found');
		// The page's load runs after this and shows the "closed" page.
		if (invitation.state === 'expired') return fail(410, { errors: [], values: {} });

		const { locale, lang } = pageLocale(url, invitation.locale);
		const form = await request.formData();
		const step = form.get('step') === 'first' ? 'first' : 'all';
		const parsed = parseAnswers(form, invitation.questions, invitation.response === null);
		if (!parsed.ok) {
			const i18n = i18nFor(locale);
			const errors = parsed.errors.map(({ field, key, values }) => ({
				field,
				message: i18n.t(
					key,
					Object.fromEntries(Object.entries(values).map(([k, v]) => [k, i18n.number(v)]))
				)
			}));
			return fail(400, { errors, values: parsed.values });
		}
		const result = await saveResponse(db().pool, invitation.id, parsed.answers, now);
		if (result.status === 'closed') return fail(410, { errors: [], values: {} });

		const query = lang ? `?lang=${lang}` : '';
		// After the e-mail's score: the rest of the questions. After the whole form: thank you.
		redirect(303, `/s/${invitation.token}${step === 'first' ? '' : '/thanks'}${query}`);
	}
};
