// The demo organisation: a Dutch energy, telecom and web-shop company. Contact reasons follow
// the Dutch practice of value classes (valuable / hygiene / unnecessary) with a preferred,
// supporting and discouraged channel each; unnecessary reasons name the department that
// caused them, so the voice-of-the-customer views have a chain to point at.

export type ChannelName = 'phone' | 'email' | 'chat' | 'social' | 'in_person';
export type ValueClassName = 'valuable' | 'hygiene' | 'unnecessary';
export type LocaleName = 'nl' | 'en';

export const CHANNELS: readonly ChannelName[] = ['phone', 'email', 'chat', 'social', 'in_person'];
export const EMOTIONS = ['angry', 'frustrated', 'worried', 'neutral', 'positive'] as const;
export const KB_GAPS = ['missing', 'insufficient'] as const;

export type DepartmentSpec = { code: string; nameNl: string; nameEn: string };

export const DEPARTMENTS: readonly DepartmentSpec[] = [
	{ code: 'billing', nameNl: 'Facturatie', nameEn: 'Billing' },
	{ code: 'finance', nameNl: 'Financiën', nameEn: 'Finance' },
	{ code: 'logistics', nameNl: 'Logistiek', nameEn: 'Logistics' },
	{ code: 'warehouse', nameNl: 'Magazijn', nameEn: 'Warehouse' },
	{ code: 'product', nameNl: 'Product', nameEn: 'Product' },
	{ code: 'it', nameNl: 'IT', nameEn: 'IT' },
	{ code: 'network', nameNl: 'Netwerkbeheer', nameEn: 'Network operations' },
	{ code: 'field_service', nameNl: 'Buitendienst', nameEn: 'Field service' },
	{ code: 'sales', nameNl: 'Verkoop', nameEn: 'Sales' },
	{ code: 'customer_service', nameNl: 'Klantenservice', nameEn: 'Customer service' }
];

/** Specialist desks; contacts for a reason with a desk often go to that desk's team. */
export type Desk = 'billing' | 'tech' | 'delivery';

export type ReasonSpec = {
	code: string;
	nameNl: string;
	nameEn: string;
	valueClass: ValueClassName;
	preferred: ChannelName[];
	supporting: ChannelName[];
	discouraged: ChannelName[];
	/** Department code; set for unnecessary reasons only. */
	causeDepartment: string | null;
	desk: Desk | null;
	/** Relative contact volume. */
	volume: number;
	/** Chance that a contact for this reason needs a follow-up contact. */
	followUpRate: number;
	/** Chance that the agent flags the knowledge base as missing or insufficient. */
	kbGapRate: number;
	/** Shift of the customer's satisfaction (latent scale, 0 = typical). */
	mood: number;
};

type Row = [
	code: string,
	nameNl: string,
	nameEn: string,
	valueClass: ValueClassName,
	channels: [ChannelName[], ChannelName[], ChannelName[]],
	causeDepartment: string | null,
	desk: Desk | null,
	volume: number,
	followUpRate: number,
	kbGapRate: number,
	mood: number
];

