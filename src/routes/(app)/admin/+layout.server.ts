import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// Every admin page is for admins only; the procedures check it again.
export const load: LayoutServerLoad = ({ locals }) => {
	if (locals.user?.role !== 'admin') error(403, 'Not allowed');
};
