import fc from 'fast-check';
import { render } from '../../src/render/index.js';
import { entityFacts, formatNumber, resolvedValue } from '../../src/render/describe.js';
import { escapeHtml } from '../../src/render/escape.js';
import { layoutMarks, type Piece } from '../../src/render/layout.js';
import type { Entity } from '../../src/types.js';
import { SAMPLE, SAMPLE_TEXT } from './sample.js';

type Mark = Extract<Piece, { kind: 'mark' }>;

/** Walks the layout and returns the text of every piece in document order plus every mark with its depth. */
function flatten(text: string, pieces: readonly Piece[], parent?: Mark): { out: string; marks: { mark: Mark; parent?: Mark }[] } {
  let out = '';
  const marks: { mark: Mark; parent?: Mark }[] = [];
  for (const p of pieces) {
    if (p.kind === 'text') out += text.slice(p.start, p.end);
    else {
      marks.push({ mark: p, parent });
      const inner = flatten(text, p.children, p);
      out += inner.out;
      marks.push(...inner.marks);
    }
  }
  return { out, marks };
}

describe('layoutMarks', () => {
  const spanArb = (length: number) =>
    fc.tuple(fc.integer({ min: -2, max: length + 2 }), fc.integer({ min: -2, max: length + 2 })).map(([a, b]) => ({ text: '', start: a, end: b }));

  it('keeps the text, nests marks inside their parents and covers every valid entity exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }).chain((text) => fc.tuple(fc.constant(text), fc.array(spanArb(text.length), { maxLength: 8 }))),
        ([text, spans]) => {
          const pieces = layoutMarks(text.length, spans);
          const { out, marks } = flatten(text, pieces);
          expect(out).toBe(text);
          for (const { mark, parent } of marks) {
            expect(mark.start).toBeLessThan(mark.end);
            if (parent) {
              expect(mark.start).toBeGreaterThanOrEqual(parent.start);
              expect(mark.end).toBeLessThanOrEqual(parent.end);
            }
          }
          spans.forEach((span, i) => {
            const fragments = marks.map((m) => m.mark).filter((m) => m.entity === i).sort((a, b) => a.start - b.start);
            const valid = span.start >= 0 && span.start < span.end && span.end <= text.length;
            if (!valid) return expect(fragments).toHaveLength(0);
            // Fragments tile the span without gaps, first and last flags at the ends only.
            expect(fragments[0].start).toBe(span.start);
            expect(fragments[fragments.length - 1].end).toBe(span.end);
            fragments.forEach((f, k) => {
              if (k > 0) expect(f.start).toBe(fragments[k - 1].end);
              expect(f.first).toBe(k === 0);
              expect(f.last).toBe(k === fragments.length - 1);
            });
          });
        },
      ),
    );
  });

  it.each([
    ['nested', [{ start: 0, end: 6 }, { start: 2, end: 4 }], 1],
    ['disjoint', [{ start: 0, end: 2 }, { start: 3, end: 5 }], 1],
    ['crossing', [{ start: 0, end: 4 }, { start: 2, end: 6 }], 2],
  ])('%s spans: the second entity has the expected number of fragments', (_name, spans, fragments) => {
    const { marks } = flatten('abcdef', layoutMarks(6, spans.map((s) => ({ ...s, text: '' }))));
    expect(marks.filter((m) => m.mark.entity === 1)).toHaveLength(fragments);
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    ['"q" \'s\'', '&quot;q&quot; &#39;s&#39;'],
    ['بكين', 'بكين'],
  ])('%s', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});

