// The request's translator in Svelte context. The root layout provides it with its `locale`
// data, so every component calls `useI18n()` and re-renders when the language changes.
import { createContext } from 'svelte';
import { createI18n, type I18n } from './index';
import type { Locale } from './locale';

const [getI18n, setI18n] = createContext<I18n>();

export function provideI18n(locale: () => Locale): I18n {
	return setI18n(createI18n(locale));
}

export function useI18n(): I18n {
	return getI18n();
}
