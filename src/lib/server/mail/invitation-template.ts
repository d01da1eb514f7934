// The HTML of the survey e-mails, built with MJML (table layout, inline styles). Compiling MJML
// takes tens of milliseconds, so each shape (language, invitation or reminder, question scale,
// with or without logo) is compiled once with placeholders; every value that varies per mail is
// HTML-escaped when it is filled in. No images but the program's own logo, no fonts or CSS from
// elsewhere, no tracking pixel.
import mjml2html from 'mjml';
import {
	COPY,
	scaleOf,
	type FirstQuestion,
	type MailKind,
	type MailLocale
} from './invitation-copy';

export type TemplateShape = {
	locale: MailLocale;
	kind: MailKind;
	question: FirstQuestion;
	hasLogo: boolean;
};

export type TemplateValues = {
	subject: string;
	preheader: string;
	greeting: string;
	intro: string;
	sender: string;
	deadline: string;
	logoUrl: string;
	surveyUrl: string;
	unsubscribeUrl: string;
	/** One-tap link per score of the shape's scale. */
	scoreUrls: Record<number, string>;
	brandColor: string;
};

// Stand-ins that survive MJML untouched and are replaced after compiling.
const token = (name: string) => `__KS_${name}__`;
const BRAND = '#0a0b0c';
const ON_BRAND = '#0d0e0f';
const DEFAULT_BRAND = '#1f5f8b';
const FONT = 'Helvetica, Arial, sans-serif';

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A colour MJML and every mail client understand; anything else gets the default. */
export function safeBrandColor(value: string | null | undefined): string {
	const hex = value?.trim() ?? '';
	if (/^#[0-9a-f]{6}$/i.test(hex)) return hex.toLowerCase();
	if (/^#[0-9a-f]{3}$/i.test(hex))
		return `#${[...hex.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
	return DEFAULT_BRAND;
}

function luminance(hex: string): number {
	const channel = (i: number) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** White or near-black, whichever reads better on the brand colour (WCAG contrast). */
export function textOn(hex: string): string {
	const l = luminance(hex);
	return 1.05 / (l + 0.05) >= (l + 0.05) / (0.0144 + 0.05) ? '#ffffff' : '#111111';
}

function scoreGrid(shape: TemplateShape): string {
	const copy = COPY[shape.locale];
	const scale = scaleOf(shape.question, shape.locale);
	const max = scale.scores[scale.scores.length - 1];
	const cell = (score: number) =>
		`<td align="center" bgcolor="${BRAND}" style="background-color:${BRAND};border-radius:6px;">` +
		`<a href="${token(`score_${score}`)}" title="${escapeHtml(copy.scoreTitle(score, max))}" ` +
		`style="display:block;width:44px;height:44px;line-height:44px;font-family:${FONT};` +
		`font-size:18px;font-weight:bold;color:${ON_BRAND};text-decoration:none;text-align:center;">` +
		`${score}</a></td>`;
	const rows = scale.rows.map(
		(row) =>
			`<table role="presentation" align="center" border="0" cellpadding="0" cellspacing="4" style="margin:0 auto;"><tr>${row.map(cell).join('')}</tr></table>`
	);
	return rows.join('');
}

function source(shape: TemplateShape): string {
	const copy = COPY[shape.locale];
	const scale = scaleOf(shape.question, shape.locale);
	const first = scale.scores[0];
	const last = scale.scores[scale.scores.length - 1];
	const text = (value: string) => escapeHtml(value);
	const header = shape.hasLogo
		? `<mj-image src="${token('logo_url')}" alt="${token('sender')}" width="160px" align="left" padding="0 24px" />`
		: `<mj-text font-size="18px" font-weight="bold" padding="0 24px">${token('sender')}</mj-text>`;
	return `<mjml lang="${shape.locale}">
<mj-head>
	<mj-title>${token('subject')}</mj-title>
	<mj-preview>${token('preheader')}</mj-preview>
	<mj-attributes>
		<mj-all font-family="${FONT}" />
		<mj-text font-size="16px" line-height="24px" color="#1f2328" padding="0 24px 16px" />
	</mj-attributes>
</mj-head>
<mj-body background-color="#f3f4f6" width="600px">
	<mj-section padding="24px 0 12px"><mj-column>${header}</mj-column></mj-section>
	<mj-section background-color="#ffffff" border-top="6px solid ${BRAND}" padding="24px 0 8px">
		<mj-column>
			<mj-text font-size="22px" line-height="30px" font-weight="bold">${token('subject')}</mj-text>
			<mj-text>${token('greeting')}</mj-text>
			<mj-text>${token('intro')}</mj-text>
			<mj-text font-weight="bold" padding="8px 24px 4px">${text(copy.question(shape.question, token('sender')))}</mj-text>
			<mj-text padding="0 12px">${scoreGrid(shape)}</mj-text>
			<mj-text font-size="14px" line-height="20px" color="#4b5563" align="center">${first} = ${text(scale.low)} · ${last} = ${text(scale.high)}</mj-text>
			<mj-text font-size="14px" line-height="20px" color="#4b5563">${text(copy.tapHint)} ${token('deadline')}</mj-text>
			<mj-text><a href="${token('survey_url')}" style="color:#1f2328;font-weight:bold;">${text(copy.openSurvey)}</a></mj-text>
			<mj-text>${text(copy.closing(shape.kind))}</mj-text>
		</mj-column>
	</mj-section>
	<mj-section padding="16px 0 24px">
		<mj-column>
			<mj-text font-size="13px" line-height="19px" color="#4b5563">${text(copy.footer(token('sender')))} ${text(copy.unsubscribeLead)} <a href="${token('unsubscribe_url')}" style="color:#4b5563;">${text(copy.unsubscribe)}</a></mj-text>
		</mj-column>
	</mj-section>
</mj-body>
</mjml>`;
}

const compiled = new Map<string, Promise<string>>();

export function compiledTemplate(shape: TemplateShape): Promise<string> {
	const key = `${shape.locale}|${shape.kind}|${shape.question}|${shape.hasLogo}`;
	let found = compiled.get(key);
	if (!found) {
		// No web fonts: MJML would otherwise link fonts from a third party.
		found = mjml2html(source(shape), {
			fonts: {},
			validationLevel: 'strict',
			keepComments: false
		}).then((result) => result.html);
		found.catch(() => compiled.delete(key));
		compiled.set(key, found);
	}
	return found;
}

export async function renderHtml(shape: TemplateShape, values: TemplateValues): Promise<string> {
	const brand = safeBrandColor(values.brandColor);
	const fields: Record<string, string> = {
		subject: values.subject,
		preheader: values.preheader,
		greeting: values.greeting,
		intro: values.intro,
		sender: values.sender,
		deadline: values.deadline,
		logo_url: values.logoUrl,
		survey_url: values.surveyUrl,
		unsubscribe_url: values.unsubscribeUrl
	};
	for (const [score, url] of Object.entries(values.scoreUrls)) fields[`score_${score}`] = url;
	const html = (await compiledTemplate(shape))
		.replaceAll(BRAND, brand)
		.replaceAll(ON_BRAND, textOn(brand));
	// One pass, so a value that happens to contain a placeholder is never expanded itself.
	return html.replace(/__KS_([a-z0-9_]+)__/g, (_, name: string) => {
		const value = fields[name];
		if (value === undefined) throw new Error(`The survey e-mail template has no value for ${name}`);
		return escapeHtml(value);
	});
}
