// Tổng hợp (the home page): every enabled province side by side on the common indicators, each with
// its own target and status; a bar chart of the admission rate and its trend over five years.
import { api } from '../api.js';
import { barChart, lineChart } from '../chart.js';
import { el, replace } from '../dom.js';
import { measured } from '../format.js';
import { local, t } from '../i18n.js';
import { message, startPage } from '../layout.js';
import { statusBadge } from '../status.js';

const TREND_YEARS = 5;
const cache = new Map();
let drawn = 0;

function load(year) {
    if (!cache.has(year)) {
        cache.set(year, api.get(`api/v1/consolidated?year=${year}`).catch((e) => {
            cache.delete(year);
            throw e;
        }));
    }
    return cache.get(year);
}

function provinceLink(province, year) {
    return `province.html?code=${encodeURIComponent(province.code)}&year=${year}`;
}

function cell(result, indicator) {
    if (!result) {
        return el('td', {}, '—');
    }
    return el('td', { dataset: { indicator: indicator.code, status: result.status } },
        el('span', { class: 'figure' }, measured(result.value, result.measure)),
        result.measure === 'PERCENT' && result.denominator != null
            ? el('span', { class: 'fraction' }, ` (${result.numerator ?? '—'}/${result.denominator})`) : null,
        el('span', { class: 'target' }, `${t('consolidated.target')}: ${local(result.target.text)}`),
        statusBadge(result.status, result.exceeded),
        result.reason ? el('span', { class: 'reason' }, local(result.reason)) : null);
}

function table(data) {
    const year = data.year;
    const head = el('tr', {}, el('th', { scope: 'col' }, t('consolidated.indicator')),
        data.provinces.map((p) => el('th', { scope: 'col', dataset: { province: p.code } },
            el('a', { href: provinceLink(p, year), class: 'province-link' }, local(p.provinceName)),
            el('span', { class: 'program-code' }, p.code),
            el('span', { class: 'territory' }, t(`consolidated.territory.${p.territory}`)),
            p.targetsFailure ? el('span', { class: 'reason', role: 'note' }, t('consolidated.targetsFailure')) : null)));
    const rows = data.indicators.map((indicator, i) => el('tr', {},
        el('th', { scope: 'row' }, local(indicator.name)),
        data.provinces.map((p) => (p.failure
            ? el('td', { class: 'failed' }, i === 0 ? `${t('consolidated.failure')}: ${p.failure}` : '')
            : cell(p.results[i], indicator)))));
    return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('consolidated.title') },
        el('table', { class: 'consolidated', id: 'consolidated-table' },
            el('caption', {}, `${t('consolidated.title')} — ${year}`),
            el('thead', {}, head), el('tbody', {}, rows)));
}

function rateBars(data) {
    const index = data.indicators.findIndex((i) => i.code === 'ADMISSION_RATE');
    return data.provinces.map((p) => ({
        label: local(p.provinceName) + (data.provinces.filter((q) => q.provinceCode === p.provinceCode).length > 1 ? ` (${p.code})` : ''),
        value: p.failure ? null : p.results[index]?.value ?? null
    }));
}

async function drawTrend(year, token, holder) {
    const years = [];
    for (let y = year - TREND_YEARS + 1; y <= year; y++) {
        years.push(y);
    }
    try {
        // One year after the other: each answer calls every plugin, and the platform lets only a
        // few calls into one plugin run at once (its bulkhead).
        const all = [];
        for (const y of years) {
            all.push(await load(y));
        }
        if (token !== drawn) {
            return; // another year was chosen meanwhile
        }
        const codes = all[all.length - 1].provinces.map((p) => p.code);
        const lines = codes.map((code) => {
            const latest = all[all.length - 1].provinces.find((p) => p.code === code);
            return {
                label: local(latest.provinceName),
                points: all.map((data, i) => {
                    const bars = rateBars(data);
                    const at = data.provinces.findIndex((p) => p.code === code);
                    return { year: years[i], value: at < 0 ? null : bars[at].value };
                })
            };
        });
        replace(holder, el('h3', {}, t('chart.trend.title')),
            lineChart('trend-chart', t('chart.trend.title'), t('chart.trend.desc'), years, lines));
    } catch (e) {
        replace(holder, message(`${t('error.load')}: ${e.message}`, 'error'));
    }
}

async function render(year) {
    const content = document.getElementById('content');
    const token = ++drawn;
    replace(content, message(t('loading')));
    let data;
    try {
        data = await load(year);
    } catch (e) {
        replace(content, message(`${t('error.load')}: ${e.message}`, 'error'));
        return;
    }
    if (token !== drawn) {
        return;
    }
    if (data.provinces.length === 0) {
        replace(content, message(t('consolidated.none')));
        return;
    }
    const trend = el('div', { class: 'chart-box', id: 'trend' }, message(t('loading')));
    replace(content, table(data),
        el('section', { class: 'charts', 'aria-label': t('chart.rate.title') },
            el('div', { class: 'chart-box' }, el('h3', {}, t('chart.rate.title')),
                barChart('rate-chart', t('chart.rate.title'), t('chart.rate.desc'), rateBars(data))),
            trend),
        el('ul', { class: 'province-links' }, data.provinces.map((p) => el('li', {},
            el('a', { href: provinceLink(p, year) }, `${t('consolidated.open')}: ${local(p.provinceName)} — ${local(p.document)}`)))));
    drawTrend(year, token, trend);
}

startPage({ page: 'consolidated', withYear: true, render });
