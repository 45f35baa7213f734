// Chương trình của các tỉnh: the programs of the enabled province modules, each a link to its page
// (the way in for those who do not see the consolidated page).
import { api } from '../api.js';
import { el, replace } from '../dom.js';
import { date } from '../format.js';
import { local, t } from '../i18n.js';
import { message, startPage } from '../layout.js';

async function render() {
    const content = document.getElementById('content');
    try {
        const programs = await api.get('api/v1/provinces');
        replace(content, programs.length === 0 ? message(t('consolidated.none'))
            : el('ul', { class: 'program-list', id: 'programs' }, programs.map((p) => el('li', { dataset: { code: p.code } },
                el('a', { href: `province.html?code=${encodeURIComponent(p.code)}`, class: 'province-link' },
                    `${local(p.provinceName)} — ${local(p.identity.document)}`),
                el('span', { class: 'program-code' }, `${local(p.identity.issuingBody)} · ${date(p.identity.documentDate)} · ${p.code}`)))));
    } catch (e) {
        replace(content, message(`${t('error.load')}: ${e.message}`, 'error'));
    }
}

startPage({ page: 'provinces', render });
