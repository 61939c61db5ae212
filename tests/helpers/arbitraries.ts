import fc from 'fast-check';

// fc.string() almost never produces Arabic marks, tatweel, bidi controls or lone surrogates; these
// pieces make them common.
const pieces = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ',
  '\u064b', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670', '\u06d6', // marks
  '\u0640', '\u0640\u0640\u0640', // tatweel
  ...'0123456789', ...'٠١٢٣٤٥٦٧٨٩', ...'۰۱۲۳۴۵۶۷۸۹', '٫', '٬', '.', ',', '/', ':', '-',
  ...'،؛؟«»“”…!?()%٪$€', // punctuation and symbols
  '\u200e', '\u200f', '\u202b', '\u202c', '\u2067', '\u2069', '\u061c', '\u200b', '\u200c', '\u200d', '\ufeff', // bidi, zero-width
  '\ud800', '\udfff', '\ud83d', // unpaired surrogates
  '😀', '👍🏽', '❤️', 'ﻻ', 'ﷲ', 'ﺍ', // emoji, ligatures, presentation forms
  ' ', ' ', '\n', '\r\n', '\t', '\u00a0',
  'Facebook', 'http://a.b/c', 'x@y.com', '#وسم', '@user', 'ال', 'و', 'بال', 'لل', 'ه', 'ها',
  // names and acronyms, so that refiners which pair a name with a parenthesis next to it meet them
  'بوتين', 'وبكين', 'سانا', 'منظمة الصحة العالمية', 'WHO', 'U.N', ' (', ') ',
  // listed names in hashtags and in Latin letters, and a given name the clitic analyser splits
  '#مصر', '#_الأمم_المتحدة_', 'Reuters', 'Emmanuel Macron', 'وليد', 'مراسل الجزيرة',
  '\u0000',
];

/** Strings built from Arabic letters, marks, tatweel, digits of all three kinds, punctuation, bidi controls and unpaired surrogates. */
export const arabicish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));

/** Mostly pieces, sometimes fully random strings. */
export const anyText = fc.oneof({ weight: 4, arbitrary: arabicish }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) });
