// Simple SVG charts drawn with attributes only (the CSP allows no inline style). Each chart has a
// title and a description for screen readers, and the numbers are written on it.
import { el } from './dom.js';
import { measured } from './format.js';
import { t } from './i18n.js';

const SERIES = ['#0b4f8a', '#a4161a', '#1b6e20', '#7a4b00', '#5b2a86', '#005f5f'];

/** bars: [{label, value (number or null)}], in percent. */
export function barChart(id, title, description, bars) {
    const width = 640;
    const rowHeight = 34;
    const left = 170;
    const height = bars.length * rowHeight + 20;
    const max = Math.max(1, ...bars.map((b) => (b.value == null ? 0 : Number(b.value))));
    const svg = el('svg:svg', {
        viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart'
    }, el('svg:title', { id: `${id}-title` }, title), el('svg:desc', { id: `${id}-desc` }, description));
    bars.forEach((bar, i) => {
        const y = 10 + i * rowHeight;
        svg.appendChild(el('svg:text', { x: left - 8, y: y + 19, 'text-anchor': 'end', class: 'chart-label' }, bar.label));
        if (bar.value == null) {
            svg.appendChild(el('svg:text', { x: left + 4, y: y + 19, class: 'chart-empty' }, t('chart.noData')));
            return;
        }
        const length = Math.max(2, (Number(bar.value) / max) * (width - left - 110));
        svg.appendChild(el('svg:rect', { x: left, y: y + 4, width: length, height: rowHeight - 12, fill: SERIES[0], rx: 2 }));
        svg.appendChild(el('svg:text', { x: left + length + 6, y: y + 19, class: 'chart-value' },
            measured(bar.value, 'PERCENT')));
    });
    return svg;
}

/** lines: [{label, points: [{year, value|null}]}], in percent, years ascending. */
export function lineChart(id, title, description, years, lines) {
    const width = 640;
    const height = 260;
    const pad = { left: 50, right: 150, top: 16, bottom: 30 };
    const values = lines.flatMap((l) => l.points.map((p) => p.value)).filter((v) => v != null).map(Number);
    const max = Math.max(1, ...values);
    const x = (i) => pad.left + (years.length === 1 ? 0 : (i * (width - pad.left - pad.right)) / (years.length - 1));
    const y = (v) => height - pad.bottom - (Number(v) / max) * (height - pad.top - pad.bottom);
    const svg = el('svg:svg', {
        viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart'
    }, el('svg:title', { id: `${id}-title` }, title), el('svg:desc', { id: `${id}-desc` }, description));
    svg.appendChild(el('svg:line', { x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom, class: 'chart-axis' }));
    svg.appendChild(el('svg:line', { x1: pad.left, y1: pad.top, x2: pad.left, y2: height - pad.bottom, class: 'chart-axis' }));
    svg.appendChild(el('svg:text', { x: pad.left - 6, y: pad.top + 4, 'text-anchor': 'end', class: 'chart-label' }, measured(max, 'PERCENT')));
    svg.appendChild(el('svg:text', { x: pad.left - 6, y: height - pad.bottom, 'text-anchor': 'end', class: 'chart-label' }, '0'));
    years.forEach((year, i) => svg.appendChild(
        el('svg:text', { x: x(i), y: height - 8, 'text-anchor': 'middle', class: 'chart-label' }, String(year))));
    lines.forEach((line, n) => {
        const colour = SERIES[n % SERIES.length];
        const known = line.points.map((p, i) => ({ i, v: p.value })).filter((p) => p.v != null);
        if (known.length > 1) {
            svg.appendChild(el('svg:polyline', {
                points: known.map((p) => `${x(p.i)},${y(p.v)}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2
            }));
        }
        known.forEach((p) => svg.appendChild(el('svg:circle', { cx: x(p.i), cy: y(p.v), r: 4, fill: colour },
            el('svg:title', {}, `${line.label} ${years[p.i]}: ${measured(p.v, 'PERCENT')}`))));
        svg.appendChild(el('svg:rect', { x: width - pad.right + 12, y: pad.top + n * 20, width: 12, height: 12, fill: colour }));
        svg.appendChild(el('svg:text', { x: width - pad.right + 30, y: pad.top + n * 20 + 11, class: 'chart-label' }, line.label));
    });
    return svg;
}

/**
 * A small trend for a card: points [{year, value|null}] ascending, in the indicator's measure. The
 * first and last known values are written beside the line; every point has its value as a title.
 */
export function sparkline(id, title, points, measure) {
    const width = 220;
    const height = 56;
    const pad = { left: 6, right: 6, top: 8, bottom: 16 };
    const known = points.map((p, i) => ({ i, v: p.value == null ? null : Number(p.value) })).filter((p) => p.v != null);
    const values = known.map((p) => p.v);
    const min = Math.min(0, ...values);
    const max = Math.max(1, ...values);
    const x = (i) => pad.left + (points.length === 1 ? 0 : (i * (width - pad.left - pad.right)) / (points.length - 1));
    const y = (v) => height - pad.bottom - ((v - min) / (max - min || 1)) * (height - pad.top - pad.bottom);
    const description = points.map((p) => `${p.year}: ${p.value == null ? t('chart.noData') : measured(p.value, measure)}`).join('; ');
    const svg = el('svg:svg', {
        viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'sparkline',
        id, dataset: { points: String(known.length) }
    }, el('svg:title', { id: `${id}-title` }, title), el('svg:desc', { id: `${id}-desc` }, description));
    svg.appendChild(el('svg:line', { x1: pad.left, y1: height - pad.bottom, x2: width - pad.right, y2: height - pad.bottom, class: 'chart-axis' }));
    if (known.length > 1) {
        svg.appendChild(el('svg:polyline', {
            points: known.map((p) => `${x(p.i)},${y(p.v)}`).join(' '), fill: 'none', stroke: SERIES[0], 'stroke-width': 2
        }));
    }
    known.forEach((p) => svg.appendChild(el('svg:circle', { cx: x(p.i), cy: y(p.v), r: 3, fill: SERIES[0] },
        el('svg:title', {}, `${points[p.i].year}: ${measured(p.v, measure)}`))));
    points.forEach((p, i) => {
        if (i === 0 || i === points.length - 1) {
            svg.appendChild(el('svg:text', { x: x(i), y: height - 3, 'text-anchor': i === 0 ? 'start' : 'end', class: 'spark-label' },
                String(p.year)));
        }
    });
    return svg;
}
