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

async function send(method, path, body, headers = {}) {
    const response = await fetch(path, {
        method,
        body,
        headers: { Accept: 'application/json, application/problem+json', ...headers },
        credentials: 'same-origin'
    });
    const type = response.headers.get('Content-Type') || '';
    const data = type.includes('json') ? await response.json() : null;
    if (!response.ok) {
        throw new ApiError(response.status, data);
    }
    return data;
}

export const api = {
    get: (path) => send('GET', path),
    post: (path) => send('POST', path),
    postJson: (path, value) => send('POST', path, JSON.stringify(value), { 'Content-Type': 'application/json' }),
    postForm: (path, form) => send('POST', path, form),
    putForm: (path, form) => send('PUT', path, form),
    delete: (path) => send('DELETE', path)
};
