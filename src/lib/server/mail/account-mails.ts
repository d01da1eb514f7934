// Mails about the user's own account. Plain texts in both languages; survey mails have their own
// templates.
type Mail = { subject: string; text: string; html: string };

function escape(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function passwordResetMail(locale: 'nl' | 'en', name: string, url: string): Mail {
	const nl = locale === 'nl';
	const subject = nl ? 'Nieuw wachtwoord voor Klantstem' : 'Reset your Klantstem password';
	const lines = nl
		? [
				`Hallo ${name},`,
				'',
				'Iemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor Klantstem. Kies een nieuw wachtwoord via deze link; hij werkt één uur:',
				url,
				'',
				'Heb je dit niet gevraagd? Dan hoef je niets te doen.'
			]
		: [
				`Hello ${name},`,
				'',
				'Someone (hopefully you) asked to reset your Klantstem password. Choose a new password with this link; it works for one hour:',
				url,
				'',
				'Did not ask for this? Then you need not do anything.'
			];
	const text = lines.join('\n');
	const html = lines
		.map((line) =>
			line === url
				? `<p><a href="${escape(url)}">${escape(url)}</a></p>`
				: line
					? `<p>${escape(line)}</p>`
					: ''
		)
		.join('\n');
	return { subject, text, html };
}
