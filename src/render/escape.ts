const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a string for HTML text content and for double- or single-quoted attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<a href="x">&</a>'); // '&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'
 * ```
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
