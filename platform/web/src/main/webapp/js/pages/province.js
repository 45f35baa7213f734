// A province's page (province.html?code=…&year=…): the program's identity and source text, a card
// per indicator with its figure, target, status and a drill-down to the organisations that explain
// it, and the program's own sections, rendered as text only.
import { ApiError, api } from '../api.js';
import { el, replace } from '../dom.js';
import { date, measured, number } from '../format.js';
import { local, t } from '../i18n.js';
import { message, params, startPage } from '../layout.js';
import { statusBadge } from '../status.js';

const code = params().get('code') || '';
const base = `api/v1/provinces/${encodeURIComponent(code)}`;
let summary = null;
let readings = null;

function identity(program) {
    const id = program.identity;
    const facts = [
        ['province.issuingBody', local(id.issuingBody)],
        ['province.document', local(id.document)],
        ['province.documentDate', date(id.documentDate)],
        ['province.period', `${id.firstYear}–${id.lastYear}`],
        ['province.module', `${program.module} ${program.version}`],
        ['province.source', local(id.source) || '—']
    ];
    return el('section', { class: 'identity', 'aria-labelledby': 'program-title' },
        el('h2', { id: 'program-title' }, `${local(program.provinceName)} — ${local(id.document)}`),
        el('dl', { class: 'facts' }, facts.map(([key, value]) => [el('dt', {}, t(key)), el('dd', {}, value)])),
        id.sourceText
            ? el('details', { class: 'source-text', id: 'source-text' },
                el('summary', {}, t('province.sourceText')), el('pre', {}, id.sourceText))
            : el('p', {}, t('province.noSourceText')));
}

function readingList(answer) {
    if (!answer || answer.items.length === 0) {
        return null;
    }
    return el('section', { class: 'readings' }, el('h2', {}, t('province.readings')),
        el('ul', {}, answer.items.map((r) => el('li', {}, `${local(r.label)}: ${local(r.valueLabel) || r.value}`,
            r.isDefault ? ` (${t('province.readingDefault')})` : ''))));
}

function fraction(result) {
    if (result.denominator == null) {
        return [t('province.count'), number(result.numerator)];
    }
    return [t('province.fraction'), `${number(result.numerator)} / ${number(result.denominator)}`];
}

function drillDown(definition, year) {
    const holder = el('div', { class: 'drill-rows' });
    const details = el('details', { class: 'drilldown', dataset: { indicator: definition.code } },
        el('summary', {}, t('province.drilldown')), holder);
    let loaded = false;
    details.addEventListener('toggle', async () => {
        if (!details.open || loaded) {
            return;
        }
        loaded = true;
        replace(holder, message(t('loading')));
        try {
            const answer = await api.get(`${base}/indicators/${encodeURIComponent(definition.code)}/drilldown?year=${year}`);
            if (answer.failure) {
                replace(holder, message(answer.failure, 'error'));
            } else if (answer.items.length === 0) {
                replace(holder, message(t('province.drilldown.none')));
            } else {
                replace(holder, el('table', { class: 'drill-table' },
                    el('thead', {}, el('tr', {}, [t('province.drilldown.org'), t('province.value'),
                        t('province.fraction'), t('province.status'), t('province.drilldown.note')]
                        .map((h) => el('th', { scope: 'col' }, h)))),
                    el('tbody', {}, answer.items.map((row) => el('tr', {},
                        el('th', { scope: 'row' }, row.label),
                        el('td', {}, measured(row.value, definition.measure)),
                        el('td', {}, row.denominator == null ? number(row.numerator) : `${number(row.numerator)} / ${number(row.denominator)}`),
                        el('td', {}, row.status ? statusBadge(row.status) : '—'),
                        el('td', {}, local(row.note)))))));
            }
            holder.dataset.loaded = 'true';
        } catch (e) {
            loaded = false;
            replace(holder, message(`${t('error.load')}: ${e.message}`, 'error'));
        }
    });
    return details;
}

