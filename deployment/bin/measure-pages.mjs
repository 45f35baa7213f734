// Measures how long the consolidated page takes to render in headless Chromium against a running
// portal (deployment/bin/portal start), the way a person opens it: sign in as the central-staff
// demo account, then open index.html?year=YEAR several times and read body[data-render-ms] (the
// layout's navigation start -> table and charts in the DOM). Drives Debian's Chromium through the
// DevTools protocol: no npm package, Node 20 with --experimental-websocket (22+ needs no flag).
//
//   node --experimental-websocket deployment/bin/measure-pages.mjs [http://127.0.0.1:8080/] [year] [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = (process.argv[2] || 'http://127.0.0.1:8080/').replace(/\/?$/, '/');
const year = process.argv[3] || '2025';
const runs = Number(process.argv[4] || 8);
const port = 9300 + Math.floor(Math.random() * 500);
const profile = mkdtempSync(join(tmpdir(), 'measure-pages-'));
const browser = spawn('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--no-first-run', '--disable-background-networking', `--user-data-dir=${profile}`, '--window-size=1366,900',
    `--remote-debugging-port=${port}`, 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function pageSocket() {
    for (let i = 0; i < 100; i++) {
        try {
            const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
            const page = targets.find((t) => t.type === 'page');
            if (page) {
                return page.webSocketDebuggerUrl;
            }
        } catch (e) {
            // not listening yet
        }
        await sleep(100);
    }
    throw new Error('Chromium did not start');
}

const socket = new WebSocket(await pageSocket());
await new Promise((resolve) => socket.addEventListener('open', resolve));
let next = 0;
const waiting = new Map();
socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.id && waiting.has(message.id)) {
        waiting.get(message.id)(message);
        waiting.delete(message.id);
    }
});
function send(method, params = {}) {
    const id = ++next;
    socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve) => waiting.set(id, resolve));
}
async function evaluate(expression) {
    const answer = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    return answer.result?.result?.value;
}
async function until(expression, timeoutMs = 60000) {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
        const value = await evaluate(expression);
        if (value) {
            return value;
        }
        await sleep(20);
    }
    throw new Error(`timed out waiting for ${expression}`);
}

try {
    await send('Page.enable');
    await send('Page.navigate', { url: `${base}login.html` });
    await until("document.body && document.body.dataset.state === 'ready'");
    const status = await evaluate(`fetch('api/v1/session', {method: 'POST', headers: {'Content-Type': 'application/json',
        'X-Requested-With': 'fetch'}, body: JSON.stringify({username: 'trunguong', password: 'demo-trunguong'})})
        .then((r) => r.status)`);
    if (status !== 200) {
        throw new Error(`sign-in answered ${status}`);
    }
    const times = [];
    let provinces = 0;
    for (let i = 0; i < runs; i++) {
        await send('Page.navigate', { url: `${base}index.html?year=${year}&run=${i}` });
        await until("document.body && document.body.dataset.state === 'ready' && document.body.dataset.renderMs");
        times.push(Number(await evaluate('document.body.dataset.renderMs')));
        provinces = await evaluate("document.querySelectorAll('#consolidated-table thead th[data-province]').length");
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    console.log(`consolidated page ${base}index.html?year=${year}: ${provinces} provinces; first ${times[0]} ms, `
        + `warm median ${warm[Math.floor(warm.length / 2)]} ms, warm max ${warm[warm.length - 1]} ms (runs ${times.join(', ')})`);
} finally {
    socket.close();
    browser.kill();
    await sleep(300);
    rmSync(profile, { recursive: true, force: true });
}
