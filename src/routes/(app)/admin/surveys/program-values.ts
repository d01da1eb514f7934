// The program form's values as strings (what the form shows and sends back after an error).
// Shared by the pages and the form action; no server code here.
export type ProgramFormValues = {
	name: string;
	/** 'on' when ticked, as a checkbox sends it. */
	active: string;
	channels: string[];
	reasonIds: string[];
	priority: string;
	firstQuestion: string;
	ask: string[];
	delayMinutes: string;
	samplingPercent: string;
	fatigueDays: string;
	maxContactAgeHours: string;
	expiryDays: string;
	reminderAfterDays: string;
	senderName: string;
	brandColor: string;
	logoUrl: string;
};

/** A saved program as form values. */
export function programValues(program: {
	name: string;
	active: boolean;
	channels: string[];
	reasonIds: number[];
	priority: number;
	firstQuestion: string;
	questions: string[];
	delayMinutes: number;
	samplingPercent: number;
	fatigueDays: number;
	maxContactAgeHours: number;
	expiryDays: number;
	reminderAfterDays: number | null;
	senderName: string;
	brandColor: string;
	logoUrl: string | null;
}): ProgramFormValues {
	return {
		name: program.name,
		active: program.active ? 'on' : '',
		channels: program.channels,
		reasonIds: program.reasonIds.map(String),
		priority: String(program.priority),
		firstQuestion: program.firstQuestion,
		ask: program.questions,
		delayMinutes: String(program.delayMinutes),
		samplingPercent: String(program.samplingPercent),
		fatigueDays: String(program.fatigueDays),
		maxContactAgeHours: String(program.maxContactAgeHours),
		expiryDays: String(program.expiryDays),
		reminderAfterDays: program.reminderAfterDays === null ? '' : String(program.reminderAfterDays),
		senderName: program.senderName,
		brandColor: program.brandColor,
		logoUrl: program.logoUrl ?? ''
	};
}

/** What a new program starts with: the model's defaults. */
export const NEW_PROGRAM: ProgramFormValues = {
	name: '',
	active: 'on',
	channels: [],
	reasonIds: [],
	priority: '100',
	firstQuestion: 'csat',
	ask: ['csat', 'nps', 'resolved', 'comment'],
	delayMinutes: '30',
	samplingPercent: '100',
	fatigueDays: '30',
	maxContactAgeHours: '72',
	expiryDays: '14',
	reminderAfterDays: '3',
	senderName: 'Klantstem',
	brandColor: '#1f5f8b',
	logoUrl: ''
};