function card(definition, result, year) {
    const rows = [];
    if (result) {
        const [label, value] = fraction(result);
        rows.push([t('province.value'), el('span', { class: 'figure' }, measured(result.value, result.measure))]);
        if (result.measure !== 'COUNT') {
            rows.push([label, value]);
        }
        rows.push([t('province.target'), local(result.target.text)]);
        rows.push([t('province.status'), statusBadge(result.status, result.exceeded)]);
        rows.push(['', result.inPeriod ? t('province.inPeriod') : el('span', { class: 'out-of-period' }, t('province.outOfPeriod'))]);
    }
    return el('article', { class: 'card', dataset: { indicator: definition.code, status: result ? result.status : '' } },
        el('h3', {}, local(definition.name)),
        el('p', { class: 'program-code' }, definition.code),
        el('dl', { class: 'card-facts' }, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
        result && result.reason ? el('p', { class: 'reason' }, local(result.reason)) : null,
        result && result.components.length > 0
            ? el('ul', { class: 'components', 'aria-label': t('province.components') }, result.components.map((c) =>
                el('li', {}, `${c.code}: ${measured(c.value, c.measure)} — `, statusBadge(c.status, c.exceeded))))
            : null,
        el('p', { class: 'formula' }, `${t('province.formula')}: ${local(definition.formula)}`),
        drillDown(definition, year));
}

function cellText(value) {
    if (value == null) {
        return '';
    }
    if (typeof value === 'number') {
        return number(value);
    }
    if (typeof value === 'object') {
        return local(value);
    }
    return String(value);
}

function section(s) {
    const title = el('h3', {}, local(s.title));
    if (s.kind === 'TEXT') {
        return el('section', { class: 'plugin-section' }, title, s.paragraphs.map((p) => el('p', {}, local(p))));
    }
    if (s.kind === 'TABLE') {
        return el('section', { class: 'plugin-section' }, title, el('div', { class: 'table-scroll' },
            el('table', {}, el('thead', {}, el('tr', {}, s.columns.map((c) => el('th', { scope: 'col' }, local(c))))),
                el('tbody', {}, s.rows.map((row) => el('tr', {}, row.map((v) => el('td', {}, cellText(v)))))))));
    }
    return el('section', { class: 'plugin-section' }, title,
        el('dl', { class: 'figures' }, s.figures.map((f) => [el('dt', {}, local(f.label)), el('dd', {}, f.value)])));
}

async function render(year) {
    const content = document.getElementById('content');
    replace(content, message(t('loading')));
    try {
        summary = summary || await api.get(base);
        readings = readings || await api.get(`${base}/readings`).catch(() => null);
        const [evaluation, sections] = await Promise.all([
            api.get(`${base}/indicators?year=${year}`),
            api.get(`${base}/sections?year=${year}`)
        ]);
        document.title = `${local(summary.provinceName)} · ${t('portal.name')}`;
        const results = new Map(evaluation.results.map((r) => [r.code, r]));
        replace(content,
            el('p', {}, el('a', { href: `index.html?year=${year}` }, t('province.back'))),
            identity(summary),
            readingList(readings),
            el('section', { 'aria-labelledby': 'indicators-title' },
                el('h2', { id: 'indicators-title' }, `${t('province.indicators')} — ${year}`),
                evaluation.definitionsFailure ? message(evaluation.definitionsFailure, 'error') : null,
                evaluation.resultsFailure ? message(`${t('province.resultsFailure')}: ${evaluation.resultsFailure}`, 'error') : null,
                el('div', { class: 'cards' }, evaluation.definitions.map((d) => card(d, results.get(d.code), year)))),
            el('section', { 'aria-labelledby': 'sections-title' },
                el('h2', { id: 'sections-title' }, t('province.sections')),
                sections.failure ? message(sections.failure, 'error') : null,
                sections.items.map(section)));
    } catch (e) {
        const text = e instanceof ApiError && e.status === 404 ? t('province.notFound') : `${t('error.load')}: ${e.message}`;
        replace(content, message(text, 'error'));
    }
}

startPage({ page: 'province', titleKey: 'province.title', withYear: true, render });
