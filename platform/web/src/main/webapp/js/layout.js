// The shared layout: header with the portal's name, navigation, language switch and (where the page
// needs one) a year selector. A page gives its render(year) function; the layout calls it at start,
// when the year changes and when the language changes, and marks the body when the content is in:
// data-state="ready", data-year, and data-render-ms (navigation start → first content rendered).
import { session, signIn, signOut } from './api.js';
import { el, replace } from './dom.js';
import { LANGUAGES, applyStatic, lang, setLang, t } from './i18n.js';

// Each page with the roles that may use it: the navigation shows a person only their own pages.
const PAGES = [
    { id: 'consolidated', href: 'index.html', key: 'nav.consolidated', roles: ['ADMIN', 'CENTRAL'] },
    { id: 'provinces', href: 'provinces.html', key: 'nav.provinces',
        roles: ['ADMIN', 'CENTRAL', 'PROVINCIAL_DEVELOPER', 'PROVINCIAL_STAFF'] },
    { id: 'organisations', href: 'organisations.html', key: 'nav.organisations', roles: ['PROVINCIAL_STAFF'] },
    { id: 'registry', href: 'registry.html', key: 'nav.registry', roles: ['PROVINCIAL_STAFF'] },
    { id: 'modules', href: 'modules.html', key: 'nav.modules', roles: ['ADMIN', 'PROVINCIAL_DEVELOPER'] }
];
const FIRST_YEAR = 2015;

export function params() {
    return new URLSearchParams(window.location.search);
}

/** The year of the URL (?year=), else last year. */
export function initialYear() {
    const asked = Number.parseInt(params().get('year'), 10);
    const last = new Date().getFullYear();
    return Number.isInteger(asked) && asked >= FIRST_YEAR && asked <= last ? asked : last - 1;
}

export function startPage({ page, titleKey = `nav.${page}`, withYear = false, render }) {
    let year = withYear ? initialYear() : null;
    let first = true;
    let who = { authenticated: false, roles: [] };
    const header = document.getElementById('portal-header');

    async function run() {
        document.body.dataset.state = 'loading';
        try {
            await render(year);
        } finally {
            document.body.dataset.state = 'ready';
            if (year != null) {
                document.body.dataset.year = String(year);
            }
            if (first) {
                first = false;
                document.body.dataset.renderMs = String(Math.round(performance.now()));
            }
        }
    }

    function changeYear(value) {
        year = value;
        const query = params();
        query.set('year', String(year));
        window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
        run();
    }

    function changeLanguage(code) {
        setLang(code);
        drawHeader();
        applyStatic();
        run();
        document.getElementById('lang-select').focus();
    }

    function drawHeader() {
        document.title = `${t(titleKey)} · ${t('portal.name')}`;
        const mine = PAGES.filter((p) => p.id === page || !who.authenticated
            || p.roles.some((r) => who.roles.includes(r)));
        const nav = el('nav', { 'aria-label': t('nav.label') },
            el('ul', {}, mine.map((p) => el('li', {},
                el('a', { href: p.href, 'aria-current': p.id === page ? 'page' : null }, t(p.key))))));
        const controls = el('div', { class: 'controls' });
        if (withYear) {
            const select = el('select', { id: 'year-select', on: { change: (e) => changeYear(Number(e.target.value)) } });
            for (let y = new Date().getFullYear(); y >= FIRST_YEAR; y--) {
                select.appendChild(el('option', { value: y, selected: y === year }, String(y)));
            }
            controls.appendChild(el('label', { for: 'year-select' }, t('year.label')));
            controls.appendChild(select);
        }
        const language = el('select', { id: 'lang-select', on: { change: (e) => changeLanguage(e.target.value) } },
            LANGUAGES.map((l) => el('option', { value: l.code, lang: l.code, selected: l.code === lang() }, l.label)));
        controls.appendChild(el('label', { for: 'lang-select' }, t('lang.label')));
        controls.appendChild(language);
        replace(header,
            el('div', { class: 'brand' }, el('a', { href: 'index.html' }, t('portal.name'))),
            nav, controls, user());
    }

    function user() {
        if (!who.authenticated) {
            return null;
        }
        const roles = who.roles.map((r) => t(`role.${r}`)).join(', ');
        return el('div', { class: 'user', id: 'user-box' },
            el('span', { id: 'user-name' }, who.username),
            el('span', { class: 'user-role', id: 'user-role' }, who.province ? `${roles} · ${who.province}` : roles),
            el('button', { type: 'button', id: 'sign-out', class: 'sign-out', on: { click: signOut } }, t('signOut')));
    }

    setLang(lang());
    drawHeader();
    applyStatic();
    session().then((s) => {
        if (!s.authenticated) {
            signIn(); // every page is for signed-in people; the sign-in page brings them back
            return;
        }
        who = s;
        drawHeader();
    });
    run();
}

/** A message box in the main content (role=alert for errors). */
export function message(text, kind = 'info') {
    return el('p', { class: `message message-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
