// Customers' survey pages ship no JavaScript of SvelteKit's: they are plain server-rendered HTML
// forms, fast on any phone and usable without JavaScript. The only script is static/survey.js.
export const csr = false;
