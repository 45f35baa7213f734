// Module administration: the installed modules with state, version, signer and errors; upload with
// the pre-install check shown before installing; enable, disable, update, roll back, remove; the
// audit trail. Refusals show every failed check the server gave (problem+json "problems").
import { ApiError, api } from '../api.js';
import { el, replace } from '../dom.js';
import { dateTime } from '../format.js';
import { t } from '../i18n.js';
import { message, startPage } from '../layout.js';

const BASE = 'api/v1/modules';
let notice = null;
let checked = null; // {file, report} of the last dry run

function problemBox(error) {
    const problems = error instanceof ApiError ? error.problems : [];
    return el('div', { class: 'message message-error', role: 'alert', id: 'refusal' },
        el('strong', {}, `${t('modules.refused')}: `), error.message,
        problems.length > 0 ? el('ul', { class: 'problems' }, problems.map((p) => el('li', {}, p))) : null);
}

function form(file) {
    const data = new FormData();
    data.append('file', file, file.name);
    return data;
}

async function act(label, name, call) {
    try {
        await call();
        notice = message(t('modules.done', { action: label, name }), 'ok');
    } catch (e) {
        notice = problemBox(e);
    }
    await render();
}

function actions(module) {
    const name = module.symbolicName;
    const path = `${BASE}/${encodeURIComponent(name)}`;
    const updateInput = el('input', {
        type: 'file', accept: '.jar', class: 'update-file', id: `update-${name}`,
        'aria-label': t('modules.updateFor', { name }),
        on: { change: (e) => e.target.files[0] && act(t('modules.update'), name, () => api.putForm(path, form(e.target.files[0]))) }
    });
    return el('td', {},
        module.enabled
            ? el('button', { type: 'button', dataset: { action: 'disable', module: name },
                on: { click: () => act(t('modules.disable'), name, () => api.post(`${path}/disable`)) } }, t('modules.disable'))
            : el('button', { type: 'button', dataset: { action: 'enable', module: name },
                on: { click: () => act(t('modules.enable'), name, () => api.post(`${path}/enable`)) } }, t('modules.enable')),
        el('label', { class: 'update-label', for: `update-${name}` }, t('modules.update')), updateInput,
        module.previousVersion
            ? el('button', { type: 'button', dataset: { action: 'rollback', module: name },
                on: { click: () => act(t('modules.rollback'), name, () => api.post(`${path}/rollback`)) } },
                `${t('modules.rollback')} (${module.previousVersion})`)
            : null,
        el('button', { type: 'button', dataset: { action: 'delete', module: name }, on: { click: () => {
            if (window.confirm(t('modules.confirmDelete', { name }))) {
                act(t('modules.delete'), name, () => api.delete(path));
            }
        } } }, t('modules.delete')));
}

function moduleTable(modules) {
    if (modules.length === 0) {
        return message(t('modules.none'));
    }
    const heads = ['modules.col.module', 'modules.col.province', 'modules.col.version', 'modules.col.state',
        'modules.col.signer', 'modules.col.error', 'modules.col.actions'];
    return el('div', { class: 'table-scroll' }, el('table', { id: 'module-table' },
        el('caption', {}, t('modules.list')),
        el('thead', {}, el('tr', {}, heads.map((h) => el('th', { scope: 'col' }, t(h))))),
        el('tbody', {}, modules.map((m) => el('tr', { dataset: { module: m.symbolicName, state: m.state, enabled: String(m.enabled) } },
            el('th', { scope: 'row' }, m.name || m.symbolicName, el('br'), el('span', { class: 'program-code' },
                m.symbolicName + (m.programCode ? ` → ${m.programCode}` : ''))),
            el('td', {}, m.province || '—'),
            el('td', {}, m.version, m.previousVersion ? el('span', { class: 'program-code' }, ` (${t('modules.previous')}: ${m.previousVersion})`) : ''),
            el('td', {}, el('span', { class: `state-${m.state}` }, m.state), ' · ', m.enabled ? t('modules.enabled') : t('modules.disabled')),
            el('td', {}, m.signer || t('modules.unsigned')),
            el('td', {}, m.failureReason || '—'),
            actions(m))))));
}

