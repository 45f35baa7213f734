// Tra cứu đảng viên: diacritic-insensitive search of people ("nguyen van an" finds "Nguyễn Văn An"),
// a person's membership timeline, and every lifecycle action (admission, recognition, transfer,
// exemption, discipline, exit, correction) whose refusals are shown beside the field the server
// names (problem+json "errors"). Which fields a form shows depends on the action chosen.
import { ApiError, api } from '../api.js';
import { el, replace } from '../dom.js';
import { date, parseDate } from '../format.js';
import { t } from '../i18n.js';
import { message, startPage } from '../layout.js';

// Each action: the path under /api/v1/people/{id}/, and the fields its form shows (in that order).
const ACTIONS = [
    { id: 'candidacy', fields: ['eventDate', 'organisationId', 'decisionRef'] },
    { id: 'certificate', fields: ['eventDate', 'decisionRef'] },
    { id: 'admission', fields: ['eventDate', 'organisationId', 'voteDate', 'decisionRef'] },
    { id: 'ceremony', fields: ['eventDate', 'organisationId'] },
    { id: 'recognition', fields: ['eventDate', 'decisionRef'] },
    { id: 'failed-probation', fields: ['eventDate', 'decisionRef'] },
    { id: 'transfers', fields: ['direction', 'mode', 'eventDate', 'organisationId', 'counterpart', 'decisionRef'] },
    { id: 'exemption', fields: ['eventDate', 'decisionRef'] },
    { id: 'disciplines', fields: ['disciplineKind', 'eventDate', 'decisionRef'] },
    { id: 'exits', fields: ['exitKind', 'eventDate', 'decisionRef'] },
    { id: 'corrections', fields: ['correctsId', 'voids', 'reason', 'eventDate', 'organisationId', 'voteDate',
        'decisionRef', 'counterpart'] }
];
const DATE_FIELDS = ['eventDate', 'voteDate'];
const CHOICES = {
    direction: ['OUT', 'IN'],
    mode: ['PERMANENT', 'TEMPORARY'],
    disciplineKind: ['REPRIMAND', 'WARNING', 'DISMISSAL'],
    exitKind: ['REMOVAL', 'EXPULSION', 'LEFT_AT_OWN_REQUEST', 'DEATH']
};
let query = '';
let selected = null;

function field(id, labelKey, input, hint) {
    return el('div', { class: 'field', id: `${id}-field` }, el('label', { for: id }, t(labelKey)), input,
        hint ? el('span', { class: 'hint', id: `${id}-hint` }, hint) : null,
        el('span', { class: 'field-error', id: `${id}-error`, 'aria-live': 'polite' }));
}

/** The inputs of the action form, by the field name the server uses in its refusals. */
function inputs(events) {
    const dateInput = (id) => el('input', { id, type: 'text', inputmode: 'numeric', placeholder: 'dd/mm/yyyy',
        autocomplete: 'off', 'aria-describedby': `${id}-error` });
    const choice = (id, name) => el('select', { id, 'aria-describedby': `${id}-error` },
        CHOICES[name].map((v) => el('option', { value: v }, t(`registry.${name}.${v}`))));
    return {
        eventDate: dateInput('action-date'),
        voteDate: dateInput('action-vote'),
        organisationId: el('input', { id: 'action-org', type: 'number', min: '1', 'aria-describedby': 'action-org-hint action-org-error' }),
        decisionRef: el('input', { id: 'action-ref', type: 'text', 'aria-describedby': 'action-ref-error' }),
        counterpart: el('input', { id: 'action-counterpart', type: 'text', 'aria-describedby': 'action-counterpart-error' }),
        direction: choice('action-direction', 'direction'),
        mode: choice('action-mode', 'mode'),
        disciplineKind: choice('action-discipline', 'disciplineKind'),
        exitKind: choice('action-exit', 'exitKind'),
        correctsId: el('select', { id: 'action-corrects', 'aria-describedby': 'action-corrects-error' },
            events.filter((e) => !e.voids).map((e) => el('option', { value: e.id },
                `${date(e.date)} — ${t(`event.${e.kind}`)}${e.decisionRef ? ` (${e.decisionRef})` : ''}`))),
        voids: el('input', { id: 'action-voids', type: 'checkbox' }),
        reason: el('input', { id: 'action-reason', type: 'text', 'aria-describedby': 'action-reason-error' })
    };
}

const LABELS = {
    eventDate: 'registry.date', voteDate: 'registry.vote', organisationId: 'registry.organisation',
    decisionRef: 'registry.decisionRef', counterpart: 'registry.counterpart', direction: 'registry.direction',
    mode: 'registry.mode', disciplineKind: 'registry.disciplineKind', exitKind: 'registry.exitKind',
    correctsId: 'registry.correctsId', voids: 'registry.voids', reason: 'registry.reason'
};

/** The request body of an action from the fields it shows; null and a list of errors when a date is not one. */
function body(action, fields) {
    const value = {};
    const errors = [];
    for (const name of action.fields) {
        const input = fields[name];
        if (DATE_FIELDS.includes(name)) {
            const text = input.value.trim();
            value[name] = text ? parseDate(text) : null;
            if (text && value[name] == null) {
                errors.push({ field: name, reason: t('registry.badDate') });
            }
        } else if (name === 'organisationId' || name === 'correctsId') {
            value[name] = input.value ? Number(input.value) : null;
        } else if (name === 'voids') {
            value.voids = input.checked;
        } else if (name === 'disciplineKind' || name === 'exitKind') {
            value.kind = input.value;
        } else {
            value[name] = input.value.trim() || null;
        }
    }
    return { value, errors };
}

