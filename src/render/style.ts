import { ENTITY_TYPES, typeStyle } from './labels.js';

const BASE = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#5f6368;--line:#d0d4d9}
*{box-sizing:border-box}
body{margin:0;font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","Segoe UI",Tahoma,"DejaVu Sans",sans-serif;color:var(--ink);background:#fff;line-height:1.6}
header,main{max-width:60rem;margin:0 auto;padding:0 1.25rem}
header{padding-top:1rem}
h1{font-size:1.4rem;margin:.5rem 0}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}
.meta,.hint{color:var(--muted);font-size:.9rem;margin:.25rem 0}
.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem .9rem;padding:0;margin:.5rem 0}
.legend li{display:flex;align-items:center;gap:.35rem;font-size:.9rem}
.swatch{display:inline-block;width:1.1em;height:1.1em;border-radius:3px;background:var(--bg);border:2px solid var(--fg)}
.text{font-size:1.2rem;line-height:2.4;white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);border-radius:6px;padding:1rem 1.25rem;margin:.5rem 0}
mark.e{position:relative;color:inherit;background:var(--bg);border-bottom:2px solid var(--fg);border-radius:3px;padding:0 .12em;cursor:help}
mark.e mark.e{border-bottom-style:dashed}
mark.e:focus{outline:3px solid var(--fg);outline-offset:1px}
mark.e.end::after{content:attr(data-label);display:inline-block;margin-inline-start:.3em;padding:0 .35em;border-radius:3px;background:var(--fg);color:#fff;font-size:.6em;font-weight:700;line-height:1.5;vertical-align:.35em;white-space:nowrap}
mark.e:hover:not(:has(mark.e:hover))::before,mark.e:focus::before{content:attr(data-tip);position:absolute;z-index:10;top:calc(100% + .35em);inset-inline-start:0;min-width:min(14em,60vw);max-width:min(28em,80vw);width:max-content;padding:.45em .7em;border-radius:5px;background:#202124;color:#fff;font-size:.85rem;font-weight:400;line-height:1.6;white-space:pre-wrap;text-align:start;box-shadow:0 2px 8px rgba(0,0,0,.3)}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.95rem}
th,td{border:1px solid var(--line);padding:.3rem .6rem;text-align:start;vertical-align:top}
thead th{background:#f1f3f4}
td.n{text-align:end;font-variant-numeric:tabular-nums}
td bdi{unicode-bidi:isolate}
.facts{margin:0;padding:0;list-style:none}
summary{cursor:pointer;color:var(--muted);margin:.25rem 0}
footer{max-width:60rem;margin:1.5rem auto;padding:0 1.25rem;color:var(--muted);font-size:.8rem}
`;

/**
 * The page's whole stylesheet: layout, marks with their hover or focus tooltips (pure CSS, so the page
 * needs no JavaScript), and one colour pair per entity type.
 *
 * @example
 * ```ts
 * const css = pageStyle(); // inlined into a <style> element
 * ```
 */
export function pageStyle(): string {
  const types = [...ENTITY_TYPES, 'unknown'].map((type) => {
    const { background, accent } = typeStyle(type);
    return `.t-${type}{--bg:${background};--fg:${accent}}`;
  });
  return `${BASE.trim()}\n${types.join('\n')}\n`;
}
