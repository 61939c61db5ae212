import { formatText } from '../../src/cli/format-text.js';
import type { Analysis, Entity, NameEntity } from '../../src/types.js';
import { SAMPLE } from '../render/sample.js';

describe('formatText', () => {
  const out = formatText(SAMPLE);
  const lines = out.split('\n');

  it('starts with the language and counts', () => {
    expect(lines[0]).toBe('language: arb (Arabic) · 1 sentence · 0 tokens · 12 entities');
  });

  it('groups entities by type, names first, with counts', () => {
    const headers = lines.filter((l) => /^\S.* \(\d+\)$/.test(l));
    expect(headers).toEqual([
      'person · شخص (1)',
      'organization · منظمة (1)',
      'location · مكان (2)',
      'misc · اسم آخر (2)',
      'money · مبلغ مالي (1)',
      'quantity · كمية (1)',
      'percent · نسبة مئوية (1)',
      'ordinal · عدد ترتيبي (1)',
      'date · تاريخ (1)',
      'time · وقت (1)',
    ]);
  });

  it('shows canonical names and resolved values with the surface forms', () => {
    expect(out).toContain('  فلاديمير بوتين · Vladimir Putin [Q7747]  ← فلاديمير بوتين\n');
    expect(out).toContain('  117,500,000,000 USD  ← 117.5 مليار دولار\n');
    expect(out).toContain('  2022-02-05  ← 05/02/2022\n');
    expect(out).toContain('  3,000 soldier  ← 3000 جندي\n');
  });

  it('merges mentions of one entity and keeps their distinct forms', () => {
    const putin = SAMPLE.entities[0] as NameEntity;
    const text = 'بوتين قال إن بوتين';
    const second: Entity = { ...putin, text: 'بوتين', start: 0, end: 5 };
    const third: Entity = { ...putin, text: 'بوتين', start: 13, end: 18 };
    const other: Entity = { ...putin, id: 'Q1', name: { ar: 'آخر' }, text: 'قال', start: 6, end: 9 };
    const analysis: Analysis = { ...SAMPLE, text, entities: [second, other, third] };
    const personLines = formatText(analysis).split('\n').filter((l) => l.startsWith('  '));
    expect(personLines).toEqual(['  فلاديمير بوتين · Vladimir Putin [Q7747] ×2  ← بوتين', '  آخر [Q1]  ← قال']);
  });

  it('says so when there are no entities', () => {
    expect(formatText({ ...SAMPLE, entities: [] })).toMatch(/0 entities\n\nno entities\n$/);
  });
});