// prettier-ignore
const ROWS: Row[] = [
	// valuable: worth a personal conversation
	['contract_advice', 'Advies nieuw contract', 'New contract advice', 'valuable', [['phone', 'in_person'], ['chat'], []], null, null, 4, 0.06, 0.02, 0.3],
	['cancel_contract', 'Contract opzeggen', 'Cancel contract', 'valuable', [['phone'], ['chat', 'email'], ['social']], null, null, 4, 0.1, 0.02, -0.2],
	['payment_arrangement', 'Betalingsregeling', 'Payment arrangement', 'valuable', [['phone'], ['email'], ['social', 'chat']], null, 'billing', 3, 0.12, 0.03, 0],
	['bereavement', 'Overlijden melden', 'Reporting a death', 'valuable', [['phone', 'in_person'], ['email'], ['social', 'chat']], null, null, 1, 0.12, 0.03, 0.1],
	['complaint', 'Klacht', 'Complaint', 'valuable', [['phone'], ['email', 'in_person'], ['social']], null, null, 3, 0.18, 0.02, -0.5],
	['energy_saving_advice', 'Energiebesparingsadvies', 'Energy saving advice', 'valuable', [['phone', 'chat'], ['email'], []], null, null, 2, 0.05, 0.04, 0.4],
	['upgrade_subscription', 'Abonnement uitbreiden', 'Upgrade subscription', 'valuable', [['phone', 'chat', 'in_person'], ['email'], []], null, null, 3, 0.05, 0.02, 0.4],
	['solar_feed_in', 'Terugleveren zonnepanelen', 'Solar panel feed-in', 'valuable', [['phone'], ['email', 'chat'], []], null, 'billing', 2, 0.12, 0.06, 0],
	['fraud_report', 'Fraude of phishing melden', 'Report fraud or phishing', 'valuable', [['phone'], ['chat'], ['social']], null, 'tech', 1, 0.08, 0.03, 0.1],
	// hygiene: status, invoices and changes, best handled by self-service
	['invoice_question', 'Vraag over factuur', 'Invoice question', 'hygiene', [['chat'], ['email'], ['phone']], null, 'billing', 9, 0.12, 0.03, 0.1],
	['annual_statement', 'Uitleg jaarafrekening', 'Annual statement explained', 'hygiene', [['email'], ['chat', 'phone'], []], null, 'billing', 5, 0.12, 0.04, 0],
	['change_instalment', 'Termijnbedrag aanpassen', 'Change monthly instalment', 'hygiene', [['chat'], ['email'], ['phone']], null, 'billing', 5, 0.08, 0.02, 0.2],
	['change_bank_details', 'Rekeningnummer wijzigen', 'Change bank details', 'hygiene', [['email'], ['chat'], ['phone', 'social']], null, 'billing', 2, 0.06, 0.02, 0.2],
	['move_house', 'Verhuizing doorgeven', 'Moving house', 'hygiene', [['chat'], ['email', 'phone'], ['in_person']], null, null, 5, 0.12, 0.04, 0.1],
	['meter_reading', 'Meterstand doorgeven', 'Submit meter reading', 'hygiene', [['chat'], ['email'], ['phone', 'in_person']], null, null, 5, 0.14, 0.1, 0.1],
	['password_reset', 'Wachtwoord vergeten', 'Password reset', 'hygiene', [['chat'], ['email'], ['phone', 'in_person']], null, 'tech', 4, 0.12, 0.05, 0.1],
	['order_status', 'Status bestelling', 'Order status', 'hygiene', [['chat'], ['email', 'social'], ['phone']], null, 'delivery', 6, 0.1, 0.02, 0.1],
	['return_request', 'Retour aanmelden', 'Return an item', 'hygiene', [['chat', 'email'], ['social'], ['phone']], null, 'delivery', 4, 0.08, 0.03, 0.2],
	['contract_end_date', 'Einddatum contract', 'Contract end date', 'hygiene', [['chat'], ['email'], ['phone']], null, null, 3, 0.06, 0.02, 0.2],
	['data_usage', 'Databundel en verbruik', 'Data bundle and usage', 'hygiene', [['chat'], ['social'], ['phone']], null, 'tech', 3, 0.08, 0.03, 0.1],
	['store_opening_hours', 'Openingstijden winkel', 'Store opening hours', 'hygiene', [['social'], ['chat'], ['phone']], null, null, 1, 0.03, 0.01, 0.4],
	// unnecessary: caused by a failure elsewhere in the chain
	['invoice_incorrect', 'Factuur klopt niet', 'Incorrect invoice', 'unnecessary', [['email'], ['phone'], ['social']], 'billing', 'billing', 4, 0.24, 0.04, -0.6],
	['charged_twice', 'Dubbel afgeschreven', 'Charged twice', 'unnecessary', [['phone'], ['email'], ['social']], 'finance', 'billing', 2, 0.22, 0.03, -0.6],
	['refund_not_received', 'Terugbetaling niet ontvangen', 'Refund not received', 'unnecessary', [['email'], ['chat', 'phone'], []], 'finance', 'billing', 3, 0.26, 0.04, -0.5],
	['parcel_not_received', 'Pakket op bezorgd, niet ontvangen', 'Parcel marked delivered but not received', 'unnecessary', [['chat'], ['phone', 'email'], ['social']], 'logistics', 'delivery', 4, 0.48, 0.3, -0.7],
	['order_delayed', 'Bestelling te laat', 'Order delayed', 'unnecessary', [['chat'], ['email', 'social'], ['phone']], 'logistics', 'delivery', 4, 0.2, 0.03, -0.4],
	['damaged_product', 'Product beschadigd ontvangen', 'Product arrived damaged', 'unnecessary', [['email'], ['chat', 'phone'], []], 'warehouse', 'delivery', 2, 0.2, 0.04, -0.4],
	['product_defect', 'Product defect binnen garantie', 'Product faulty under warranty', 'unnecessary', [['phone'], ['email', 'in_person'], ['social']], 'product', 'delivery', 2, 0.2, 0.05, -0.3],
	['app_login_problem', 'Inlogprobleem app', 'Login problem app', 'unnecessary', [['chat'], ['email', 'phone'], ['in_person']], 'it', 'tech', 5, 0.44, 0.35, -0.6],
	['website_error', 'Foutmelding website', 'Website error', 'unnecessary', [['chat'], ['email'], ['in_person']], 'it', 'tech', 2, 0.18, 0.05, -0.4],
	['internet_outage', 'Storing internet', 'Internet outage', 'unnecessary', [['phone'], ['social', 'chat'], ['in_person']], 'network', 'tech', 4, 0.24, 0.08, -0.5],
	['engineer_no_show', 'Monteur niet verschenen', 'Engineer did not show up', 'unnecessary', [['phone'], ['email'], ['social']], 'field_service', 'tech', 1, 0.3, 0.02, -0.8],
	['confirmation_missing', 'Bevestiging niet ontvangen', 'Confirmation not received', 'unnecessary', [['email'], ['chat'], ['phone']], 'sales', null, 2, 0.16, 0.04, -0.2],
	['callback_not_made', 'Terugbelafspraak niet nagekomen', 'Promised call-back not made', 'unnecessary', [['phone'], ['email'], ['social']], 'customer_service', null, 1, 0.3, 0.02, -0.9]
];

