// Repeat-contact linking for the generated rows, by the same rule the ingest applies: for one
// customer and one contact reason, contact Y repeats X when X is the latest earlier contact and
// Y ended at most 7 × 24 h after X. The stored rows must satisfy the rule exactly, because the
// dashboards' FCR and channel-switch figures are computed from these columns.
import type { ContactTable } from './contacts';
import { DAY } from './organisation';

export const FCR_WINDOW_MS = 7 * DAY;

/** Rows must be sorted by ended_at with unique times (sortByEndedAt). */
export function linkRepeatContacts(table: ContactTable, customerCount: number): void {
	const { endedAt, customer, reason, channel } = table;
	// Each contact points at the same customer's previous contact, whatever its reason, so the
	// walk back stays within one customer's last week.
	const previousOfCustomer = new Int32Array(table.count);
	const lastOfCustomer = new Int32Array(customerCount).fill(-1);
	for (let y = 0; y < table.count; y++) {
		table.updatedAt[y] = endedAt[y] + table.ingestLagMs[y];
		const c = customer[y];
		previousOfCustomer[y] = lastOfCustomer[c];
		lastOfCustomer[c] = y;
		if (reason[y] < 0) continue;
		// The first same-reason contact met walking back is the latest earlier one; once the walk
		// is past the window, the latest earlier one (if any) is too old to count.
		for (let x = previousOfCustomer[y]; x >= 0; x = previousOfCustomer[x]) {
			if (endedAt[y] - endedAt[x] > FCR_WINDOW_MS) break;
			if (reason[x] !== reason[y]) continue;
			table.repeatOf[y] = x;
			table.repeated[x] = 1;
			table.channelSwitch[y] = channel[x] !== channel[y] ? 1 : 0;
			// Linking updates the earlier contact when the repeat arrives.
			table.updatedAt[x] = Math.max(table.updatedAt[x], endedAt[y] + table.ingestLagMs[y]);
			break;
		}
	}
}
