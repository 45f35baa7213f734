// A status as colour AND text (and a symbol), never colour alone.
import { el } from './dom.js';
import { t } from './i18n.js';

const SYMBOL = { MET: '✓', NOT_MET: '✗', NOT_ENOUGH_DATA: '?', TRACKED: '•' };

export function statusBadge(status, exceeded = false) {
    const code = SYMBOL[status] ? status : 'NOT_ENOUGH_DATA';
    return el('span', { class: `status status-${code.toLowerCase().replace(/_/g, '-')}`, dataset: { status: code } },
        el('span', { 'aria-hidden': 'true', class: 'status-symbol' }, SYMBOL[code]),
        ' ', t(`status.${code}`), exceeded ? ` (${t('status.exceeded')})` : '');
}
