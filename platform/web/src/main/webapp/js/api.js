// The portal's REST API (same origin). Errors are RFC 9457 problem details: ApiError carries them.
export class ApiError extends Error {
    constructor(status, problem) {
        super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
        this.status = status;
        this.problem = problem || {};
    }

    /** The refused fields: [{field, reason}]. */
    get fieldErrors() {
        return this.problem.errors || [];
    }

    /** The individual problems (every failed pre-install check). */
    get problems() {
        return this.problem.problems || [];
    }
}

// Marks the calls as the pages' own (the server then never answers with a Basic challenge, which
// would open the browser's password dialog).
const PAGE_HEADERS = { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'fetch' };

let current = null;

/**
 * Who is signed in ({authenticated, username, roles, province, csrfToken}), asked once per page
 * (GET /api/v1/session).
 */
export function session() {
    if (current == null) {
        current = fetch('api/v1/session', { headers: PAGE_HEADERS, credentials: 'same-origin' })
            .then((response) => (response.ok ? response.json() : { authenticated: false, roles: [] }))
            .catch(() => ({ authenticated: false, roles: [] }));
    }
    return current;
}

/** The session's CSRF token, required on every state-changing call. */
async function csrf() {
    return (await session()).csrfToken || '';
}

/** Signs out (DELETE /api/v1/session) and goes to the sign-in page. */
export async function signOut() {
    await fetch('api/v1/session', {
        method: 'DELETE', headers: { ...PAGE_HEADERS, 'X-CSRF-Token': await csrf() }, credentials: 'same-origin'
    });
    current = null;
    window.location.assign('login.html');
}

/** Sends the visitor to the sign-in page, which brings them back here afterwards. */
export function signIn() {
    const here = window.location.pathname + window.location.search;
    window.location.assign(`login.html?next=${encodeURIComponent(here)}`);
}

async function send(method, path, body, headers = {}) {
    const extra = method === 'GET' ? {} : { 'X-CSRF-Token': await csrf() };
    const response = await fetch(path, {
        method,
        body,
        headers: { ...PAGE_HEADERS, ...extra, ...headers },
        credentials: 'same-origin'
    });
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : null;
    if (response.status === 401) {
        signIn();
    }
    if (!response.ok) {
        throw new ApiError(response.status, data);
    }
    return data;
}

export const api = {
    get: (path) => send('GET', path),
    put: (path, value) => send('PUT', path, JSON.stringify(value), { 'Content-Type': 'application/json' }),
    post: (path) => send('POST', path),
    postJson: (path, value) => send('POST', path, JSON.stringify(value), { 'Content-Type': 'application/json' }),
    postForm: (path, form) => send('POST', path, form),
    putForm: (path, form) => send('PUT', path, form),
    delete: (path) => send('DELETE', path)
};
