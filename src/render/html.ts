import type { Analysis, Entity } from '../types.js';
import { entityFacts, resolvedValue, type FactKey } from './describe.js';
import { escapeHtml } from './escape.js';
import { ENTITY_TYPES, isEntityType, typeStyle } from './labels.js';
import { layoutMarks, type Piece } from './layout.js';
import { pageStyle } from './style.js';

/**
 * Options of {@link render}.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { title: 'قمة بكين', lang: 'ar' };
 * ```
 */
export interface RenderOptions {
  /** The page title and heading. Defaults to a generic Arabic title. */
  title?: string;
  /** BCP 47 language of the page and text. Defaults to `ar`. */
  lang?: string;
}

/**
 * What {@link render} needs: the text and its entities; the rest of an {@link Analysis} is optional
 * (it adds the detected language and sentence count to the header).
 *
 * @example
 * ```ts
 * const input: RenderInput = { text: 'بكين', entities: [] };
 * ```
 */
export type RenderInput = Pick<Analysis, 'text' | 'entities'> & Partial<Pick<Analysis, 'language' | 'sentences'>>;

const FACT_LABELS: Readonly<Record<FactKey, string>> = {
  name: 'الاسم المعتمد',
  id: 'المعرّف',
  value: 'القيمة',
  unit: 'الوحدة',
  qualifier: 'التقييد',
  calendar: 'التقويم',
  relative: 'تعبير نسبي',
  weekday: 'اليوم',
  source: 'المصدر',
  confidence: 'الثقة',
};

// First-strong isolates keep Latin values (ISO dates, ids, currency codes) from reordering the Arabic
// label around them inside the CSS tooltip, where no element can isolate them.
const isolate = (s: string): string => `\u2068${s}\u2069`;

const typeClass = (type: unknown): string => (isEntityType(type) ? type : 'unknown');

function tooltip(entity: Entity): string {
  const style = typeStyle(entity.type);
  const lines = [`${style.ar} · ${style.en}`];
  for (const fact of entityFacts(entity)) lines.push(`${FACT_LABELS[fact.key]}: ${isolate(fact.value)}`);
  return lines.join('\n');
}

function renderPieces(text: string, entities: readonly Entity[], pieces: readonly Piece[], out: string[]): void {
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      out.push(escapeHtml(text.slice(piece.start, piece.end)));
      continue;
    }
    const entity = entities[piece.entity];
    const type = typeClass(entity.type);
    const attributes = [
      `class="e t-${type}${piece.last ? ' end' : ''}"`,
      `data-entity="${piece.entity}"`,
      `data-type="${escapeHtml(String(entity.type))}"`,
      `data-label="${escapeHtml(typeStyle(type).ar)}"`,
      `data-tip="${escapeHtml(tooltip(entity))}"`,
      `aria-describedby="d-${piece.entity}"`,
    ];
    // One tab stop per entity, on its first fragment; continuations are reachable by hover.
    if (piece.first) attributes.unshift(`id="m-${piece.entity}"`, 'tabindex="0"');
    else attributes.push('data-continued=""');
    out.push(`<mark ${attributes.join(' ')}>`);
    renderPieces(text, entities, piece.children, out);
    out.push('</mark>');
  }
}

function legend(counts: ReadonlyMap<string, number>): string {
  const items = [...counts.keys()].map((type) => {
    const style = typeStyle(type);
    return `<li class="t-${type}"><span class="swatch" aria-hidden="true"></span>${escapeHtml(style.ar)} <span lang="en" dir="ltr">(${escapeHtml(style.en)})</span></li>`;
  });
  return items.length === 0 ? '<p class="hint">لا توجد كيانات.</p>' : `<ul class="legend">${items.join('')}</ul>`;
}

function summary(entities: readonly Entity[], counts: ReadonlyMap<string, number>): string {
  const rows = [...counts].map(([type, count]) => {
    const style = typeStyle(type);
    const names = [...new Set(entities.filter((e) => typeClass(e.type) === type).map((e) => resolvedValue(e) ?? e.text))];
    const shown = names.slice(0, 8).map((n) => `<bdi>${escapeHtml(n)}</bdi>`).join('، ');
    const more = names.length > 8 ? ` … (+${names.length - 8})` : '';
    return `<tr class="t-${type}"><th scope="row"><span class="swatch" aria-hidden="true"></span> ${escapeHtml(style.ar)}</th><td lang="en" dir="ltr">${escapeHtml(style.en)}</td><td class="n">${count}</td><td>${shown}${more}</td></tr>`;
  });
  const total = entities.length;
  return `<table class="summary"><caption class="hint">عدد الكيانات حسب النوع</caption><thead><tr><th scope="col">النوع</th><th scope="col">Type</th><th scope="col">العدد</th><th scope="col">القيم المعتمدة</th></tr></thead><tbody>${rows.join('')}</tbody><tfoot><tr><th scope="row" colspan="2">المجموع</th><td class="n">${total}</td><td></td></tr></tfoot></table>`;
}

