// Tổ chức Đảng: the province's organisation tree as it stood on a chosen date, each with its own
// members and those of everything under it, and the organisations closed by then: merged (with the
// organisations that took over) or dissolved. GET /api/v1/organisations/tree?date=…
import { api } from '../api.js';
import { el, replace } from '../dom.js';
import { date, number, parseDate } from '../format.js';
import { t } from '../i18n.js';
import { message, params, startPage } from '../layout.js';

// Levels opened at first: the provincial committee and the committees under it.
const OPEN_DEPTH = 1;

function today() {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

let day = params().get('date') ? date(params().get('date')) : today();

function label(node) {
    return [el('span', { class: 'org-name' }, node.name),
        el('span', { class: 'org-type' }, ` · ${t(`org.type.${node.type}`)}`),
        el('span', { class: 'org-count', dataset: { members: node.members, within: node.membersWithin } },
            ` · ${t('organisations.members', { own: number(node.members), within: number(node.membersWithin) })}`)];
}

function branch(node, children) {
    const kids = children.get(node.id) || [];
    const attrs = { dataset: { org: node.id, depth: node.depth } };
    if (kids.length === 0) {
        return el('li', attrs, label(node));
    }
    return el('li', attrs, el('details', { open: node.depth < OPEN_DEPTH },
        el('summary', {}, label(node), el('span', { class: 'org-kids' }, ` · ${t('organisations.children', { n: kids.length })}`)),
        el('ul', { class: 'org-tree' }, kids.map((k) => branch(k, children)))));
}

function tree(view) {
    if (view.nodes.length === 0) {
        return message(t('organisations.empty'));
    }
    const children = new Map();
    const roots = [];
    for (const node of view.nodes) {
        if (node.parentId == null) {
            roots.push(node);
        } else {
            if (!children.has(node.parentId)) {
                children.set(node.parentId, []);
            }
            children.get(node.parentId).push(node);
        }
    }
    return el('ul', { class: 'org-tree', id: 'org-tree' }, roots.map((r) => branch(r, children)));
}

function closed(view) {
    if (view.closed.length === 0) {
        return message(t('organisations.noClosed'));
    }
    return el('div', { class: 'table-scroll' }, el('table', { id: 'closed-table' },
        el('caption', {}, t('organisations.closed')),
        el('thead', {}, el('tr', {}, ['organisations.col.org', 'organisations.col.from', 'organisations.col.to',
            'organisations.col.fate', 'organisations.col.successors'].map((k) => el('th', { scope: 'col' }, t(k))))),
        el('tbody', {}, view.closed.map((c) => el('tr', { dataset: { org: c.id, fate: c.fate } },
            el('th', { scope: 'row' }, `${c.name} (${c.code})`),
            el('td', {}, date(c.validFrom)),
            el('td', {}, date(c.validTo)),
            el('td', {}, t(`organisations.fate.${c.fate}`)),
            el('td', {}, c.successors.length === 0 ? '—' : c.successors.map((s) => s.name).join('; ')))))));
}

async function render() {
    const content = document.getElementById('content');
    const input = el('input', { id: 'tree-date', type: 'text', inputmode: 'numeric', value: day,
        placeholder: 'dd/mm/yyyy', 'aria-describedby': 'tree-date-error' });
    const error = el('span', { class: 'field-error', id: 'tree-date-error', 'aria-live': 'polite' });
    const result = el('div', { id: 'tree-result' }, message(t('loading')));
    replace(content, el('form', { class: 'panel', id: 'tree-form', novalidate: true, on: { submit: (e) => {
        e.preventDefault();
        const iso = parseDate(input.value);
        if (!iso) {
            input.setAttribute('aria-invalid', 'true');
            error.textContent = t('registry.badDate');
            return;
        }
        day = input.value.trim();
        const query = params();
        query.set('date', iso);
        window.history.replaceState(null, '', `${window.location.pathname}?${query}`);
        render();
    } } }, el('div', { class: 'field' }, el('label', { for: 'tree-date' }, t('organisations.date')), input, error),
    el('button', { type: 'submit', class: 'primary' }, t('organisations.show'))), result);
    try {
        const view = await api.get(`api/v1/organisations/tree?date=${parseDate(day)}`);
        const total = view.nodes.filter((n) => n.parentId == null).reduce((sum, n) => sum + n.membersWithin, 0);
        replace(result,
            el('h2', { id: 'tree-title' }, t('organisations.on', { date: date(view.date), province: view.province })),
            el('p', { id: 'tree-summary' }, t('organisations.summary', { orgs: number(view.nodes.length), members: number(total) })),
            tree(view),
            el('h2', {}, t('organisations.closed')),
            closed(view));
    } catch (e) {
        replace(result, message(`${t('error.load')}: ${e.message}`, 'error'));
    }
}

startPage({ page: 'organisations', render });
