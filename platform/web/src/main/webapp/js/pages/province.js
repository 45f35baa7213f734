// A province's page (province.html?code=…&year=…): the program's identity and source text, the
// readings in force, a card per indicator with its figure, target, status, a small trend over the
// last years and a drill-down to the organisations that explain it, the platform's common
// indicators on the program's territory, the program's own sections (rendered as text only) and
// the yearly report as a spreadsheet.
import { ApiError, api } from '../api.js';
import { sparkline } from '../chart.js';
import { el, replace } from '../dom.js';
import { date, measured, number } from '../format.js';
import { local, t } from '../i18n.js';
import { message, params, startPage } from '../layout.js';
import { statusBadge } from '../status.js';

const code = params().get('code') || '';
const base = `api/v1/provinces/${encodeURIComponent(code)}`;
const TREND_YEARS = 5;
let summary = null;
let readings = null;
let drawn = 0;

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
        el('div', { class: 'trend', dataset: { trend: definition.code } }),
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

/** The platform's common indicators on the program's territory, with the program's own targets. */
function commonTable(common) {
    if (common.failure) {
        return message(`${t('consolidated.failure')}: ${common.failure}`, 'error');
    }
    return el('div', { class: 'table-scroll' },
        common.targetsFailure ? el('p', { class: 'reason' }, t('consolidated.targetsFailure')) : null,
        el('table', { id: 'common-table' },
        el('caption', {}, `${t('province.common')} — ${common.year}`),
        el('thead', {}, el('tr', {}, [t('consolidated.indicator'), t('province.value'), t('province.target'),
            t('province.status'), t('province.trend')].map((h) => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, common.indicators.map((indicator, i) => {
            const r = common.results[i];
            return el('tr', {},
                el('th', { scope: 'row' }, local(indicator.name)),
                el('td', { dataset: { indicator: indicator.code, value: r && r.value != null ? String(r.value) : '' } },
                    r ? measured(r.value, r.measure) : '—',
                    r && r.measure === 'PERCENT' && r.denominator != null
                        ? el('span', { class: 'fraction' }, ` (${number(r.numerator)}/${number(r.denominator)})`) : null),
                el('td', {}, r ? local(r.target.text) : '—'),
                el('td', {}, r ? statusBadge(r.status, r.exceeded) : '—'),
                el('td', { class: 'trend', dataset: { commonTrend: indicator.code } }));
        }))));
}

function trendPoints(years, answers, pick) {
    return years.map((y, i) => ({ year: y, value: answers[i] ? pick(answers[i]) : null }));
}

/** Draws the small trends once the figures of the previous years are in (the page shows before). */
async function drawTrends(year, token, evaluation, common) {
    const years = [];
    for (let y = year - TREND_YEARS + 1; y <= year; y++) {
        years.push(y);
    }
    // One year after the other: the platform lets only a few calls into one plugin run at once
    // (its bulkhead), and the page must not use them all.
    const pluginYears = [];
    const commonYears = [];
    for (const y of years.slice(0, -1)) {
        pluginYears.push(await api.get(`${base}/indicators?year=${y}`).catch(() => null));
        commonYears.push(await api.get(`${base}/common?year=${y}`).catch(() => null));
    }
    if (token !== drawn) {
        return;
    }
    const plugin = [...pluginYears, evaluation];
    for (const holder of document.querySelectorAll('[data-trend]')) {
        const code = holder.dataset.trend;
        const definition = evaluation.definitions.find((d) => d.code === code);
        const points = trendPoints(years, plugin, (e) => e.results.find((r) => r.code === code)?.value ?? null);
        replace(holder, sparkline(`trend-${code}`, `${t('province.trend')}: ${local(definition.name)}`, points,
            definition.measure));
    }
    const commons = [...commonYears, common];
    common.indicators.forEach((indicator, i) => {
        const holder = document.querySelector(`[data-common-trend='${indicator.code}']`);
        if (holder) {
            const points = trendPoints(years, commons, (c) => c.results[i]?.value ?? null);
            replace(holder, sparkline(`common-trend-${indicator.code}`, `${t('province.trend')}: ${local(indicator.name)}`,
                points, indicator.measure));
        }
    });
    document.body.dataset.trends = 'ready';
}

async function render(year) {
    const content = document.getElementById('content');
    const token = ++drawn;
    delete document.body.dataset.trends;
    replace(content, message(t('loading')));
    try {
        summary = summary || await api.get(base);
        readings = readings || await api.get(`${base}/readings`).catch(() => null);
        const [evaluation, sections, common] = await Promise.all([
            api.get(`${base}/indicators?year=${year}`),
            api.get(`${base}/sections?year=${year}`),
            api.get(`${base}/common?year=${year}`)
        ]);
        if (token !== drawn) {
            return;
        }
        document.title = `${local(summary.provinceName)} · ${t('portal.name')}`;
        const results = new Map(evaluation.results.map((r) => [r.code, r]));
        replace(content,
            el('p', { class: 'page-links' }, el('a', { href: `index.html?year=${year}` }, t('province.back')),
                el('a', { href: `${base}/report?year=${year}`, download: `bao-cao-${code}-${year}.xlsx`, id: 'report-link',
                    class: 'button' }, t('province.report', { year }))),
            identity(summary),
            readingList(readings),
            el('section', { 'aria-labelledby': 'indicators-title' },
                el('h2', { id: 'indicators-title' }, `${t('province.indicators')} — ${year}`),
                evaluation.definitionsFailure ? message(evaluation.definitionsFailure, 'error') : null,
                evaluation.resultsFailure ? message(`${t('province.resultsFailure')}: ${evaluation.resultsFailure}`, 'error') : null,
                el('div', { class: 'cards' }, evaluation.definitions.map((d) => card(d, results.get(d.code), year)))),
            el('section', { 'aria-labelledby': 'common-title' },
                el('h2', { id: 'common-title' }, t('province.common')),
                el('p', { class: 'intro' }, t('province.commonIntro')),
                commonTable(common)),
            el('section', { 'aria-labelledby': 'sections-title' },
                el('h2', { id: 'sections-title' }, t('province.sections')),
                sections.failure ? message(sections.failure, 'error') : null,
                sections.items.map(section)));
        drawTrends(year, token, evaluation, common).catch(() => {
            document.body.dataset.trends = 'failed';
        });
    } catch (e) {
        const text = e instanceof ApiError && e.status === 404 ? t('province.notFound') : `${t('error.load')}: ${e.message}`;
        replace(content, message(text, 'error'));
    }
}

startPage({ page: 'province', titleKey: 'province.title', withYear: true, render });
