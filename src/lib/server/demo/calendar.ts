// When demo contacts happen: twelve months ending at `now`, busier on Mondays and in winter
// (annual statements), quiet on Sundays, within each channel's opening hours.
import { DAY } from './organisation';
import { cumulative, pickIndex, type Random } from './random';
import { CHANNELS, type ChannelName } from './taxonomy';

const HOUR = 60 * 60 * 1000;
/** The Netherlands is UTC+1 or +2; one hour is close enough for opening hours. */
const LOCAL_OFFSET_HOURS = 1;

/** The planted billing-error month: from 150 to 120 days before `now`. */
export const SPIKE_FROM_DAYS_AGO = 150;
export const SPIKE_TO_DAYS_AGO = 120;

// Relative volume per local hour 0–23.
// prettier-ignore
const HOURS: Record<ChannelName, number[]> = {
	phone:     [0, 0, 0, 0, 0, 0, 0, 0, 6, 10, 10, 9, 7, 8, 9, 8, 7, 5, 2, 0, 0, 0, 0, 0],
	email:     [0, 0, 0, 0, 0, 0, 0, 1, 6, 9, 9, 8, 6, 8, 8, 8, 7, 5, 2, 1, 0, 0, 0, 0],
	chat:      [0, 0, 0, 0, 0, 0, 0, 1, 4, 7, 8, 8, 7, 8, 8, 7, 6, 5, 5, 6, 6, 5, 3, 0],
	social:    [0, 0, 0, 0, 0, 0, 0, 2, 4, 6, 6, 6, 6, 6, 6, 6, 6, 5, 5, 6, 7, 6, 4, 2],
	in_person: [0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 6, 8, 9, 9, 9, 8, 7, 5, 0, 0, 0, 0, 0, 0]
};

/** Monday first, as getUTCDay() - 1 modulo 7. */
const WEEKDAY = [1.3, 1.1, 1.05, 1.0, 0.95, 0.45, 0.2];

export type Calendar = {
	start: number;
	now: number;
	/** Fraction of the year elapsed at time t: 0 at the start, 1 at `now`. */
	progress: (t: number) => number;
	inSpike: (t: number) => boolean;
	pickDay: (random: Random) => number;
	/** A moment on that day in the channel's hours, or -1 when it falls after `now`. */
	pickMoment: (random: Random, day: number, channel: number) => number;
};

export function createCalendar(now: number): Calendar {
	const from = now - 365 * DAY;
	const start = from - (from % DAY);
	const days = Math.ceil((now - start) / DAY);
	const spikeFrom = now - SPIKE_FROM_DAYS_AGO * DAY;
	const spikeTo = now - SPIKE_TO_DAYS_AGO * DAY;
	const inSpike = (t: number) => t >= spikeFrom && t < spikeTo;
	const weights: number[] = [];
	for (let day = 0; day < days; day++) {
		const t = start + day * DAY;
		const weekday = (new Date(t).getUTCDay() + 6) % 7;
		const dayOfYear = (t - Date.UTC(new Date(t).getUTCFullYear(), 0, 1)) / DAY;
		// Annual statements land in January; summer is quiet.
		const season = 1 + 0.15 * Math.cos((2 * Math.PI * (dayOfYear - 20)) / 365);
		const growth = 0.92 + 0.16 * (day / days);
		const spike = inSpike(t + DAY / 2) ? 1.12 : 1;
		// The last day has only partly happened.
		const elapsed = Math.min(1, (now - t) / DAY);
		weights.push(WEEKDAY[weekday] * season * growth * spike * elapsed);
	}
	const dayTable = cumulative(weights);
	const hourTables = CHANNELS.map((channel) => cumulative(HOURS[channel]));
	return {
		start,
		now,
		progress: (t) => Math.min(1, Math.max(0, (t - start) / (now - start))),
		inSpike,
		pickDay: (random) => pickIndex(random, dayTable),
		pickMoment: (random, day, channel) => {
			const hour = pickIndex(random, hourTables[channel]);
			const t = Math.floor(
				start + day * DAY + (hour - LOCAL_OFFSET_HOURS) * HOUR + random.next() * HOUR
			);
			return t < now - 60_000 && t >= start ? t : -1;
		}
	};
}