/** Shows each refused field's reason beside it; the others in a list under the form. */
function showErrors(fields, errors, action) {
    const general = [];
    for (const error of errors) {
        // The API names the kind "kind" in the body and the rules name it "exitKind" / "discipline".
        const name = error.field === 'kind' ? (action.id === 'exits' ? 'exitKind' : 'disciplineKind')
            : error.field === 'discipline' ? 'disciplineKind' : error.field;
        const input = fields[name];
        if (input && !input.closest('[hidden]')) {
            input.setAttribute('aria-invalid', 'true');
            document.getElementById(`${input.id}-error`).textContent = error.reason;
        } else {
            general.push(`${error.field}: ${error.reason}`);
        }
    }
    return general;
}

async function organisationName(input, hint) {
    hint.textContent = '';
    if (!input.value) {
        return;
    }
    try {
        const org = await api.get(`api/v1/organisations/${Number(input.value)}`);
        hint.textContent = `${org.name} (${org.code})`;
    } catch (e) {
        hint.textContent = t('registry.organisationUnknown');
    }
}

function actionForm(person, events) {
    const fields = inputs(events);
    const kind = el('select', { id: 'action-kind' },
        ACTIONS.map((a) => el('option', { value: a.id }, t(`registry.action.${a.id}`))));
    const result = el('div', { id: 'action-result' });
    const rows = Object.fromEntries(Object.entries(fields).map(([name, input]) => [name, field(input.id, LABELS[name], input,
        name === 'organisationId' ? ' ' : null)]));
    const orgHint = rows.organisationId.querySelector('.hint');
    fields.organisationId.addEventListener('change', () => organisationName(fields.organisationId, orgHint));
    if (person.organisationId) {
        fields.organisationId.value = String(person.organisationId);
        organisationName(fields.organisationId, orgHint);
    }
    const current = () => ACTIONS.find((a) => a.id === kind.value);
    const showFields = () => {
        for (const [name, row] of Object.entries(rows)) {
            row.hidden = !current().fields.includes(name);
        }
    };
    kind.addEventListener('change', showFields);
    const clear = () => {
        for (const input of Object.values(fields)) {
            input.removeAttribute('aria-invalid');
            document.getElementById(`${input.id}-error`).textContent = '';
        }
        result.replaceChildren();
    };
    const form = el('form', { class: 'panel', id: 'action-form', novalidate: true, on: { submit: async (e) => {
        e.preventDefault();
        clear();
        const action = current();
        const { value, errors } = body(action, fields);
        if (errors.length > 0) {
            showErrors(fields, errors, action);
            replace(result, message(t('registry.fix'), 'error'));
            return;
        }
        try {
            await api.postJson(`api/v1/people/${person.id}/${action.id}`, value);
            await showPerson(person.id);
            const done = document.getElementById('action-result');
            if (done) {
                replace(done, message(t('registry.recorded'), 'ok'));
            }
        } catch (err) {
            const errors = err instanceof ApiError ? err.fieldErrors : [];
            const general = showErrors(fields, errors, action);
            // Every reason already stands beside its field: say so instead of repeating them.
            const summary = errors.length > 0 && general.length === 0 ? t('registry.fix') : err.message;
            replace(result, el('div', { class: 'message message-error', role: 'alert' }, summary,
                general.length ? el('ul', {}, general.map((g) => el('li', {}, g))) : null));
        }
    } } },
    el('h3', {}, t('registry.action')),
    field('action-kind', 'registry.kind', kind),
    Object.values(rows),
    el('button', { type: 'submit', class: 'primary', id: 'action-submit' }, t('registry.record')), result);
    showFields();
    return form;
}

/** An event's detail (the kind of a discipline or an exit) in words, else as recorded. */
function detailLabel(detail) {
    for (const key of [`registry.disciplineKind.${detail}`, `registry.exitKind.${detail}`]) {
        if (t(key) !== key) {
            return t(key);
        }
    }
    return detail;
}

async function showPerson(id) {
    const holder = document.getElementById('person');
    try {
        const [person, events] = await Promise.all([api.get(`api/v1/people/${id}`), api.get(`api/v1/people/${id}/events`)]);
        selected = id;
        replace(holder, el('h2', { id: 'person-name', tabindex: '-1' }, person.details.fullName),
            el('dl', { class: 'facts person-facts' },
                el('dt', {}, t('registry.birth')), el('dd', {}, date(person.details.birthDate)),
                el('dt', {}, t('registry.state')), el('dd', { id: 'person-state', dataset: { state: person.state || '' } },
                    t(`registry.state.${person.state || 'NONE'}`)),
                person.admittedOn ? [el('dt', {}, t('registry.admittedOn')), el('dd', {}, date(person.admittedOn))] : null,
                person.organisationId ? [el('dt', {}, t('registry.organisation')), el('dd', {}, String(person.organisationId))] : null),
            el('h3', {}, t('registry.timeline')),
            events.length === 0 ? message(t('registry.noEvents'))
                : el('ol', { class: 'timeline', id: 'timeline' }, events.map((e) => el('li', { dataset: { kind: e.kind } },
                    el('strong', {}, date(e.date)), ` — ${t(`event.${e.kind}`)}`,
                    e.detail ? ` · ${detailLabel(e.detail)}` : '',
                    e.decisionRef ? ` (${e.decisionRef})` : '',
                    e.correctsId ? ` · ${t('registry.corrects')}${e.reason ? `: ${e.reason}` : ''}` : '',
                    e.voids ? ` · ${t('registry.voided')}` : ''))),
            actionForm(person, events));
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
