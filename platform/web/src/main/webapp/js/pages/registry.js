// Tra cứu đảng viên: diacritic-insensitive search of people ("nguyen van an" finds "Nguyễn Văn An"),
// a person's membership timeline, and lifecycle actions whose refusals are shown beside the field
// the server names (problem+json "errors").
import { ApiError, api } from '../api.js';
import { el, replace } from '../dom.js';
import { date, parseDate } from '../format.js';
import { lang, t } from '../i18n.js';
import { message, startPage } from '../layout.js';

const EVENTS = {
    CANDIDATE_REGISTRATION: ['Đăng ký quần chúng ưu tú', 'Registered as a candidate'],
    AWARENESS_CERTIFICATE: ['Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng', 'Awareness course certificate'],
    ADMISSION: ['Quyết định kết nạp', 'Admission decision'],
    CEREMONY: ['Lễ kết nạp', 'Admission ceremony'],
    RECOGNITION: ['Công nhận đảng viên chính thức', 'Recognised as a full member'],
    FAILED_PROBATION: ['Không được công nhận chính thức', 'Not recognised after probation'],
    TRANSFER_OUT: ['Chuyển sinh hoạt đi', 'Transferred out'],
    TRANSFER_IN: ['Chuyển sinh hoạt đến', 'Transferred in'],
    TEMPORARY_TRANSFER: ['Sinh hoạt tạm thời', 'Temporary transfer'],
    TEMPORARY_RETURN: ['Trở về sau sinh hoạt tạm thời', 'Back from a temporary transfer'],
    EXEMPTION: ['Miễn sinh hoạt', 'Exempted'],
    DISCIPLINE: ['Kỷ luật', 'Discipline']
};
const ACTIONS = [
    ['candidacy', 'CANDIDATE_REGISTRATION'],
    ['certificate', 'AWARENESS_CERTIFICATE'],
    ['admission', 'ADMISSION'],
    ['ceremony', 'CEREMONY'],
    ['recognition', 'RECOGNITION']
];
let query = '';
let selected = null;

function eventLabel(kind) {
    const label = EVENTS[kind];
    return label ? label[lang() === 'en' ? 1 : 0] : kind;
}

function field(id, labelKey, input) {
    return el('div', { class: 'field' }, el('label', { for: id }, t(labelKey)), input,
        el('span', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
}

function actionForm(person) {
    const kind = el('select', { id: 'action-kind' }, ACTIONS.map(([path, k]) => el('option', { value: path }, eventLabel(k))));
    const day = el('input', { id: 'action-date', type: 'text', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', 'aria-describedby': 'action-date-error' });
    const org = el('input', { id: 'action-org', type: 'number', min: '1', 'aria-describedby': 'action-org-error' });
    const vote = el('input', { id: 'action-vote', type: 'text', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', 'aria-describedby': 'action-vote-error' });
    const result = el('div', { id: 'action-result' });
    const fields = { eventDate: day, organisationId: org, voteDate: vote };
    const form = el('form', { class: 'panel', id: 'action-form', on: { submit: async (e) => {
        e.preventDefault();
        for (const input of Object.values(fields)) {
            input.removeAttribute('aria-invalid');
            document.getElementById(`${input.id}-error`).textContent = '';
        }
        result.replaceChildren();
        const body = {
            eventDate: parseDate(day.value),
            organisationId: org.value ? Number(org.value) : null,
            voteDate: parseDate(vote.value)
        };
        try {
            await api.postJson(`api/v1/people/${person.id}/${kind.value}`, body);
            replace(result, message(t('registry.recorded'), 'ok'));
            await showPerson(person.id);
        } catch (err) {
            const errors = err instanceof ApiError ? err.fieldErrors : [];
            const general = [];
            for (const error of errors) {
                const input = fields[error.field];
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                    document.getElementById(`${input.id}-error`).textContent = error.reason;
                } else {
                    general.push(`${error.field}: ${error.reason}`);
                }
            }
            replace(result, el('div', { class: 'message message-error', role: 'alert' }, err.message,
                general.length ? el('ul', {}, general.map((g) => el('li', {}, g))) : null));
        }
    } } },
    el('h3', {}, t('registry.action')),
    field('action-kind', 'registry.kind', kind),
    field('action-date', 'registry.date', day),
    field('action-org', 'registry.organisation', org),
    field('action-vote', 'registry.vote', vote),
    el('button', { type: 'submit', class: 'primary' }, t('registry.record')), result);
    return form;
}

async function showPerson(id) {
    const holder = document.getElementById('person');
    try {
        const [person, events] = await Promise.all([api.get(`api/v1/people/${id}`), api.get(`api/v1/people/${id}/events`)]);
        selected = id;
        replace(holder, el('h2', { id: 'person-name', tabindex: '-1' }, person.details.fullName),
            el('p', {}, `${t('registry.birth')}: ${date(person.details.birthDate)}`),
            el('h3', {}, t('registry.timeline')),
            events.length === 0 ? message(t('registry.noEvents'))
                : el('ol', { class: 'timeline', id: 'timeline' }, events.map((e) => el('li', { dataset: { kind: e.kind } },
                    el('strong', {}, date(e.date)), ` — ${eventLabel(e.kind)}`,
                    e.decisionRef ? ` (${e.decisionRef})` : '', e.voids ? ' ✗' : ''))),
            actionForm(person));
    } catch (e) {
        replace(holder, message(`${t('error.load')}: ${e.message}`, 'error'));
    }
}

async function search(results) {
    if (!query.trim()) {
        results.replaceChildren();
        return;
    }
    try {
        const page = await api.get(`api/v1/people?q=${encodeURIComponent(query)}&size=50`);
        replace(results, el('h2', {}, `${t('registry.results')} — ${t('registry.total', { n: page.total })}`),
            page.items.length === 0 ? message(t('registry.none'))
                : el('ul', { class: 'results-list', id: 'people' }, page.items.map((p) => el('li', {},
                    el('button', { type: 'button', on: { click: () => showPerson(p.id).then(() => document.getElementById('person-name')?.focus()) } },
                        p.fullName, p.externalId ? ` · ${p.externalId}` : '')))));
    } catch (e) {
        replace(results, message(`${t('error.load')}: ${e.message}`, 'error'));
    }
}

async function render() {
    const content = document.getElementById('content');
    const input = el('input', { id: 'search-q', type: 'search', value: query, autocomplete: 'off' });
    const results = el('div', { id: 'results' });
    replace(content,
        el('form', { role: 'search', class: 'panel', on: { submit: (e) => {
            e.preventDefault();
            query = input.value;
            search(results);
        } } }, field('search-q', 'registry.search', input), el('button', { type: 'submit', class: 'primary' }, t('registry.submit'))),
        el('div', { class: 'registry' }, results, el('section', { id: 'person', 'aria-live': 'polite' })));
    await search(results);
    if (selected) {
        await showPerson(selected);
    }
}

startPage({ page: 'registry', render });
