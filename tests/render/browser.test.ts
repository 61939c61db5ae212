import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyze } from '../../src/pipeline/analyze.js';
import { render } from '../../src/render/index.js';
import type { Analysis } from '../../src/types.js';
import { SAMPLE } from './sample.js';

// Debian's Chromium, installed by .ci/run when missing. Root in a container needs --no-sandbox.
const CHROMIUM = process.env.TAHLIL_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'];
const OUTPUT = join(__dirname, '__output__');

// Outside CI a machine without Chromium skips this suite with a warning; in CI (.ci/run installs
// Chromium) a missing browser is a failure, so the suite can never pass by not running.
const hasChromium = existsSync(CHROMIUM);
const suite = hasChromium ? describe : describe.skip;
if (!hasChromium) console.warn(`render browser test skipped: ${CHROMIUM} not found (apt-get install chromium)`);
test('Chromium is available in CI', () => {
  if (process.env.CI) expect(hasChromium).toBe(true);
});

interface MarkView {
  text: string;
  visible: boolean;
  background: string;
  label: string;
  focusable: boolean;
}

/** For each entity index, its marks' joined text, visibility, colour and CSS label, read from the page. */
async function readMarks(page: Page, count: number): Promise<MarkView[]> {
  return page.evaluate((n) => {
    const views = [];
    for (let i = 0; i < n; i++) {
      const marks = Array.from(document.querySelectorAll<HTMLElement>(`mark[data-entity="${i}"]`));
      const last = marks[marks.length - 1];
      views.push({
        text: marks.map((m) => m.textContent ?? '').join(''),
        visible: marks.length > 0 && marks.every((m) => {
          const r = m.getBoundingClientRect();
          const s = getComputedStyle(m);
          return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none';
        }),
        background: marks.length ? getComputedStyle(marks[0]).backgroundColor : '',
        label: last ? getComputedStyle(last, '::after').content : '',
        focusable: marks.length > 0 && marks[0].tabIndex === 0,
      });
    }
    return views;
  }, count);
}

suite('render in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(analysis: Analysis, name: string): Promise<Page> {
    // Scripts off: the view must work without JavaScript.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 900 }, locale: 'ar' });
    const page = await context.newPage();
    await page.setContent(render(analysis, { title: name }), { waitUntil: 'load' });
    return page;
  }

  it('shows every entity as a visible, labelled, focusable mark at its text, right to left', async () => {
    const page = await open(SAMPLE, 'tahlil sample');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.text')!).direction)).toBe('rtl');
    // The text is real text: the page's text body is the input, character for character.
    expect(await page.evaluate(() => document.querySelector('.text')!.textContent)).toBe(SAMPLE.text);

    const views = await readMarks(page, SAMPLE.entities.length);
    SAMPLE.entities.forEach((entity, i) => {
      expect({ i, text: views[i].text }).toEqual({ i, text: entity.text });
      expect(views[i].visible).toBe(true);
      expect(views[i].focusable).toBe(true);
      expect(views[i].background).not.toMatch(/^rgba?\(255, 255, 255|^rgba\(0, 0, 0, 0\)/);
      expect(views[i].label).not.toBe('none');
    });
    // Colour follows the type: same type same colour, different types differ.
    const colour = (type: string) => new Set(SAMPLE.entities.flatMap((e, i) => (e.type === type ? [views[i].background] : [])));
    expect(colour('location').size).toBe(1);
    expect([...colour('location')][0]).not.toBe([...colour('person')][0]);
    await page.screenshot({ path: join(OUTPUT, 'sample.png'), fullPage: true });
  });

  it('shows the canonical name, id and value on keyboard focus', async () => {
    const page = await open(SAMPLE, 'tahlil sample');
    const tip = () => page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { entity: el.dataset.entity, tip: getComputedStyle(el, '::before').content };
    });
    await page.keyboard.press('Tab');
    const first = await tip();
    expect(first.entity).toBe('0');
    expect(first.tip).toContain('Vladimir Putin');
    expect(first.tip).toContain('Q7747');
    // Tab order follows the text: the sixth stop is the money amount.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    const money = await tip();
    expect(money.entity).toBe('5');
    expect(money.tip).toContain('117,500,000,000 USD');
    await page.screenshot({ path: join(OUTPUT, 'sample-focus.png') });
    // Without focus or hover the tooltip is not there.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('mark[data-entity="5"]')!, '::before').content)).toBe('none');
  });

  it('marks every entity the pipeline finds in the seed article', async () => {
    const text = readFileSync(join(__dirname, '../../fixtures/article.txt'), 'utf8');
    const analysis = analyze(text);
    expect(analysis.entities.length).toBeGreaterThan(10);
    const page = await open(analysis, 'fixtures/article.txt');
    expect(await page.evaluate(() => document.querySelector('.text')!.textContent)).toBe(text);
    const views = await readMarks(page, analysis.entities.length);
    const wrong = analysis.entities.flatMap((e, i) => (views[i].text === e.text && views[i].visible ? [] : [{ i, expected: e.text, got: views[i] }]));
    expect(wrong).toEqual([]);
    await page.screenshot({ path: join(OUTPUT, 'article.png'), fullPage: true });
  });

  it('shows the tooltip on hover', async () => {
    const page = await open(SAMPLE, 'tahlil sample');
    await page.hover('mark[data-entity="2"]');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('mark[data-entity="2"]')!, '::before').content)).toContain('2022-02-05');
  });
});
