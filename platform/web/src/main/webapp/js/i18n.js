// The portal's two languages: Vietnamese by default, English selectable; the choice is kept in
// localStorage. Static texts carry data-i18n="key" (text) or data-i18n-label="key" (aria-label).
import vi from './messages/vi.js';
import en from './messages/en.js';

const MESSAGES = { vi, en };
const STORAGE_KEY = 'portal.lang';

export const LANGUAGES = [
    { code: 'vi', label: 'Tiếng Việt' },
    { code: 'en', label: 'English' }
];

export function lang() {
    let stored = null;
    try {
        stored = window.localStorage.getItem(STORAGE_KEY);
    } catch (e) {
        stored = null; // storage disabled: Vietnamese
    }
    return stored === 'en' ? 'en' : 'vi';
}

export function setLang(code) {
    try {
        window.localStorage.setItem(STORAGE_KEY, code === 'en' ? 'en' : 'vi');
    } catch (e) {
        // storage disabled: the choice lasts for this page only
    }
    document.documentElement.lang = lang();
}

/** The message for a key in the current language, with {name} placeholders filled. */
export function t(key, params = {}) {
    const text = MESSAGES[lang()][key] ?? MESSAGES.vi[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A LocalizedText of the API ({vi, en}) in the current language. */
export function local(text) {
    if (text == null) {
        return '';
    }
    if (typeof text === 'string') {
        return text;
    }
    return lang() === 'en' && text.en ? text.en : text.vi;
}

/** Translates the static texts under root. */
export function applyStatic(root = document) {
    root.querySelectorAll('[data-i18n]').forEach((node) => {
        node.textContent = t(node.dataset.i18n);
    });
    root.querySelectorAll('[data-i18n-label]').forEach((node) => {
        node.setAttribute('aria-label', t(node.dataset.i18nLabel));
    });
}