function details(entities: readonly Entity[], rendered: ReadonlySet<number>): string {
  const rows = entities.map((entity, i) => {
    const type = typeClass(entity.type);
    const facts = entityFacts(entity)
      .map((f) => `<li>${escapeHtml(FACT_LABELS[f.key])}: <bdi>${escapeHtml(f.value)}</bdi></li>`)
      .join('');
    const text = rendered.has(i) ? `<a href="#m-${i}"><bdi>${escapeHtml(String(entity.text))}</bdi></a>` : `<bdi>${escapeHtml(String(entity.text))}</bdi>`;
    return `<tr><td class="n">${i + 1}</td><td>${text}</td><td class="t-${type}"><span class="swatch" aria-hidden="true"></span> ${escapeHtml(typeStyle(type).ar)}</td><td id="d-${i}"><ul class="facts">${facts}</ul></td></tr>`;
  });
  return `<table class="entities"><thead><tr><th scope="col">#</th><th scope="col">النص</th><th scope="col">النوع</th><th scope="col">التفاصيل</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * Renders an analysis as a self-contained right-to-left HTML page: the text with every entity marked by
 * colour and a text label, its canonical name, id and resolved value shown on hover or keyboard focus,
 * a legend, a table of counts by type and a table of every entity. The page has no scripts and loads
 * nothing; every piece of input text is escaped. Overlapping entities are nested, and an entity that
 * crosses another is split into fragments that share its `data-entity` index.
 *
 * @example
 * ```ts
 * import { analyze } from 'tahlil';
 * import { render } from 'tahlil/render';
 * const html = render(analyze('وصل بوتين إلى بكين.'), { title: 'مثال' });
 * ```
 */
export function render(analysis: RenderInput, options: RenderOptions = {}): string {
  const text = String(analysis.text ?? '');
  // Analyses read back from JSON are not trusted to be well formed: drop anything that is not an object.
  const entities: readonly Entity[] = Array.isArray(analysis.entities)
    ? analysis.entities.filter((e) => typeof e === 'object' && e !== null)
    : [];
  const title = options.title ?? 'تحليل النص: الكيانات';
  const lang = options.lang ?? 'ar';

  const pieces = layoutMarks(text.length, entities);
  const body: string[] = [];
  renderPieces(text, entities, pieces, body);
  const rendered = new Set<number>();
  const collect = (ps: readonly Piece[]): void => {
    for (const p of ps) {
      if (p.kind !== 'mark') continue;
      rendered.add(p.entity);
      collect(p.children);
    }
  };
  collect(pieces);

  const counts = new Map<string, number>();
  for (const type of [...ENTITY_TYPES, 'unknown']) {
    const n = entities.filter((e) => typeClass(e.type) === type).length;
    if (n > 0) counts.set(type, n);
  }

  const meta = [`${entities.length} كيانًا`];
  if (analysis.sentences) meta.push(`${analysis.sentences.length} جملة`);
  if (analysis.language) meta.push(`اللغة: ${isolate(String(analysis.language.code))}`);

  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tahlil">
<title>${escapeHtml(title)}</title>
<style>
${pageStyle()}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(meta.join(' · '))}</p>
</header>
<main>
<section aria-labelledby="legend-h">
<h2 id="legend-h">مفتاح الألوان</h2>
${legend(counts)}
<p class="hint">مرّر المؤشر فوق كيان أو انتقل إليه بمفتاح Tab لعرض اسمه المعتمد ومعرّفه وقيمته.</p>
</section>
<section aria-labelledby="text-h">
<h2 id="text-h">النص</h2>
<div class="text" lang="${escapeHtml(lang)}" dir="rtl">${body.join('')}</div>
</section>
<section aria-labelledby="summary-h">
<h2 id="summary-h">ملخص الكيانات</h2>
${summary(entities, counts)}
</section>
<section aria-labelledby="details-h">
<h2 id="details-h">قائمة الكيانات</h2>
<details>
<summary>كل الكيانات بتفاصيلها (${entities.length})</summary>
${details(entities, rendered)}
</details>
</section>
</main>
<footer>tahlil</footer>
</body>
</html>
`;
}
