// Drives the system Chromium (no browser download) against a live Neo4j Browser:
// log in, wait for the post-connect commands (style + guide), set the query's parameters,
// run it, and save PNG screenshots. Called by bench/browser_screenshot.py, which passes
// the JSON config in PARLEY_SHOT_CONFIG:
//   {browserUrl, boltUrl, user, password, chromium, outDir, paramCommands: [..],
//    query, name, settleMs}
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const cfg = JSON.parse(process.env.PARLEY_SHOT_CONFIG || '{}');
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function log(...args) { console.log('[screenshot]', ...args); }

async function typeIntoEditor(page, text) {
  const editor = page.getByTestId('activeEditor');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText is one input event: no auto-closed brackets or quotes from the editor.
  await page.keyboard.insertText(text);
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();

// The newest frame whose command shows `text` (the stream lists the newest frame first).
function frameFor(page, text) {
  const probe = squash(text).slice(0, 40);
  return page.getByTestId('frame')
    .filter({ has: page.getByTestId('frameCommand').filter({ hasText: probe }) })
    .first();
}

async function run(page, text) {
  await typeIntoEditor(page, text);
  await page.getByTestId('editor-Run').click();
  const frame = frameFor(page, text);
  await frame.waitFor({ timeout: 30000 });
  return frame;
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: cfg.chromium || '/usr/bin/chromium',
  headless: true,
  args: FLAGS,
  viewport: { width: 1400, height: 1000 },
});
let failed = false;
try {
  const page = context.pages()[0] || (await context.newPage());
  page.on('pageerror', (err) => log('page error:', String(err).slice(0, 300)));
  await page.goto(cfg.browserUrl, { waitUntil: 'domcontentloaded' });

  // Log in: the connect form of `:server connect`.
  const url = new URL(cfg.boltUrl);
  await page.getByTestId('boltaddress').waitFor({ timeout: 60000 });
  await page.getByTestId('bolt-scheme-select').selectOption(`${url.protocol}//`);
  await page.getByTestId('boltaddress').fill(url.host);
  await page.getByTestId('username').fill(cfg.user);
  await page.getByTestId('password').fill(cfg.password);
  await page.getByTestId('connect').click();
  await page.getByTestId('disconnectedBanner').waitFor({ state: 'detached', timeout: 60000 });
  log('connected as', cfg.user, 'to', cfg.boltUrl);

  // browser.post_connect_cmd runs `:style {...}` and `:play <guide>` a moment after login;
  // wait for them so that they do not land in the middle of our own commands.
  if (cfg.expectPostConnect !== false) {
    try {
      await frameFor(page, ':style').waitFor({ timeout: 30000 });
      log('post-connect :style frame is there');
    } catch {
      log('no :style frame within 30 s (is browser.post_connect_cmd set?)');
    }
  }
  await page.waitForTimeout(2500);
  const commands = await page.$$eval('[data-testid="frameCommand"]',
    (els) => els.map((e) => e.textContent.trim().slice(0, 90)));
  log('frames after connect:', JSON.stringify(commands));
  await page.screenshot({ path: path.join(cfg.outDir, 'post-connect.png') });

  for (const cmd of cfg.paramCommands || []) {
    await run(page, cmd);
  }
  const frame = await run(page, cfg.query);
  // The graph view draws SVG nodes; wait for them, then for the force layout to settle.
  await frame.locator('svg .node').first().waitFor({ timeout: 30000 });
  await page.waitForTimeout(cfg.settleMs || 4000);
  const nodes = await frame.locator('svg .node').count();
  const rels = await frame.locator('svg .relationship').count();
  const captions = await frame.locator('svg .node text').allTextContents();
  const fills = await frame.locator('svg .node circle.b-outline')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('fill')))]);
  log(`graph: ${nodes} nodes, ${rels} relationships`);
  log('node captions:', JSON.stringify(captions.filter((t) => t.trim())));
  log('node colours:', JSON.stringify(fills));
  const out = path.join(cfg.outDir, `${cfg.name || 'query'}.png`);
  await frame.screenshot({ path: out });
  log('saved', out);
  if (nodes === 0) failed = true;
} catch (err) {
  failed = true;
  log('failed:', err && err.stack ? err.stack : String(err));
  try {
    const page = context.pages()[0];
    if (page) await page.screenshot({ path: path.join(cfg.outDir, 'failure.png') });
  } catch { /* best effort */ }
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
