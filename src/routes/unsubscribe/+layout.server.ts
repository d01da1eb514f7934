// Like the survey pages: plain server-rendered forms, no SvelteKit JavaScript.
export const csr = false;
