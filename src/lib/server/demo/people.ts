// Names for demo agents and customers. Customers' names and addresses are derived from their
// number alone (see customerIdentity), so a million customers need no million strings in memory.
import { createRandom } from './random';
import type { Desk, LocaleName } from './taxonomy';

export type TeamSpec = { name: string; desk: Desk | 'general' | 'webcare' };

/** Index 0 is the team the demo team lead leads; index 1 is the team that improves. */
export const TEAMS: readonly TeamSpec[] = [
	{ name: 'Klantenservice Noord', desk: 'general' },
	{ name: 'Klantenservice Zuid', desk: 'general' },
	{ name: 'Webcare & Chat', desk: 'webcare' },
	{ name: 'Facturatie & Betalen', desk: 'billing' },
	{ name: 'Techniek & App', desk: 'tech' },
	{ name: 'Bezorging & Retour', desk: 'delivery' }
];

// prettier-ignore
const DUTCH_FIRST = [
	'Sanne', 'Daan', 'Lotte', 'Bram', 'Fleur', 'Thijs', 'Iris', 'Jeroen', 'Anouk', 'Ruben', 'Eva',
	'Joost', 'Marloes', 'Pieter', 'Femke', 'Sven', 'Noor', 'Wouter', 'Lieke', 'Koen', 'Esther',
	'Bas', 'Ilse', 'Martijn', 'Romy', 'Niels', 'Maaike', 'Tim', 'Sophie', 'Gijs', 'Annelies',
	'Hans', 'Ingrid', 'Kees', 'Willemijn', 'Jasper', 'Merel', 'Stijn', 'Linda', 'Dirk'
];

// prettier-ignore
const DUTCH_LAST = [
	'de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer',
	'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
	'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs',
	'de Haan', 'Vermeulen', 'van Dijk', 'Schouten', 'Willems', 'Hoekstra', 'Koster', 'Prins',
	'Verhoeven', 'Kuipers', 'Post', 'Huisman', 'Peeters', 'Kramer', 'van Vliet'
];

// prettier-ignore
const INTERNATIONAL_FIRST = [
	'Mohamed', 'Fatima', 'Yusuf', 'Ayşe', 'Priya', 'Luca', 'Ana', 'Mehmet', 'Sara', 'Nadia',
	'Kwame', 'Olga', 'Rahul', 'Chen', 'Mariam', 'Diego', 'Zeynep', 'Omar', 'Joanna', 'Tomasz'
];

// prettier-ignore
const INTERNATIONAL_LAST = [
	'El Amrani', 'Yılmaz', 'Bouzid', 'Kaya', 'Sharma', 'Rossi', 'Santos', 'Öztürk', 'Kowalski',
	'Haddou', 'Mensah', 'Ivanova', 'Patel', 'Wang', 'Benali', 'García', 'Demir', 'Aziz', 'Nowak',
	'Lewandowski'
];

// prettier-ignore
const ENGLISH_FIRST = [
	'Oliver', 'Charlotte', 'James', 'Amelia', 'Harry', 'Olivia', 'George', 'Emily', 'Jack',
	'Isla', 'Thomas', 'Grace', 'William', 'Chloe', 'Daniel', 'Lucy', 'Michael', 'Hannah', 'Ryan',
	'Megan'
];

// prettier-ignore
const ENGLISH_LAST = [
	'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson',
	'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson',
	'Clarke', "O'Brien", 'Murphy', 'Kelly', 'Campbell'
];

/** A lower-case ASCII e-mail part: no accents, spaces or apostrophes. */
export function mailPart(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ı/g, 'i')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/** Roughly one agent in four has an international name, as in a Dutch contact centre. */
export function agentNames(seed: number, count: number): string[] {
	const random = createRandom(seed, 0xa6e7);
	const names = new Set<string>();
	while (names.size < count) {
		const international = random.chance(0.25);
		const first = random.pick(international ? INTERNATIONAL_FIRST : DUTCH_FIRST);
		const last = random.pick(international ? INTERNATIONAL_LAST : DUTCH_LAST);
		names.add(`${first} ${last}`);
	}
	return [...names];
}

export function firstName(fullName: string): string {
	return fullName.split(' ')[0];
}

export type CustomerIdentity = { externalId: string; name: string; email: string };

/** The customer's number, name and address; `withEmail` false gives an empty address. */
export function customerIdentity(
	seed: number,
	id: number,
	locale: LocaleName,
	withEmail: boolean
): CustomerIdentity {
	const random = createRandom(seed, 0xc057, id);
	const english = locale === 'en';
	const international = !english && random.chance(0.12);
	const first = random.pick(
		english ? ENGLISH_FIRST : international ? INTERNATIONAL_FIRST : DUTCH_FIRST
	);
	const last = random.pick(
		english ? ENGLISH_LAST : international ? INTERNATIONAL_LAST : DUTCH_LAST
	);
	const domain = english ? 'example.com' : random.chance(0.85) ? 'example.nl' : 'example.com';
	// The number keeps addresses unique; the style varies as real addresses do.
	const style = random.int(3);
	const local =
		style === 0
			? `${mailPart(first)}.${mailPart(last)}${id}`
			: style === 1
				? `${mailPart(first)[0]}${mailPart(last)}${id}`
				: `${mailPart(last)}.${mailPart(first)}${id}`;
	return {
		externalId: `KL-${String(id).padStart(7, '0')}`,
		name: `${first} ${last}`,
		email: withEmail ? `${local}@${domain}` : ''
	};
}
