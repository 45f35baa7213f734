// The sign-in page: POST /api/v1/session (a session through the portal's Elytron realm), then back
// to the page that asked (only a path of this portal, never another site).
import { applyStatic, lang, setLang, t } from '../i18n.js';

function nextPage() {
    const next = new URLSearchParams(window.location.search).get('next') || '';
    return next.startsWith('/') && !next.startsWith('//') ? next : 'index.html';
}

async function signIn(event) {
    event.preventDefault();
    const error = document.getElementById('login-error');
    const username = document.getElementById('username').value.trim();
    const password = document.getElementById('password').value;
    if (!username || !password) {
        error.textContent = t('login.required');
        return;
    }
    const response = await fetch('api/v1/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Requested-With': 'fetch' },
        credentials: 'same-origin',
        body: JSON.stringify({ username, password })
    });
    if (response.ok) {
        window.location.assign(nextPage());
        return;
    }
    if (response.status === 429) {
        error.textContent = t('login.throttled', { seconds: response.headers.get('Retry-After') || '60' });
    } else {
        error.textContent = t('login.failed');
    }
    document.getElementById('password').focus();
}

setLang(lang());
applyStatic();
const language = document.getElementById('lang-select');
language.value = lang();
language.addEventListener('change', () => {
    setLang(language.value);
    applyStatic();
    document.title = `${t('login.title')} — ${t('portal.name')}`;
});
document.getElementById('login-form').addEventListener('submit', signIn);
document.getElementById('username').focus();
document.body.dataset.state = 'ready';
