// MAIL_FROM is "Name <address>" or a bare address. Survey mails keep its address and show the
// program's sender name instead of its name.

export function senderAddress(mailFrom: string): string {
	return (mailFrom.match(/<([^>]+)>/)?.[1] ?? mailFrom).trim();
}

/** The domain of the sender address, for Message-IDs that are unique per installation. */
export function senderDomain(mailFrom: string): string {
	return senderAddress(mailFrom).split('@')[1] || 'klantstem.local';
}

/** The display name (the given one, else MAIL_FROM's own) and MAIL_FROM's address. */
export function sender(mailFrom: string, fromName?: string): { name: string; address: string } {
	// Quotes and line breaks in a configured name must not break the header.
	const name = (fromName ?? mailFrom.match(/^\s*"?([^"<]*?)"?\s*</)?.[1] ?? '')
		.replace(/["\r\n]/g, '')
		.trim();
	return { name, address: senderAddress(mailFrom) };
}

/** The From header as the dev mailbox shows it. */
export function fromHeader(mailFrom: string, fromName?: string): string {
	const { name, address } = sender(mailFrom, fromName);
	if (!name) return address;
	// Quoted only when needed, the way nodemailer writes it over SMTP.
	return /^[\p{L}\p{N} ]+$/u.test(name) ? `${name} <${address}>` : `"${name}" <${address}>`;
}
