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
		},
		apiKeys: {
			title: 'API-sleutels',
			intro:
				'Met een API-sleutel stuurt een helpdesk, telefooncentrale of webcaretool contacten naar /api/v1/contacts. Een sleutel is alleen te zien op het moment dat je hem aanmaakt.',
			new: 'Nieuwe API-sleutel',
			create: 'Sleutel aanmaken',
			back: 'Alle API-sleutels',
			empty: 'Er zijn nog geen API-sleutels.',
			name: 'Naam',
			nameHint: 'Waarvoor de sleutel is, bijvoorbeeld het systeem dat hem gebruikt.',
			prefix: 'Begin van de sleutel',
			prefixHint: 'De rest van de sleutel bewaren we niet.',
			rateLimit: 'Verzoeken per minuut',
			rateTitle: 'Snelheidslimiet',
			rateHint: 'Daarboven antwoordt de API met 429. Standaard 600.',
			created: 'Aangemaakt',
			lastUsed: 'Laatst gebruikt',
			never: 'Nog nooit',
			revokedOn: 'Ingetrokken op {{date}}',
			revokedBadge: 'Ingetrokken',
			about: 'Over deze sleutel',
			createdTitle: 'API-sleutel ‘{{name}}’ is aangemaakt',
			onlyOnce:
				'Kopieer de sleutel nu. Je ziet hem maar één keer: we bewaren alleen een onherkenbare vingerafdruk ervan.',
			yourKey: 'De sleutel',
			copy: 'Sleutel kopiëren',
			copyExample: 'Voorbeeld kopiëren',
			copied: 'Gekopieerd.',
			copyHint:
				'Zet de sleutel in de instellingen van het systeem dat contacten stuurt. Kwijt? Maak een nieuwe en trek deze in.',
			exampleTitle: 'Probeer het uit',
			exampleIntro: 'Zo stuur je één contact met deze sleutel:',
			done: 'Klaar, terug naar de sleutels',
			rename: 'Naam wijzigen',
			renamed: 'De naam is opgeslagen.',
			rateSaved: 'Het aantal verzoeken per minuut is opgeslagen.',
			revoke: 'Intrekken',
			revokeHelp:
				'Een ingetrokken sleutel werkt meteen niet meer, en dat is definitief. Systemen die hem gebruiken krijgen 401.',
			revokeQuestion: 'Sleutel ‘{{name}}’ intrekken? Dit kan niet ongedaan worden.',
			revokeConfirm: 'Ja, intrekken',
			revoked: 'De sleutel is ingetrokken.',
			errorName: 'Geef de sleutel een naam.',
			errorNameLength: 'Gebruik hoogstens 100 tekens.',
			errorRate: 'Vul een heel getal van 1 tot en met 100.000 in.'
		},
		surveys: {
			title: 'Enquêteprogramma’s',
			intro:
				'Een programma bepaalt welke contacten een enquête krijgen, wanneer, met welke vragen en in welke huisstijl. Past een contact bij meerdere actieve programma’s, dan telt het programma met het laagste prioriteitsgetal.',
			new: 'Nieuw programma',
			create: 'Programma aanmaken',
			back: 'Alle programma’s',
			empty: 'Er zijn nog geen enquêteprogramma’s. Zonder programma krijgt niemand een enquête.',
			settings: 'Instellingen',
			checkFields: 'Niet alles is goed ingevuld. Kijk bij de velden met een melding.',
			name: 'Naam',
			activeLabel: 'Actief: nieuwe contacten kunnen een enquête van dit programma krijgen',
			whoHeading: 'Welke contacten',
			channels: 'Kanalen',
			channelsHint: 'Niets aangevinkt betekent: alle kanalen.',
			channelPhone: 'Telefoon',
			channelEmail: 'E-mail',
			channelChat: 'Chat',
			channelSocial: 'Social media',
			channelInPerson: 'Persoonlijk',
			allChannels: 'Alle kanalen',
			reasons: 'Contactredenen',
			reasonsHint:
				'Niets gekozen betekent: alle redenen, ook contacten zonder reden. Kies er meer met Ctrl of Cmd.',
			allReasons: 'Alle redenen',
			priority: 'Prioriteit',
			priorityShort: 'Prioriteit',
			priorityHint: 'Een heel getal van 0 tot en met 9999; lager gaat voor.',
			sampling: 'Steekproef (%)',
			samplingShort: 'Steekproef',
			samplingHint: 'Welk deel van de contacten een enquête krijgt: 0 tot en met 100.',
			fatigue: 'Rustperiode (dagen)',
			fatigueHint:
				'Een klant krijgt hoogstens één enquête per zoveel dagen, over alle kanalen heen. 0 = geen rustperiode.',
			maxAge: 'Maximale leeftijd van het contact (uren)',
			maxAgeHint: 'Oudere contacten krijgen geen enquête meer. Standaard 72.',
			whenHeading: 'Wanneer',
			delay: 'Wachttijd na het contact (minuten)',
			delayShort: 'Wachttijd',
			delayHint: 'Zo lang na het einde van het contact gaat de enquête weg. Standaard 30.',
			minutes_one: '{{n}} minuut',
			minutes_other: '{{n}} minuten',
			expiry: 'Geldig (dagen)',
			expiryHint: 'Zo lang kan de klant de enquête invullen. Standaard 14.',
			reminder: 'Herinnering na (dagen)',
			reminderHint: 'Leeg = geen herinnering. Moet korter zijn dan de geldigheid.',
			whatHeading: 'Welke vragen',
			questions: 'Vragen',
			questionsHint: 'De vragen die de klant krijgt; alle vragen zijn vrijwillig voor de klant.',
			questionCsat: 'Tevredenheid (CSAT, 1–5)',
			questionNps: 'Aanbevelen (NPS, 0–10)',
			questionCes: 'Gemak (CES, 1–7)',
			questionResolved: 'Is je vraag opgelost? (ja/nee)',
			questionComment: 'Opmerking (vrije tekst)',
			shortCsat: 'CSAT',
			shortNps: 'NPS',
			shortCes: 'CES',
			shortResolved: 'Opgelost',
			shortComment: 'Opmerking',
			firstQuestion: 'Eerste vraag',
			firstQuestionHint:
				'Staat in de e-mail, met de cijfers als knoppen. Moet een van de gestelde vragen zijn.',
			lookHeading: 'Afzender en huisstijl',
			senderName: 'Naam van de afzender',
			senderNameHint: 'Zo heet de organisatie in de e-mail en op de enquête.',
			brandColor: 'Huisstijlkleur',
			brandColorHint: 'Als #rrggbb, bijvoorbeeld #1f5f8b.',
			brandColorPicker: 'Kies de huisstijlkleur',
			logoUrl: 'Logo (URL)',
			logoUrlHint: 'Niet verplicht. Alleen een https-adres.',
			deactivate: 'Deactiveren',
			deactivateHelp:
				'Een gedeactiveerd programma stuurt geen nieuwe enquêtes meer. Verstuurde enquêtes en antwoorden blijven.',
			deactivateQuestion: 'Programma ‘{{name}}’ deactiveren?',
			deactivateConfirm: 'Ja, deactiveren',
			isInactive: 'Dit programma is niet actief: nieuwe contacten krijgen er geen enquête van.',
			reactivate: 'Weer activeren',
			errorName: 'Vul een naam in.',
			errorNameLength: 'Gebruik hoogstens 100 tekens.',
			errorNameTaken: 'Er is al een programma met deze naam.',
			errorChannels: 'Kies alleen kanalen uit de lijst.',
			errorReasons: 'Kies alleen contactredenen uit de lijst.',
			errorPriority: 'Vul een heel getal van 0 tot en met 9999 in.',
			errorFirstQuestion: 'Kies CSAT of NPS als eerste vraag.',
			errorFirstNotAsked: 'De eerste vraag moet ook bij de gestelde vragen aangevinkt zijn.',
			errorDelay: 'Vul een heel aantal minuten in, van 0 tot en met 10.080 (een week).',
			errorDelayAfterMaxAge:
				'De wachttijd moet korter zijn dan de maximale leeftijd van het contact, anders gaat er nooit een enquête weg.',
			errorSampling: 'Vul een heel percentage van 0 tot en met 100 in.',
			errorFatigue: 'Vul een heel aantal dagen in, van 0 tot en met 365.',
			errorMaxAge: 'Vul een heel aantal uren in, van 1 tot en met 8760.',
			errorExpiry: 'Vul een heel aantal dagen in, van 1 tot en met 365.',
			errorReminder: 'Vul een heel aantal dagen in (minstens 1), of laat het veld leeg.',
			errorReminderAfterExpiry: 'De herinnering moet eerder komen dan het einde van de geldigheid.',
			errorSenderName: 'Vul de naam van de afzender in (hoogstens 100 tekens).',
			errorBrandColor: 'Vul een kleur in als #rrggbb, bijvoorbeeld #1f5f8b.',
			errorLogoUrl: 'Vul een volledig https-adres in, bijvoorbeeld https://example.nl/logo.png.'
		},
		import: {
			title: 'Contacten importeren',
			intro:
				'Importeer contacten uit een CSV-bestand, met dezelfde velden als de API. Een contact dat al bestaat (zelfde externalId) wordt bijgewerkt, niet verdubbeld.',
			uploadTitle: 'Bestand uploaden',
			file: 'CSV-bestand',
			fileHint:
				'UTF-8, gescheiden door komma’s of puntkomma’s, met een kopregel. Hoogstens {{max}} MB en 100.000 rijen.',
			upload: 'Uploaden en controleren',
			uploading: 'Bezig met uploaden…',
			columnsTitle: 'Welke kolommen?',
			columnsIntro:
				'De kopregel noemt de velden van de API; velden van de medewerker en de klant met een punt ervoor. Hoofdletters, underscores en spaties maken niet uit (customer_email mag ook). Onbekende kolommen worden genegeerd.',
			recent: 'Eerdere bestanden',
			empty: 'Nog geen bestanden geüpload.',
			fileName: 'Bestand',
			uploadedAt: 'Geüpload',
			uploadedBy: 'Door',
			rows: 'Rijen',
			errors: 'Problemen',
			statusUploaded: 'Wordt gecontroleerd',
			statusValidated: 'Gecontroleerd',
			statusImporting: 'Wordt geïmporteerd',
			statusDone: 'Geïmporteerd',
			statusFailed: 'Mislukt',
			back: 'Alle imports',
			uploadedLine: 'Geüpload op {{date}} door {{name}}.',
			checking: 'Het bestand wordt gecontroleerd…',
			rowsRead_one: '{{n}} rij gelezen.',
			rowsRead_other: '{{n}} rijen gelezen.',
			importing: 'Bezig met importeren…',
			progress: '{{done}} van {{total}} rijen ({{percent}}%).',
			importingHint:
				'Je kunt deze pagina sluiten; de import gaat door. Pas als alles gelukt is, worden de contacten in één keer opgeslagen.',
			doneText: 'Klaar: {{n}} contacten geïmporteerd, {{created}} nieuw en {{updated}} bijgewerkt.',
			failedText: 'De import is mislukt. Er is niets opgeslagen.',
			reason: 'Reden:',
			report: 'Controle',
			rowCount_one: '{{n}} rij',
			rowCount_other: '{{n}} rijen',
			problemCount_one: '{{n}} probleem.',
			problemCount_other: '{{n}} problemen.',
			start_one: '{{n}} contact importeren',
			start_other: '{{n}} contacten importeren',
			retry_one: '{{n}} contact opnieuw importeren',
			retry_other: '{{n}} contacten opnieuw importeren',
			startHint: 'Alles of niets: lukt één rij niet, dan wordt niets opgeslagen.',
			alreadyStarted: 'Deze import was al gestart; hij is niet nog een keer gestart.',
			fixAndUpload:
				'Er wordt pas geïmporteerd als het bestand geen problemen meer heeft. Verbeter de rijen hieronder en upload het bestand opnieuw.',
			errorsCaption: 'Problemen per rij',
			row: 'Rij',
			field: 'Veld',
			problem: 'Probleem',
			errorsCapped: 'Alleen de eerste {{n}} problemen worden getoond.',
			preview: 'Voorbeeld',
			previewIntro: 'De eerste {{n}} rijen zoals ze gelezen zijn.',
			unknownColumns_one: 'Onbekende kolom, wordt genegeerd: {{names}}.',
			unknownColumns_other: 'Onbekende kolommen, worden genegeerd: {{names}}.',
			unknown: 'onbekend',
			errorNoFile: 'Kies een CSV-bestand.',
			errorEmpty: 'Dit bestand is leeg.',
			errorTooLarge: 'Dit bestand is te groot: hoogstens 60 MB. Splits het in kleinere bestanden.',
			errorNotUtf8: 'Dit bestand is geen UTF-8. Sla het op als ‘CSV UTF-8’ en probeer het opnieuw.',
			msgRequired: 'Verplicht, maar leeg.',
			msgMissingColumn: 'Verplichte kolom ontbreekt: voeg hem toe.',
			msgDuplicateColumn: 'Deze kolom staat er twee keer in.',
			msgEmpty: 'Mag niet leeg zijn.',
			msgTooLong: 'Te lang: hoogstens {{max}} tekens.',
			msgSpaces: 'Mag niet met een spatie beginnen of eindigen.',
			msgEmail: 'Geen geldig e-mailadres.',
			msgOneOf: 'Moet een van deze waarden zijn: {{values}}.',
			msgDateTime:
				'Geen geldig tijdstip: gebruik ISO 8601 met tijdzone, bijvoorbeeld 2026-11-24T14:05:00+01:00.',
			msgSeconds: 'Moet een heel aantal seconden zijn.',
			msgNegative: 'Mag niet negatief zijn.',
			msgBoolean: 'Moet true of false zijn (of ja/nee, 1/0).',
			msgSurvey: 'Moet false zijn, of leeg.',
			msgCustomer: 'De klant heeft een customer.externalId of een customer.email nodig.',
			msgStartedAt: 'Mag niet later zijn dan endedAt.',
			msgDuplicateId:
				'Dit externalId staat ook in rij {{row}}; elk contact mag één keer in een bestand.',
			msgCells: 'Deze rij heeft {{cells}} cellen, de kopregel {{columns}}.',
			msgNoHeader: 'Het bestand heeft geen kopregel.',
			msgNoRows: 'Het bestand heeft geen rijen na de kopregel.',
			msgTooManyRows: 'Het bestand heeft meer dan {{max}} rijen; splits het in kleinere bestanden.'
		}
	},
	survey: {
		pageTitle: 'Vragenlijst',
		title: 'Hoe ging het?',
		intro: 'Deze vragen gaan over {{what}}.',
		about: {
			phone: 'je telefoongesprek met {{agent}} op {{date}}',
			email: 'je e-mailcontact met {{agent}} op {{date}}',
			chat: 'je chat met {{agent}} op {{date}}',
			social: 'je contact met {{agent}} via social media op {{date}}',
			in_person: 'je gesprek met {{agent}} op {{date}}'
		},
		aboutReason: '{{what}} over ‘{{reason}}’',
		firstHint: 'Klopt je antwoord? Kies Versturen om het op te slaan.',
		send: 'Versturen',
		sendAll: 'Antwoorden versturen',
		saved: 'Bedankt! Je antwoord is opgeslagen.',
		more: 'Wil je nog een paar vragen beantwoorden? Alle vragen zijn vrijwillig.',
		changeUntil: 'Je kunt je antwoorden wijzigen tot {{date}}.',
		questions: {
			csat: 'Hoe tevreden ben je over dit contact?',
			nps: 'Hoe waarschijnlijk is het dat je {{sender}} aanbeveelt bij vrienden of familie?',
			ces: 'In hoeverre ben je het eens met deze uitspraak: ‘{{sender}} maakte het mij makkelijk om mijn vraag af te handelen’?',
			resolved: 'Is je vraag helemaal opgelost?',
			comment: 'Wil je ons nog iets vertellen?'
		},
		short: {
			csat: 'Tevredenheid',
			nps: 'Aanbevelen',
			ces: 'Gemak',
			resolved: 'Opgelost',
			comment: 'Opmerking'
		},
		scale: {
			csatLow: 'zeer ontevreden',
			csatHigh: 'zeer tevreden',
			npsLow: 'zeer onwaarschijnlijk',
			npsHigh: 'zeer waarschijnlijk',
			cesLow: 'helemaal mee oneens',
			cesHigh: 'helemaal mee eens',
			yes: 'Ja',
			no: 'Nee'
		},
		commentHint: 'Niet verplicht. Hoogstens {{max}} tekens.',
		commentCount: '{{used}} van {{max}} tekens gebruikt',
		errors: {
			title: 'Controleer je antwoorden',
			score: 'Kies een cijfer van {{min}} tot en met {{max}}.',
			choice: 'Kies ja of nee.',
			commentTooLong:
				'Je opmerking is {{length}} tekens lang. Maak haar korter: hoogstens {{max}} tekens.',
			required: 'Kies eerst een antwoord.'
		},
		thanks: {
			title: 'Bedankt!',
			text: 'Je antwoorden zijn opgeslagen. {{sender}} gebruikt ze om de service te verbeteren.',
			change: 'Antwoorden wijzigen'
		},
		expired: {
			title: 'Deze vragenlijst is gesloten',
			text: 'Fijn dat je wilde reageren. De tijd om deze vragenlijst in te vullen is voorbij, dus we kunnen geen antwoorden meer opslaan.'
		},
		notFound: {
			title: 'Deze link werkt niet',
			text: 'Misschien is de link niet compleet. Heb je hem gekopieerd uit een e-mail of chat? Controleer dan of je de hele link hebt.'
		},
		unsubscribeLead: 'Liever geen vragenlijsten meer van ons?',
		unsubscribe: 'Afmelden'
	},
	unsubscribe: {
		pageTitle: 'Afmelden',
		title: 'Vragenlijsten van {{sender}}',
		intro:
			'Na een contact vragen we je soms hoe het ging. Wil je die vragen liever niet meer krijgen?',
		stop: 'Stuur mij geen vragenlijsten meer',
		optedOut: 'Je bent afgemeld: we sturen je geen vragenlijsten meer.',
		resumeLead: 'Toch van gedachten veranderd? Dan krijg je onze vragenlijsten weer.',
		resume: 'Stuur mij weer vragenlijsten',
		resumed: 'Je krijgt onze vragenlijsten weer.'
	}
};

export type Messages = typeof nl;
