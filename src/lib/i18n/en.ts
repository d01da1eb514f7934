// English catalogue; typed by the Dutch one so both always have the same keys.
import type { Messages } from './nl';

export const en: Messages = {
	app: {
		name: 'Klantstem',
		skipToContent: 'Skip to content',
		signedInAs: 'Signed in as',
		signOut: 'Sign out'
	},
	nav: {
		label: 'Main menu',
		overview: 'Overview',
		teams: 'Teams',
		team: 'Team {{name}}',
		me: 'My feedback',
		admin: 'Admin'
	},
	roles: {
		admin: 'Admin',
		director: 'Director',
		team_lead: 'Team lead',
		agent: 'Agent'
	},
	lang: {
		label: 'Language',
		nl: 'Nederlands',
		en: 'English'
	},
	common: {
		save: 'Save',
		cancel: 'Cancel',
		search: 'Search',
		filter: 'Filter',
		status: 'Status',
		active: 'Active',
		inactive: 'Inactive',
		deactivated: 'Deactivated',
		archived: 'Archived',
		optional: 'Optional',
		statusActive: 'Active',
		statusDeactivated: 'Deactivated',
		statusArchived: 'Archived',
		statusAll: 'All'
	},
	auth: {
		email: 'E-mail address',
		password: 'Password',
		login: {
			title: 'Sign in',
			intro: 'Sign in with your e-mail address and password.',
			submit: 'Sign in',
			forgot: 'Forgot your password?',
			incorrect: 'E-mail or password is incorrect.',
			deactivated: 'This account has been deactivated. Ask an admin to reactivate it.'
		},
		logout: {
			title: 'Sign out',
			question: 'You are signed in as {{name}}. Do you want to sign out?'
		},
		reset: {
			title: 'Reset password',
			intro: 'Enter your e-mail address. We will send you a link to choose a new password.',
			send: 'Send link',
			sent: 'If the address is known, a link was sent. The link works for one hour.',
			backToLogin: 'Back to sign in',
			choose: 'Choose a new password of at least {{min}} characters.',
			newPassword: 'New password',
			confirmPassword: 'Repeat the password',
			hint: 'At least {{min}} characters.',
			save: 'Save password',
			done: 'Your password has been changed. You can sign in now.',
			signIn: 'Go to sign in',
			invalidToken: 'This link is invalid or has expired.',
			again: 'Ask for a new link.'
		}
	},
	errors: {
		required: 'Fill in this field.',
		invalid: 'This value is not valid.',
		invalidChoice: 'Choose one of the options.',
		tooLong: 'This is too long.',
		nameRequired: 'Enter a name.',
		emailRequired: 'Enter your e-mail address.',
		emailInvalid: 'Enter a valid e-mail address.',
		emailTaken: 'A user with this e-mail address already exists.',
		passwordRequired: 'Enter your password.',
		passwordTooShort: 'Use at least {{min}} characters.',
		passwordMismatch: 'The passwords do not match.',
		agentRequired: 'Choose the agent this user is.',
		agentTaken: 'This agent already has a user ({{email}}).',
		onlyLeadsLeadTeams: 'Only team leads lead teams.',
		ownRole: 'You cannot take away your own admin role.',
		deactivateSelf: 'You cannot deactivate your own account.',
		teamNameRequired: 'Enter a team name.',
		teamNameTaken: 'A team with this name already exists.',
		teamNotFound: 'This team does not exist.',
		teamArchived: 'This team is archived; choose an active team.',
		externalIdRequired: 'Enter the agent code.',
		externalIdTaken: 'An agent with this code already exists.',
		forbidden: 'You do not have access.',
		notFound: 'Not found.'
	},
	errorPage: {
		status: 'Error {{status}}',
		home: 'Go to the start page',
		forbidden: {
			title: 'No access',
			text: 'Your role does not give access to this page.'
		},
		notFound: {
			title: 'Page not found',
			text: 'This page does not exist, or it is outside what you may see.'
		},
		signIn: {
			title: 'Please sign in again',
			text: 'Your session has ended. Sign in again to continue.'
		},
		other: {
			title: 'Something went wrong',
			text: 'Something went wrong on our side. Please try again later.'
		}
	},
	period: {
		label: 'Period',
		lastDays_one: 'Last day',
		lastDays_other: 'Last {{count}} days',
		apply: 'Show'
	},
	metrics: {
		interval: '95 % interval {{range}}',
		answers_one: 'n = {{n}} answer',
		answers_other: 'n = {{n}} answers',
		contacts_one: 'n = {{n}} contact',
		contacts_other: 'n = {{n}} contacts',
		noAnswers: 'No answers in this period.',
		noContacts: 'No contacts whose 7-day window has closed.',
		explainInterval:
			'The 95 % interval shows how certain a figure is: with few answers it is wide. n is the number of answers (or contacts) the figure rests on.',
		nps: {
			title: 'NPS',
			detail: '{{promoters}} promoters, {{detractors}} detractors'
		},
		csat: {
			title: 'CSAT',
			detail: 'Mean {{mean}} on a 1–5 scale'
		},
		ces: {
			title: 'CES (mean, 1–7)',
			detail: '{{easy}} found it easy (5–7)'
		},
		fcrCustomer: {
			title: 'FCR (customer-reported)',
			detail: 'Customers who say their question was fully resolved'
		},
		fcrComputed: {
			title: 'FCR (computed)',
			detail: 'No new contact for the same reason within 7 days'
		}
	},
	overview: {
		title: 'Overview',
		intro: 'Customer satisfaction and first-contact resolution from {{from}} to {{to}}.',
		empty: 'No figures for this period yet',
		emptyHint: 'Choose a longer period, or wait until customers have answered the surveys.'
	},
	teams: {
		title: 'Teams',
		name: 'Team',
		activeAgents: 'Active agents',
		empty: 'There are no teams to show.'
	},
	team: {
		intro:
			'CSAT per agent. Agents with fewer than {{min}} answers are marked "too few answers" and are not ranked.',
		caption: 'Agents of {{team}}',
		agent: 'Agent',
		answers: 'Answers (n)',
		csat: 'CSAT',
		interval: '95 % interval',
		estimate: 'Estimate',
		remark: 'Remark',
		tooFew: 'Too few answers',
		unrankedGroup: 'Fewer than {{min}} answers: not ranked',
		noAgents: 'This team has no agents.',
		estimateHelp:
			'The estimate pulls the CSAT of agents with few answers toward the team average, so lucky or unlucky streaks do not end up at the top or bottom. Sorting by CSAT uses the estimate.'
	},
	agent: {
		team: 'Team:',
		noTeam: 'No team',
		empty: 'No figures for this period yet'
	},
	me: {
		title: 'My feedback',
		intro: 'What customers say about your contacts.'
	},
	pagination: {
		label: 'Pagination',
		status: 'Page {{page}} of {{pages}}',
		total_one: '{{n}} result',
		total_other: '{{n}} results',
		previous: 'Previous',
		next: 'Next'
	},
	admin: {
		title: 'Admin',
		intro: 'Users, teams, agents and the development mailbox.',
		nav: {
			label: 'Admin menu',
			home: 'Start',
			users: 'Users',
			teams: 'Teams',
			agents: 'Agents',
			mailbox: 'Mailbox'
		},
		summary: {
			users_one: '{{n}} active user',
			users_other: '{{n}} active users',
			teams_one: '{{n}} active team',
			teams_other: '{{n}} active teams',
			agents_one: '{{n}} active agent',
			agents_other: '{{n}} active agents',
			mailbox_one: '{{n}} message',
			mailbox_other: '{{n}} messages'
		},
		notice: {
			created: 'Created.',
			saved: 'Saved.',
			passwordSet: 'The new password has been saved.',
			deactivated: 'Deactivated.',
			reactivated: 'Reactivated.',
			archived: 'Archived.',
			restored: 'Restored.'
		},
		users: {
			title: 'Users',
			new: 'New user',
			create: 'Create user',
			back: 'All users',
			filter: 'Filter users',
			search: 'Search by name or e-mail',
			allRoles: 'All roles',
			empty: 'No users found.',
			name: 'Name',
			email: 'E-mail address',
			role: 'Role',
			locale: 'Language of e-mails',
			scope: 'Sees',
			wholeOrganisation: 'Whole organisation',
			details: 'Details',
			leadsTeams: 'Leads the teams',
			leadsTeamsHint: 'Only for team leads.',
			noTeams: 'There are no teams yet.',
			agent: 'Is agent',
			agentHint: 'Only for agents: which agent this user is.',
			noAgent: '— none —',
			password: 'Password',
			setPassword: 'Set a new password',
			savePassword: 'Set password',
			deactivate: 'Deactivate',
			deactivateHelp: 'A deactivated user can no longer sign in. Their data and history are kept.',
			deactivateQuestion: 'Deactivate {{name}}? They are signed out at once.',
			deactivateConfirm: 'Yes, deactivate',
			isDeactivated: 'Deactivated on {{date}}.',
			reactivate: 'Reactivate',
			cannotDeactivateSelf: 'You cannot deactivate your own account.'
		},
		teams: {
			title: 'Teams',
			new: 'New team',
			create: 'Create team',
			back: 'All teams',
			filter: 'Filter teams',
			search: 'Search by name',
			empty: 'No teams found.',
			name: 'Team name',
			leads: 'Team leads',
			noLeads: 'No team lead',
			about: 'About this team',
			agentCount_one: '{{n}} active agent',
			agentCount_other: '{{n}} active agents',
			rename: 'Rename',
			archive: 'Archive',
			archiveHelp:
				'An archived team disappears from lists and choices. Contacts and answers stay with the team.',
			archiveQuestion_one:
				'Archive {{name}}? It still has {{n}} active agent, who stays in the team until you move them.',
			archiveQuestion_other:
				'Archive {{name}}? It still has {{n}} active agents, who stay in the team until you move them.',
			archiveConfirm: 'Yes, archive',
			isArchived: 'Archived on {{date}}.',
			restore: 'Restore'
		},
		agents: {
			title: 'Agents',
			new: 'New agent',
			create: 'Create agent',
			back: 'All agents',
			filter: 'Filter agents',
			search: 'Search by name, code or e-mail',
			allTeams: 'All teams',
			empty: 'No agents found.',
			name: 'Name',
			externalId: 'Agent code',
			externalIdHint: 'The code contacts use to name this agent.',
			email: 'E-mail address',
			team: 'Team',
			noTeam: '— no team —',
			user: 'User',
			created: 'Created',
			details: 'Details',
			linkedUser: 'User:',
			noUser: 'This agent has no user.',
			deactivate: 'Deactivate',
			deactivateHelp:
				'A deactivated agent disappears from team pages and choices. Contacts and answers are kept.',
			deactivateQuestion: 'Deactivate {{name}}?',
			deactivateConfirm: 'Yes, deactivate',
			isDeactivated: 'This agent is deactivated.',
			reactivate: 'Reactivate'
		},
		mailbox: {
			title: 'Mailbox',
			intro: 'Without SMTP_URL, e-mails are not sent but kept here. Newest first.',
			filter: 'Filter messages',
			search: 'Search by recipient or subject',
			empty: 'No messages.',
			received: 'Received',
			from: 'From',
			to: 'To',
			subject: 'Subject',
			noSubject: '(no subject)',
			back: 'All messages',
			html: 'Formatted version',
			htmlFrame: 'Formatted version of {{subject}}',
			text: 'Text version'
		},
		apiKeys: {
			title: 'API keys',
			intro:
				'With an API key, a helpdesk, telephony platform or webcare tool sends contacts to /api/v1/contacts. A key can only be seen at the moment it is created.',
			new: 'New API key',
			create: 'Create key',
			back: 'All API keys',
			empty: 'There are no API keys yet.',
			name: 'Name',
			nameHint: 'What the key is for, e.g. the system that uses it.',
			prefix: 'Start of the key',
			prefixHint: 'The rest of the key is not stored.',
			rateLimit: 'Requests per minute',
			rateTitle: 'Rate limit',
			rateHint: 'Beyond this the API answers 429. Default 600.',
			created: 'Created',
			lastUsed: 'Last used',
			never: 'Never',
			revokedOn: 'Revoked on {{date}}',
			revokedBadge: 'Revoked',
			about: 'About this key',
			createdTitle: 'API key ‘{{name}}’ has been created',
			onlyOnce:
				'Copy the key now. You will see it only once: we keep nothing but an unrecognisable fingerprint of it.',
			yourKey: 'The key',
			copy: 'Copy key',
			copyExample: 'Copy example',
			copied: 'Copied.',
			copyHint:
				'Put the key in the settings of the system that sends contacts. Lost it? Create a new one and revoke this one.',
			exampleTitle: 'Try it',
			exampleIntro: 'This sends one contact with this key:',
			done: 'Done, back to the keys',
			rename: 'Rename',
			renamed: 'The name has been saved.',
			rateSaved: 'The requests per minute have been saved.',
			revoke: 'Revoke',
			revokeHelp: 'A revoked key stops working at once, for good. Systems that use it get 401.',
			revokeQuestion: 'Revoke key ‘{{name}}’? This cannot be undone.',
			revokeConfirm: 'Yes, revoke',
			revoked: 'The key has been revoked.',
			errorName: 'Give the key a name.',
			errorNameLength: 'Use at most 100 characters.',
			errorRate: 'Enter a whole number from 1 to 100,000.'
		},
		surveys: {
			title: 'Survey programs',
			intro:
				'A program decides which contacts get a survey, when, with which questions and in which house style. When a contact fits several active programs, the one with the lowest priority number counts.',
			new: 'New program',
			create: 'Create program',
			back: 'All programs',
			empty: 'There are no survey programs yet. Without a program nobody gets a survey.',
			settings: 'Settings',
			checkFields: 'Not everything is filled in correctly. See the fields with a message.',
			name: 'Name',
			activeLabel: 'Active: new contacts can get a survey from this program',
			whoHeading: 'Which contacts',
			channels: 'Channels',
			channelsHint: 'None ticked means: every channel.',
			channelPhone: 'Phone',
			channelEmail: 'E-mail',
			channelChat: 'Chat',
			channelSocial: 'Social media',
			channelInPerson: 'In person',
			allChannels: 'All channels',
			reasons: 'Contact reasons',
			reasonsHint:
				'None chosen means: every reason, also contacts without one. Choose several with Ctrl or Cmd.',
			allReasons: 'All reasons',
			priority: 'Priority',
			priorityShort: 'Priority',
			priorityHint: 'A whole number from 0 to 9999; lower goes first.',
			sampling: 'Sampling (%)',
			samplingShort: 'Sampling',
			samplingHint: 'The share of contacts that get a survey: 0 to 100.',
			fatigue: 'Rest period (days)',
			fatigueHint:
				'A customer gets at most one survey per this many days, across all channels. 0 = no rest period.',
			maxAge: 'Maximum contact age (hours)',
			maxAgeHint: 'Older contacts no longer get a survey. Default 72.',
			whenHeading: 'When',
			delay: 'Delay after the contact (minutes)',
			delayShort: 'Delay',
			delayHint: 'The survey goes out this long after the contact ended. Default 30.',
			minutes_one: '{{n}} minute',
			minutes_other: '{{n}} minutes',
			expiry: 'Open for (days)',
			expiryHint: 'How long the customer can answer the survey. Default 14.',
			reminder: 'Reminder after (days)',
			reminderHint: 'Empty = no reminder. Must be shorter than the open period.',
			whatHeading: 'Which questions',
			questions: 'Questions',
			questionsHint: 'The questions the customer gets; every question is optional for them.',
			questionCsat: 'Satisfaction (CSAT, 1–5)',
			questionNps: 'Recommend (NPS, 0–10)',
			questionCes: 'Effort (CES, 1–7)',
			questionResolved: 'Was your question resolved? (yes/no)',
			questionComment: 'Comment (free text)',
			shortCsat: 'CSAT',
			shortNps: 'NPS',
			shortCes: 'CES',
			shortResolved: 'Resolved',
			shortComment: 'Comment',
			firstQuestion: 'First question',
			firstQuestionHint:
				'Shown in the e-mail, with the scores as buttons. Must be one of the questions asked.',
			lookHeading: 'Sender and house style',
			senderName: 'Sender name',
			senderNameHint: 'The organisation’s name in the e-mail and on the survey.',
			brandColor: 'Brand colour',
			brandColorHint: 'As #rrggbb, e.g. #1f5f8b.',
			brandColorPicker: 'Pick the brand colour',
			logoUrl: 'Logo (URL)',
			logoUrlHint: 'Optional. An https address only.',
			deactivate: 'Deactivate',
			deactivateHelp:
				'A deactivated program sends no new surveys. Surveys already sent and their answers stay.',
			deactivateQuestion: 'Deactivate program ‘{{name}}’?',
			deactivateConfirm: 'Yes, deactivate',
			isInactive: 'This program is not active: new contacts get no survey from it.',
			reactivate: 'Activate again',
			errorName: 'Enter a name.',
			errorNameLength: 'Use at most 100 characters.',
			errorNameTaken: 'There already is a program with this name.',
			errorChannels: 'Choose channels from the list only.',
			errorReasons: 'Choose contact reasons from the list only.',
			errorPriority: 'Enter a whole number from 0 to 9999.',
			errorFirstQuestion: 'Choose CSAT or NPS as the first question.',
			errorFirstNotAsked: 'The first question must also be ticked as a question asked.',
			errorDelay: 'Enter a whole number of minutes, from 0 to 10,080 (a week).',
			errorDelayAfterMaxAge:
				'The delay must be shorter than the maximum contact age, or no survey would ever go out.',
			errorSampling: 'Enter a whole percentage from 0 to 100.',
			errorFatigue: 'Enter a whole number of days, from 0 to 365.',
			errorMaxAge: 'Enter a whole number of hours, from 1 to 8760.',
			errorExpiry: 'Enter a whole number of days, from 1 to 365.',
			errorReminder: 'Enter a whole number of days (at least 1), or leave it empty.',
			errorReminderAfterExpiry: 'The reminder must come before the survey closes.',
			errorSenderName: 'Enter the sender name (at most 100 characters).',
			errorBrandColor: 'Enter a colour as #rrggbb, e.g. #1f5f8b.',
			errorLogoUrl: 'Enter a full https address, e.g. https://example.com/logo.png.'
		},
		import: {
			title: 'Import contacts',
			intro:
				'Import contacts from a CSV file, with the same fields as the API. A contact that already exists (same externalId) is updated, never duplicated.',
			uploadTitle: 'Upload a file',
			file: 'CSV file',
			fileHint:
				'UTF-8, separated by commas or semicolons, with a header row. At most {{max}} MB and 100,000 rows.',
			upload: 'Upload and check',
			uploading: 'Uploading…',
			columnsTitle: 'Which columns?',
			columnsIntro:
				'The header row names the API’s fields; the agent’s and the customer’s fields with a dot. Case, underscores and spaces do not matter (customer_email works too). Unknown columns are ignored.',
			recent: 'Earlier files',
			empty: 'No files uploaded yet.',
			fileName: 'File',
			uploadedAt: 'Uploaded',
			uploadedBy: 'By',
			rows: 'Rows',
			errors: 'Problems',
			statusUploaded: 'Being checked',
			statusValidated: 'Checked',
			statusImporting: 'Importing',
			statusDone: 'Imported',
			statusFailed: 'Failed',
			back: 'All imports',
			uploadedLine: 'Uploaded on {{date}} by {{name}}.',
			checking: 'Checking the file…',
			rowsRead_one: '{{n}} row read.',
			rowsRead_other: '{{n}} rows read.',
			importing: 'Importing…',
			progress: '{{done}} of {{total}} rows ({{percent}}%).',
			importingHint:
				'You may close this page; the import goes on. Only when everything succeeds are the contacts saved, all at once.',
			doneText: 'Done: {{n}} contacts imported, {{created}} new and {{updated}} updated.',
			failedText: 'The import failed. Nothing was saved.',
			reason: 'Reason:',
			report: 'Check',
			rowCount_one: '{{n}} row',
			rowCount_other: '{{n}} rows',
			problemCount_one: '{{n}} problem.',
			problemCount_other: '{{n}} problems.',
			start_one: 'Import {{n}} contact',
			start_other: 'Import {{n}} contacts',
			retry_one: 'Import {{n}} contact again',
			retry_other: 'Import {{n}} contacts again',
			startHint: 'All or nothing: if one row fails, nothing is saved.',
			alreadyStarted: 'This import had already been started; it was not started again.',
			fixAndUpload:
				'A file is only imported once it has no problems left. Correct the rows below and upload the file again.',
			errorsCaption: 'Problems per row',
			row: 'Row',
			field: 'Field',
			problem: 'Problem',
			errorsCapped: 'Only the first {{n}} problems are shown.',
			preview: 'Preview',
			previewIntro: 'The first {{n}} rows as they were read.',
			unknownColumns_one: 'Unknown column, ignored: {{names}}.',
			unknownColumns_other: 'Unknown columns, ignored: {{names}}.',
			unknown: 'unknown',
			errorNoFile: 'Choose a CSV file.',
			errorEmpty: 'This file is empty.',
			errorTooLarge: 'This file is too large: at most 60 MB. Split it into smaller files.',
			errorNotUtf8: 'This file is not UTF-8. Save it as ‘CSV UTF-8’ and try again.',
			msgRequired: 'Required, but empty.',
			msgMissingColumn: 'A required column is missing: add it.',
			msgDuplicateColumn: 'This column appears twice.',
			msgEmpty: 'Must not be empty.',
			msgTooLong: 'Too long: at most {{max}} characters.',
			msgSpaces: 'Must not start or end with a space.',
			msgEmail: 'Not a valid e-mail address.',
			msgOneOf: 'Must be one of: {{values}}.',
			msgDateTime:
				'Not a valid time: use ISO 8601 with a time zone, e.g. 2026-11-24T14:05:00+01:00.',
			msgSeconds: 'Must be a whole number of seconds.',
			msgNegative: 'Must not be negative.',
			msgBoolean: 'Must be true or false (or yes/no, 1/0).',
			msgSurvey: 'Must be false, or empty.',
			msgCustomer: 'The customer needs a customer.externalId or a customer.email.',
			msgStartedAt: 'Must not be later than endedAt.',
			msgDuplicateId:
				'This externalId is also in row {{row}}; each contact may appear once per file.',
			msgCells: 'This row has {{cells}} cells, the header {{columns}}.',
			msgNoHeader: 'The file has no header row.',
			msgNoRows: 'The file has no rows after the header.',
			msgTooManyRows: 'The file has more than {{max}} rows; split it into smaller files.'
		}
	},
	survey: {
		pageTitle: 'Survey',
		title: 'How did it go?',
		intro: 'These questions are about {{what}}.',
		about: {
			phone: 'your phone call with {{agent}} on {{date}}',
			email: 'your e-mail contact with {{agent}} on {{date}}',
			chat: 'your chat with {{agent}} on {{date}}',
			social: 'your contact with {{agent}} on social media on {{date}}',
			in_person: 'your conversation with {{agent}} on {{date}}'
		},
		aboutReason: '{{what}} about ‘{{reason}}’',
		firstHint: 'Is this your answer? Choose Send to save it.',
		send: 'Send',
		sendAll: 'Send answers',
		saved: 'Thank you! Your answer has been saved.',
		more: 'Would you like to answer a few more questions? Every question is optional.',
		changeUntil: 'You can change your answers until {{date}}.',
		questions: {
			csat: 'How satisfied are you with this contact?',
			nps: 'How likely are you to recommend {{sender}} to a friend or family member?',
			ces: 'How much do you agree with this statement: ‘{{sender}} made it easy for me to handle my issue’?',
			resolved: 'Is your question fully resolved?',
			comment: 'Is there anything else you would like to tell us?'
		},
		short: {
			csat: 'Satisfaction',
			nps: 'Recommendation',
			ces: 'Ease',
			resolved: 'Resolved',
			comment: 'Comment'
		},
		scale: {
			csatLow: 'very dissatisfied',
			csatHigh: 'very satisfied',
			npsLow: 'not at all likely',
			npsHigh: 'extremely likely',
			cesLow: 'strongly disagree',
			cesHigh: 'strongly agree',
			yes: 'Yes',
			no: 'No'
		},
		commentHint: 'Optional. At most {{max}} characters.',
		commentCount: '{{used}} of {{max}} characters used',
		errors: {
			title: 'Please check your answers',
			score: 'Choose a number from {{min}} to {{max}}.',
			choice: 'Choose yes or no.',
			commentTooLong:
				'Your comment is {{length}} characters long. Please shorten it to at most {{max}} characters.',
			required: 'Choose an answer first.'
		},
		thanks: {
			title: 'Thank you!',
			text: 'Your answers have been saved. {{sender}} uses them to improve its service.',
			change: 'Change your answers'
		},
		expired: {
			title: 'This survey has closed',
			text: 'Thank you for wanting to answer. The time to fill in this survey has passed, so we can no longer save answers.'
		},
		notFound: {
			title: 'This link does not work',
			text: 'The link may be incomplete. If you copied it from an e-mail or chat, check that you copied all of it.'
		},
		unsubscribeLead: 'Rather not receive our surveys?',
		unsubscribe: 'Unsubscribe'
	},
	unsubscribe: {
		pageTitle: 'Unsubscribe',
		title: 'Surveys from {{sender}}',
		intro:
			'After a contact we sometimes ask you how it went. Would you rather not receive these questions?',
		stop: 'Stop sending me surveys',
		optedOut: 'You have unsubscribed: we will not send you any more surveys.',
		resumeLead: 'Changed your mind? Then you will receive our surveys again.',
		resume: 'Send me surveys again',
		resumed: 'You will receive our surveys again.'
	}
};