describe('entity facts', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [117500000000, '117,500,000,000'],
    [-1234.5, '-1,234.5'],
    [0.25, '0.25'],
  ])('formatNumber(%p)', (n, expected) => expect(formatNumber(n)).toBe(expected));

  const byType = (type: string): Entity => SAMPLE.entities.find((e) => e.type === type) as Entity;

  it.each([
    ['money', '117,500,000,000 USD'],
    ['percent', '15%'],
    ['date', '2022-02-05'],
    ['time', '11:10'],
    ['quantity', '3,000 soldier'],
    ['ordinal', '3'],
    ['person', 'فلاديمير بوتين · Vladimir Putin [Q7747]'],
  ])('resolvedValue of %s', (type, expected) => expect(resolvedValue(byType(type))).toBe(expected));

  it('leaves out facts that an entity read from JSON lacks', () => {
    const partial = { type: 'money', text: 'x', start: 0, end: 1 } as unknown as Entity;
    expect(entityFacts(partial)).toEqual([]);
    expect(resolvedValue(partial)).toBeUndefined();
  });

  it('reports hedged amounts and partial dates', () => {
    const about: Entity = { type: 'number', text: 'نحو 5', start: 0, end: 5, value: 5, approximate: true, qualifier: 'about' };
    expect(entityFacts(about)).toContainEqual({ key: 'qualifier', value: 'about' });
    const plain: Entity = { type: 'number', text: '5', start: 0, end: 1, value: 5 };
    expect(entityFacts(plain).map((f) => f.key)).toEqual(['value']);
    const month: Entity = { type: 'date', text: 'فبراير 2022', start: 0, end: 11, value: { year: 2022, month: 2 }, calendar: 'gregorian' };
    expect(resolvedValue(month)).toBe('2022-02');
    const friday: Entity = { type: 'date', text: 'الجمعة', start: 0, end: 6, value: { weekday: 5 }, calendar: 'gregorian' };
    expect(entityFacts(friday)).toEqual([{ key: 'calendar', value: 'gregorian' }, { key: 'weekday', value: 'Friday' }]);
  });
});

describe('render', () => {
  const html = render(SAMPLE, { title: 'عرض <تجريبي>' });

  it('is a self-contained right-to-left page without scripts or external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain('<title>عرض &lt;تجريبي&gt;</title>');
  });

  it('escapes the text, the entity fields and the type', () => {
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    const hostile = render({ text: 'ab', entities: [{ type: '"><img src=x onerror=alert(1)>', text: 'ab', start: 0, end: 2 } as unknown as Entity] });
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('class="e t-unknown end"');
  });

  it('gives each entity one focusable mark with its label and tooltip', () => {
    const focusable = html.match(/<mark id="m-\d+" tabindex="0"/g) ?? [];
    expect(focusable).toHaveLength(SAMPLE.entities.length);
    expect(html).toMatch(/data-label="مبلغ مالي"[^>]*data-tip="مبلغ مالي · money\nالقيمة: \u2068117,500,000,000 USD\u2069"/);
  });

  it('counts entities by type in the summary table', () => {
    const summary = html.slice(html.indexOf('<table class="summary"'), html.indexOf('</table>', html.indexOf('<table class="summary"')));
    const count = (type: string): string | undefined => summary.match(new RegExp(`>${type}</td><td class="n">(\\d+)<`))?.[1];
    expect(count('location')).toBe('2');
    expect(count('misc')).toBe('2');
    expect(count('money')).toBe('1');
    expect(count('number')).toBeUndefined();
    expect(summary).toContain(`<td class="n">${SAMPLE.entities.length}</td>`);
  });

  it('skips entities with offsets outside the text instead of failing', () => {
    const broken = render({ text: SAMPLE_TEXT, entities: [{ ...SAMPLE.entities[0], start: -1, end: 3 }, { ...SAMPLE.entities[1], end: SAMPLE_TEXT.length + 5 }] });
    expect(broken).not.toContain('<mark');
    expect(broken).toContain('<div class="text" lang="ar" dir="rtl">' + escapeHtml(SAMPLE_TEXT) + '</div>');
  });

  it('renders an empty analysis', () => {
    const empty = render({ text: '', entities: [] });
    expect(empty).toContain('لا توجد كيانات');
    expect(empty).not.toContain('<mark');
  });
});
