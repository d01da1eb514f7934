// Dutch catalogue: the reference. en.ts must have exactly the same keys (its type says so).
// Interpolation: {{name}}. Plurals: key_one / key_other, called as t('key', { count }).
// Keys are at most three levels deep (area.page.key).
export const nl = {
	app: {
		name: 'Klantstem',
		skipToContent: 'Naar de inhoud',
		signedInAs: 'Ingelogd als',
		signOut: 'Uitloggen'
	},
	nav: {
		label: 'Hoofdmenu',
		overview: 'Overzicht',
		teams: 'Teams',
		team: 'Team {{name}}',
		me: 'Mijn feedback',
		admin: 'Beheer'
	},
	roles: {
		admin: 'Beheerder',
		director: 'Directeur',
		team_lead: 'Teamleider',
		agent: 'Medewerker'
	},
	lang: {
		label: 'Taal',
		nl: 'Nederlands',
		en: 'English'
	},
	common: {
		save: 'Opslaan',
		cancel: 'Annuleren',
		search: 'Zoeken',
		filter: 'Filteren',
		status: 'Status',
		active: 'Actief',
		inactive: 'Inactief',
		deactivated: 'Gedeactiveerd',
		archived: 'Gearchiveerd',
		optional: 'Niet verplicht',
		statusActive: 'Actief',
		statusDeactivated: 'Gedeactiveerd',
		statusArchived: 'Gearchiveerd',
		statusAll: 'Alle'
	},
	auth: {
		email: 'E-mailadres',
		password: 'Wachtwoord',
		login: {
			title: 'Inloggen',
			intro: 'Log in met je e-mailadres en wachtwoord.',
			submit: 'Inloggen',
			forgot: 'Wachtwoord vergeten?',
			incorrect: 'E-mailadres of wachtwoord is onjuist.',
			deactivated: 'Dit account is gedeactiveerd. Vraag een beheerder om het weer te activeren.'
		},
		logout: {
			title: 'Uitloggen',
			question: 'Je bent ingelogd als {{name}}. Wil je uitloggen?'
		},
		reset: {
			title: 'Nieuw wachtwoord',
			intro:
				'Vul je e-mailadres in. Je krijgt een e-mail met een link om een nieuw wachtwoord te kiezen.',
			send: 'Link versturen',
			sent: 'Als dit e-mailadres bij ons bekend is, hebben we een link gestuurd. De link werkt één uur.',
			backToLogin: 'Terug naar inloggen',
			choose: 'Kies een nieuw wachtwoord van minstens {{min}} tekens.',
			newPassword: 'Nieuw wachtwoord',
			confirmPassword: 'Herhaal het wachtwoord',
			hint: 'Minstens {{min}} tekens.',
			save: 'Wachtwoord opslaan',
			done: 'Je wachtwoord is gewijzigd. Je kunt nu inloggen.',
			signIn: 'Naar inloggen',
			invalidToken: 'Deze link is ongeldig of verlopen.',
			again: 'Vraag een nieuwe link aan.'
		}
	},
	errors: {
		required: 'Vul dit veld in.',
		invalid: 'Deze waarde is ongeldig.',
		invalidChoice: 'Kies een van de mogelijkheden.',
		tooLong: 'Dit is te lang.',
		nameRequired: 'Vul een naam in.',
		emailRequired: 'Vul je e-mailadres in.',
		emailInvalid: 'Vul een geldig e-mailadres in.',
		emailTaken: 'Er is al een gebruiker met dit e-mailadres.',
		passwordRequired: 'Vul je wachtwoord in.',
		passwordTooShort: 'Gebruik minstens {{min}} tekens.',
		passwordMismatch: 'De wachtwoorden zijn niet gelijk.',
		agentRequired: 'Kies welke medewerker deze gebruiker is.',
		agentTaken: 'Deze medewerker heeft al een gebruiker ({{email}}).',
		onlyLeadsLeadTeams: 'Alleen teamleiders leiden teams.',
		ownRole: 'Je kunt je eigen beheerdersrol niet afnemen.',
		deactivateSelf: 'Je kunt je eigen account niet deactiveren.',
		teamNameRequired: 'Vul een teamnaam in.',
		teamNameTaken: 'Er is al een team met deze naam.',
		teamNotFound: 'Dit team bestaat niet.',
		teamArchived: 'Dit team is gearchiveerd; kies een actief team.',
		externalIdRequired: 'Vul de medewerkerscode in.',
		externalIdTaken: 'Er is al een medewerker met deze code.',
		forbidden: 'Je hebt geen toegang.',
		notFound: 'Niet gevonden.'
	},
	errorPage: {
		status: 'Foutcode {{status}}',
		home: 'Naar de startpagina',
		forbidden: {
			title: 'Geen toegang',
			text: 'Je rol geeft geen toegang tot deze pagina.'
		},
		notFound: {
			title: 'Pagina niet gevonden',
			text: 'Deze pagina bestaat niet, of valt buiten wat je mag zien.'
		},
		signIn: {
			title: 'Log opnieuw in',
			text: 'Je sessie is verlopen. Log opnieuw in om verder te gaan.'
		},
		other: {
			title: 'Er ging iets mis',
			text: 'Er ging aan onze kant iets mis. Probeer het later opnieuw.'
		}
	},
	period: {
		label: 'Periode',
		lastDays_one: 'Afgelopen dag',
		lastDays_other: 'Afgelopen {{count}} dagen',
		apply: 'Tonen'
	},
	metrics: {
		interval: '95 %-interval {{range}}',
		answers_one: 'n = {{n}} antwoord',
		answers_other: 'n = {{n}} antwoorden',
		contacts_one: 'n = {{n}} contact',
		contacts_other: 'n = {{n}} contacten',
		noAnswers: 'Geen antwoorden in deze periode.',
		noContacts: 'Geen contacten waarvan de termijn van 7 dagen voorbij is.',
		explainInterval:
			'Het 95 %-interval laat zien hoe zeker een cijfer is: met weinig antwoorden is het breed. n is het aantal antwoorden (of contacten) waarop het cijfer rust.',
		nps: {
			title: 'NPS',
			detail: '{{promoters}} promotors, {{detractors}} criticasters'
		},
		csat: {
			title: 'CSAT',
			detail: 'Gemiddeld {{mean}} op een schaal van 1–5'
		},
		ces: {
			title: 'CES (gemiddeld, 1–7)',
			detail: '{{easy}} vond het makkelijk (5–7)'
		},
		fcrCustomer: {
			title: 'FCR volgens de klant',
			detail: 'Klanten die zeggen dat hun vraag helemaal is opgelost'
		},
		fcrComputed: {
			title: 'FCR berekend',
			detail: 'Geen nieuw contact over dezelfde reden binnen 7 dagen'
		}
	},
	overview: {
		title: 'Overzicht',
		intro: 'Klanttevredenheid en oplossing bij eerste contact van {{from}} tot {{to}}.',
		empty: 'Nog geen cijfers in deze periode',
		emptyHint: 'Kies een langere periode, of wacht tot klanten de enquêtes hebben beantwoord.'
	},
	teams: {
		title: 'Teams',
		name: 'Team',
		activeAgents: 'Actieve medewerkers',
		empty: 'Er zijn geen teams om te tonen.'
	},
	team: {
		intro:
			'CSAT per medewerker. Medewerkers met minder dan {{min}} antwoorden krijgen het kenmerk "te weinig antwoorden" en worden niet gerangschikt.',
		caption: 'Medewerkers van {{team}}',
		agent: 'Medewerker',
		answers: 'Antwoorden (n)',
		csat: 'CSAT',
		interval: '95 %-interval',
		estimate: 'Schatting',
		remark: 'Opmerking',
		tooFew: 'Te weinig antwoorden',
		unrankedGroup: 'Minder dan {{min}} antwoorden: niet gerangschikt',
		noAgents: 'Dit team heeft geen medewerkers.',
		estimateHelp:
			'De schatting trekt de CSAT van medewerkers met weinig antwoorden naar het gemiddelde van het team, zodat toevalstreffers niet bovenaan of onderaan belanden. Sorteren op CSAT gebruikt de schatting.'
	},
	agent: {
		team: 'Team:',
		noTeam: 'Geen team',
		empty: 'Nog geen cijfers in deze periode'
	},
	me: {
		title: 'Mijn feedback',
		intro: 'Wat klanten over jouw contacten zeggen.'
	},
	pagination: {
		label: 'Paginering',
		status: 'Pagina {{page}} van {{pages}}',
		total_one: '{{n}} resultaat',
		total_other: '{{n}} resultaten',
		previous: 'Vorige',
		next: 'Volgende'
	},
	admin: {
		title: 'Beheer',
		intro: 'Gebruikers, teams, medewerkers en de postbus van de ontwikkelomgeving.',
		nav: {
			label: 'Beheermenu',
			home: 'Start',
			users: 'Gebruikers',
			teams: 'Teams',
			agents: 'Medewerkers',
			mailbox: 'Postbus'
		},
		summary: {
			users_one: '{{n}} actieve gebruiker',
			users_other: '{{n}} actieve gebruikers',
			teams_one: '{{n}} actief team',
			teams_other: '{{n}} actieve teams',
			agents_one: '{{n}} actieve medewerker',
			agents_other: '{{n}} actieve medewerkers',
			mailbox_one: '{{n}} bericht',
			mailbox_other: '{{n}} berichten'
		},
		notice: {
			created: 'Aangemaakt.',
			saved: 'Opgeslagen.',
			passwordSet: 'Het nieuwe wachtwoord is opgeslagen.',
			deactivated: 'Gedeactiveerd.',
			reactivated: 'Weer geactiveerd.',
			archived: 'Gearchiveerd.',
			restored: 'Teruggezet.'
		},
		users: {
			title: 'Gebruikers',
			new: 'Nieuwe gebruiker',
			create: 'Gebruiker aanmaken',
			back: 'Alle gebruikers',
			filter: 'Gebruikers filteren',
			search: 'Zoek op naam of e-mailadres',
			allRoles: 'Alle rollen',
			empty: 'Geen gebruikers gevonden.',
			name: 'Naam',
			email: 'E-mailadres',
			role: 'Rol',
			locale: 'Taal van e-mails',
			scope: 'Ziet',
			wholeOrganisation: 'Hele organisatie',
			details: 'Gegevens',
			leadsTeams: 'Leidt de teams',
			leadsTeamsHint: 'Alleen voor teamleiders.',
			noTeams: 'Er zijn nog geen teams.',
			agent: 'Is medewerker',
			agentHint: 'Alleen voor medewerkers: welke medewerker deze gebruiker is.',
			noAgent: '— geen —',
			password: 'Wachtwoord',
			setPassword: 'Nieuw wachtwoord instellen',
			savePassword: 'Wachtwoord instellen',
			deactivate: 'Deactiveren',
			deactivateHelp:
				'Een gedeactiveerde gebruiker kan niet meer inloggen. Gegevens en geschiedenis blijven bewaard.',
			deactivateQuestion: '{{name}} deactiveren? Deze gebruiker wordt meteen uitgelogd.',
			deactivateConfirm: 'Ja, deactiveren',
			isDeactivated: 'Gedeactiveerd op {{date}}.',
			reactivate: 'Weer activeren',
			cannotDeactivateSelf: 'Je kunt je eigen account niet deactiveren.'
		},
		teams: {
			title: 'Teams',
			new: 'Nieuw team',
			create: 'Team aanmaken',
			back: 'Alle teams',
			filter: 'Teams filteren',
			search: 'Zoek op naam',
			empty: 'Geen teams gevonden.',
			name: 'Teamnaam',
			leads: 'Teamleiders',
			noLeads: 'Geen teamleider',
			about: 'Over dit team',
			agentCount_one: '{{n}} actieve medewerker',
			agentCount_other: '{{n}} actieve medewerkers',
			rename: 'Naam wijzigen',
			archive: 'Archiveren',
			archiveHelp:
				'Een gearchiveerd team verdwijnt uit lijsten en keuzes. Contacten en antwoorden blijven bij het team horen.',
			archiveQuestion_one:
				'{{name}} archiveren? Er zit nog {{n}} actieve medewerker in; die blijft in het team tot je hem verplaatst.',
			archiveQuestion_other:
				'{{name}} archiveren? Er zitten nog {{n}} actieve medewerkers in; zij blijven in het team tot je ze verplaatst.',
			archiveConfirm: 'Ja, archiveren',
			isArchived: 'Gearchiveerd op {{date}}.',
			restore: 'Terugzetten'
		},
		agents: {
			title: 'Medewerkers',
			new: 'Nieuwe medewerker',
			create: 'Medewerker aanmaken',
			back: 'Alle medewerkers',
			filter: 'Medewerkers filteren',
			search: 'Zoek op naam, code of e-mailadres',
			allTeams: 'Alle teams',
			empty: 'Geen medewerkers gevonden.',
			name: 'Naam',
			externalId: 'Medewerkerscode',
			externalIdHint: 'De code waarmee contacten deze medewerker aanduiden.',
			email: 'E-mailadres',
			team: 'Team',
			noTeam: '— geen team —',
			user: 'Gebruiker',
			created: 'Aangemaakt',
			details: 'Gegevens',
			linkedUser: 'Gebruiker:',
			noUser: 'Deze medewerker heeft geen gebruiker.',
			deactivate: 'Deactiveren',
			deactivateHelp:
				"Een gedeactiveerde medewerker verdwijnt uit teampagina's en keuzelijsten. Contacten en antwoorden blijven bewaard.",
			deactivateQuestion: '{{name}} deactiveren?',
			deactivateConfirm: 'Ja, deactiveren',
			isDeactivated: 'Deze medewerker is gedeactiveerd.',
			reactivate: 'Weer activeren'
		},
		mailbox: {
			title: 'Postbus',
			intro: 'Zonder SMTP_URL worden e-mails niet verstuurd maar hier bewaard. Nieuwste bovenaan.',
			filter: 'Berichten filteren',
			search: 'Zoek op ontvanger of onderwerp',
			empty: 'Geen berichten.',
			received: 'Ontvangen',
			from: 'Van',
			to: 'Aan',
			subject: 'Onderwerp',
			noSubject: '(geen onderwerp)',
			back: 'Alle berichten',
			html: 'Opgemaakte versie',
			htmlFrame: 'Opgemaakte versie van {{subject}}',
			text: 'Tekstversie'
		}
	}
};

export type Messages = typeof nl;
