// Other modules (auth/users.ts, zod's defaults) answer in English. Their known messages map to
// catalogue keys here, so a Dutch admin reads Dutch field errors.
type Known = { key: string; values?: Record<string, string | number> };

const exact: Record<string, string> = {
	'Enter a name': 'errors.nameRequired',
	'Enter a valid e-mail address': 'errors.emailInvalid',
	'Choose the agent this user is': 'errors.agentRequired',
	'Only team leads lead teams': 'errors.onlyLeadsLeadTeams',
	'Use at most 200 characters': 'errors.tooLong',
	'A user with this e-mail address already exists': 'errors.emailTaken',
	'Not allowed': 'errors.forbidden',
	'Not found': 'errors.notFound'
};

const patterns: [RegExp, (match: RegExpMatchArray) => Known][] = [
	[
		/^Use at least (\d+) characters$/,
		(m) => ({ key: 'errors.passwordTooShort', values: { min: Number(m[1]) } })
	],
	[
		/^This agent already has a user \((.+)\)$/,
		(m) => ({ key: 'errors.agentTaken', values: { email: m[1] } })
	],
	[/^Too big/, () => ({ key: 'errors.tooLong' })],
	[/^Too small/, () => ({ key: 'errors.required' })],
	[/^Invalid option/, () => ({ key: 'errors.invalidChoice' })],
	[/^Invalid (input|email|string|number)/, () => ({ key: 'errors.invalid' })]
];

export function knownServerMessage(message: string): Known | null {
	if (exact[message]) return { key: exact[message] };
	for (const [pattern, known] of patterns) {
		const match = message.match(pattern);
		if (match) return known(match);
	}
	return null;
}
