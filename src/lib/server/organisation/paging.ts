// Long admin lists are shown 50 rows at a time.
import { z } from 'zod';

export const PAGE_SIZE = 50;

export const pageInput = z.number().int().min(1).max(100_000).default(1);

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

export function skipFor(page: number): { skip: number; take: number } {
	return { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE };
}

export function pageOf<T>(items: T[], total: number, page: number): Page<T> {
	return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