function report(result) {
    const r = result.report;
    return el('div', { class: `message ${r.problems.length === 0 ? 'message-ok' : 'message-error'}`, id: 'check-report', role: 'status' },
        el('strong', {}, r.problems.length === 0 ? t('modules.checkPassed') : t('modules.checkRefused')),
        el('dl', { class: 'figures' },
            el('dt', {}, t('modules.col.module')), el('dd', {}, `${r.facts?.symbolicName || '—'} ${r.facts?.version || ''}`),
            el('dt', {}, t('modules.col.province')), el('dd', {}, r.facts?.province || '—'),
            el('dt', {}, t('modules.signer')), el('dd', {}, r.signer || t('modules.unsigned')),
            el('dt', {}, 'SHA-256'), el('dd', { class: 'program-code' }, r.sha256 || '—')),
        r.problems.length > 0 ? [el('h3', {}, t('modules.problems')), el('ul', { class: 'problems' }, r.problems.map((p) => el('li', {}, p)))] : null,
        r.warnings.length > 0 ? [el('h3', {}, t('modules.warnings')), el('ul', {}, r.warnings.map((w) => el('li', {}, w)))] : null);
}

function uploadForm() {
    const input = el('input', { type: 'file', id: 'module-file', name: 'file', accept: '.jar,application/java-archive' });
    const result = el('div', { id: 'check-result' }, checked ? report(checked) : null);
    const install = el('button', { type: 'button', class: 'primary', id: 'install-button',
        disabled: !(checked && checked.report.problems.length === 0) }, t('modules.install'));
    input.addEventListener('change', () => {
        checked = null;
        install.disabled = true;
        result.replaceChildren();
    });
    const check = el('button', { type: 'submit', id: 'check-button' }, t('modules.check'));
    const panel = el('form', { class: 'panel', id: 'upload-form', on: { submit: async (e) => {
        e.preventDefault();
        const file = input.files[0];
        if (!file) {
            replace(result, message(t('modules.chooseFile'), 'error'));
            return;
        }
        try {
            checked = { file, report: await api.postForm(`${BASE}/check`, form(file)) };
            replace(result, report(checked));
            install.disabled = checked.report.problems.length > 0;
        } catch (err) {
            replace(result, problemBox(err));
        }
    } } },
    el('h2', {}, t('modules.upload')),
    el('div', { class: 'field' }, el('label', { for: 'module-file' }, t('modules.file')), input),
    check, install, result);
    install.addEventListener('click', async () => {
        if (!checked) {
            return;
        }
        try {
            const view = await api.postForm(BASE, form(checked.file));
            notice = message(t('modules.installed', { name: view.symbolicName, version: view.version }), 'ok');
        } catch (err) {
            notice = problemBox(err);
        }
        checked = null;
        await render();
    });
    return panel;
}

function auditTable(entries) {
    return el('section', {}, el('h2', {}, t('modules.audit')), el('div', { class: 'table-scroll' },
        el('table', { id: 'audit-table' }, el('thead', {}, el('tr', {}, ['at', 'actor', 'action', 'col.module', 'col.version', 'outcome', 'detail']
            .map((k) => el('th', { scope: 'col' }, t(k.startsWith('col.') ? `modules.${k}` : `modules.audit.${k}`))))),
        el('tbody', {}, entries.map((a) => el('tr', { dataset: { outcome: a.outcome } },
            el('td', {}, dateTime(a.at)), el('td', {}, a.actor), el('td', {}, a.action), el('td', {}, a.symbolicName || '—'),
            el('td', {}, a.version || '—'), el('td', {}, a.outcome), el('td', {}, a.detail || '')))))));
}

async function render() {
    const content = document.getElementById('content');
    try {
        const [modules, audit] = await Promise.all([api.get(BASE), api.get(`${BASE}/audit?limit=50`)]);
        replace(content, notice, moduleTable(modules), uploadForm(), auditTable(audit));
    } catch (e) {
        replace(content, notice, message(`${t('error.load')}: ${e.message}`, 'error'));
    }
}

startPage({ page: 'modules', render: () => render() });
