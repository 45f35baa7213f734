// Numbers and dates in Vietnamese notation whatever the language: 1.870 and 60,44 %; dd/mm/yyyy.
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function number(value) {
    if (value == null || value === '') {
        return '—';
    }
    return NUMBER.format(Number(value));
}

/** A value in its measure: "60,44 %" for a percent, "1.870" for a count. */
export function measured(value, measure) {
    if (value == null) {
        return '—';
    }
    return measure === 'PERCENT' ? `${number(value)} %` : number(value);
}

/** An ISO date (yyyy-mm-dd, or an instant) as dd/mm/yyyy. */
export function date(iso) {
    if (!iso) {
        return '—';
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
    return match ? `${match[3]}/${match[2]}/${match[1]}` : String(iso);
}

/** An instant as dd/mm/yyyy hh:mm in local time. */
export function dateTime(iso) {
    if (!iso) {
        return '—';
    }
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) {
        return String(iso);
    }
    const two = (n) => String(n).padStart(2, '0');
    return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** dd/mm/yyyy typed by a person as an ISO date, or null when it is not one (also 31/02/2023). */
export function parseDate(text) {
    const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!match) {
        return null;
    }
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
        return null; // 31/02, 00/01, 13th month…
    }
    return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}