export const REASONS: readonly ReasonSpec[] = ROWS.map(
	([
		code,
		nameNl,
		nameEn,
		valueClass,
		channels,
		causeDepartment,
		desk,
		volume,
		followUp,
		kbGap,
		mood
	]) => ({
		code,
		nameNl,
		nameEn,
		valueClass,
		preferred: channels[0],
		supporting: channels[1],
		discouraged: channels[2],
		causeDepartment,
		desk,
		volume,
		followUpRate: followUp,
		kbGapRate: kbGap,
		mood
	})
);

export function reasonIndex(code: string): number {
	const index = REASONS.findIndex((reason) => reason.code === code);
	if (index < 0) throw new Error(`Unknown demo contact reason ${code}`);
	return index;
}

export function departmentIndex(code: string): number {
	const index = DEPARTMENTS.findIndex((department) => department.code === code);
	if (index < 0) throw new Error(`Unknown demo department ${code}`);
	return index;
}

export type ArticleSpec = {
	code: string;
	title: string;
	slug: string;
	locale: LocaleName;
	reasons: string[];
	/** How long ago it was last reviewed; over 12 means the article is stale. */
	reviewedMonthsAgo: number;
};

// parcel_not_received deliberately has no article and app_login_problem only a stale one: the
// planted knowledge-base gaps (see generate.ts).
export const ARTICLES: readonly ArticleSpec[] = [
	{
		code: 'KB-FACT-01',
		title: 'Zo lees je je factuur',
		slug: 'factuur-lezen',
		locale: 'nl',
		reasons: ['invoice_question', 'annual_statement'],
		reviewedMonthsAgo: 2
	},
	{
		code: 'KB-FACT-02',
		title: 'Termijnbedrag aanpassen in Mijn Omgeving',
		slug: 'termijnbedrag-aanpassen',
		locale: 'nl',
		reasons: ['change_instalment'],
		reviewedMonthsAgo: 4
	},
	{
		code: 'KB-BET-01',
		title: 'Betalingsregeling aanvragen',
		slug: 'betalingsregeling',
		locale: 'nl',
		reasons: ['payment_arrangement'],
		reviewedMonthsAgo: 6
	},
	{
		code: 'KB-VERH-01',
		title: 'Verhuizing doorgeven',
		slug: 'verhuizen',
		locale: 'nl',
		reasons: ['move_house'],
		reviewedMonthsAgo: 3
	},
	{
		code: 'KB-METER-01',
		title: 'Meterstand doorgeven',
		slug: 'meterstand-doorgeven',
		locale: 'nl',
		reasons: ['meter_reading'],
		reviewedMonthsAgo: 15
	},
	{
		code: 'KB-APP-01',
		title: 'Inloggen in de app lukt niet',
		slug: 'inloggen-app',
		locale: 'nl',
		reasons: ['app_login_problem'],
		reviewedMonthsAgo: 20
	},
	{
		code: 'KB-WW-01',
		title: 'Wachtwoord opnieuw instellen',
		slug: 'wachtwoord-vergeten',
		locale: 'nl',
		reasons: ['password_reset'],
		reviewedMonthsAgo: 5
	},
	{
		code: 'KB-RET-01',
		title: 'Retour aanmelden',
		slug: 'retour-aanmelden',
		locale: 'nl',
		reasons: ['return_request'],
		reviewedMonthsAgo: 2
	},
	{
		code: 'KB-BEZ-01',
		title: 'Waar is mijn bestelling?',
		slug: 'waar-is-mijn-bestelling',
		locale: 'nl',
		reasons: ['order_status', 'order_delayed'],
		reviewedMonthsAgo: 8
	},
	{
		code: 'KB-STOR-01',
		title: 'Storing? Zo los je het op',
		slug: 'storing-oplossen',
		locale: 'nl',
		reasons: ['internet_outage'],
		reviewedMonthsAgo: 14
	},
	{
		code: 'KB-EN-01',
		title: 'How to read your invoice',
		slug: 'en/reading-your-invoice',
		locale: 'en',
		reasons: ['invoice_question'],
		reviewedMonthsAgo: 3
	}
];

export const ARTICLE_BASE_URL = 'https://help.example.nl/artikel/';
