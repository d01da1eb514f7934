// Builds survey comments from pieces so that thousands of comments do not repeat verbatim, while
// each one still names the concrete problem of its contact reason in the customer's language.
import { CHANNEL_COMPLAINTS, REASON_PHRASES, type ReasonPhrases } from './comment-phrases';
import type { Random } from './random';
import type { ChannelName, LocaleName } from './taxonomy';

export type Tone = 'negative' | 'neutral' | 'positive';

export type CommentInput = {
	locale: LocaleName;
	reasonCode: string | null;
	agentFirstName: string;
	channel: ChannelName;
	tone: Tone;
	/** The customer had to contact us again about the same thing. */
	repeat: boolean;
};

const UNCLASSIFIED: ReasonPhrases = {
	topicNl: 'mijn vraag',
	topicEn: 'my question',
	problemsNl: ['mijn vraag is nog steeds niet beantwoord'],
	problemsEn: ['my question still has not been answered']
};

// prettier-ignore
const TEXT = {
	nl: {
		openers: ['', '', 'Erg teleurgesteld.', 'Slechte ervaring.', 'Niet tevreden.', 'Jammer.', 'Echt frustrerend:'],
		repeats: ['Dit is al de tweede keer dat ik hierover contact opneem.', 'Ik heb hier nu al drie keer over gebeld.', 'Weer opnieuw moeten uitleggen wat er mis is.'],
		closers: ['', '', 'Los dit nu eens structureel op.', 'Ik overweeg over te stappen.', 'Zo ga je niet met klanten om.', 'Graag een reactie.'],
		neutral: [
			'{Topic} is uiteindelijk geregeld, maar het duurde lang.',
			'Vriendelijk geholpen, al is het nog niet helemaal opgelost: {problem}.',
			'{First} deed echt moeite, maar {problem}.',
			'Redelijk geholpen met {topic}, alleen {channel}.',
			'Het antwoord over {topic} was oké, maar ik moest wel veel zelf uitzoeken.'
		],
		positive: [
			'{First} was heel vriendelijk en heeft {topic} meteen geregeld.',
			'Top geholpen door {first}!',
			'Snel en duidelijk antwoord over {topic}. Dank aan {first}.',
			'Fijn dat {first} de tijd nam om alles over {topic} goed uit te leggen.',
			'{First} dacht echt met me mee over {topic}.',
			'Prima service, binnen een paar minuten geholpen met {topic}.',
			'Heel goed geholpen, dank je wel {first}!',
			'Eindelijk iemand die {topic} in één keer goed regelde. Bedankt {first}.'
		]
	},
	en: {
		openers: ['', '', 'Very disappointed.', 'Bad experience.', 'Not happy.', 'Shame.', 'Really frustrating:'],
		repeats: ['This is the second time I have contacted you about this.', 'Had to call three times about this.', 'Once again I had to explain what is wrong.'],
		closers: ['', '', 'Please fix this for good.', 'I am thinking of switching.', 'This is no way to treat customers.', 'I would like a reply.'],
		neutral: [
			'{Topic} was sorted in the end, but it took a long time.',
			'Friendly help, but it is not fully solved: {problem}.',
			'{First} really tried, but {problem}.',
			'Reasonable help with {topic}, only {channel}.',
			'The answer about {topic} was okay, but I had to figure out a lot myself.'
		],
		positive: [
			'{First} was very friendly and sorted {topic} straight away.',
			'Great help from {first}!',
			'Quick and clear answer about {topic}. Thanks to {first}.',
			'Nice that {first} took the time to explain everything about {topic}.',
			'{First} really thought along with me about {topic}.',
			'Excellent service, {topic} was handled within minutes.',
			'Very well helped, thank you {first}!',
			'Finally someone who got {topic} right in one go. Thanks {first}.'
		]
	}
} as const;

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (_, key: string) => {
		const value = values[key.toLowerCase()] ?? '';
		return key[0] === key[0].toUpperCase() ? capitalise(value) : value;
	});
}

export function composeComment(random: Random, input: CommentInput): string {
	const phrases = (input.reasonCode && REASON_PHRASES[input.reasonCode]) || UNCLASSIFIED;
	const nl = input.locale === 'nl';
	const text = TEXT[input.locale];
	const problem = random.pick(nl ? phrases.problemsNl : phrases.problemsEn);
	const channel = random.pick(CHANNEL_COMPLAINTS[input.channel][input.locale]);
	const values = {
		topic: nl ? phrases.topicNl : phrases.topicEn,
		problem,
		channel,
		first: input.agentFirstName
	};
	if (input.tone === 'positive') return fill(random.pick(text.positive), values);
	if (input.tone === 'neutral') return fill(random.pick(text.neutral), values);
	const parts: string[] = [random.pick(text.openers), capitalise(problem) + '.'];
	if (input.repeat || random.chance(0.1)) parts.push(random.pick(text.repeats));
	if (random.chance(0.3)) parts.push(capitalise(channel) + '.');
	parts.push(random.pick(text.closers));
	return parts.filter(Boolean).join(' ');
}
