/**
 * SQLite FTS5 (better-sqlite3 or any database object with the same `exec`/`prepare` methods). FTS5
 * tokenizers cannot be registered from JavaScript, so tahlil analyses the text beforehand: the table
 * stores the terms, and queries are analysed the same way into an FTS5 match expression.
 */
import { indexTerms, type IndexTermsOptions } from '../index-terms.js';

/**
 * A prepared statement, as better-sqlite3 (and `node:sqlite`) return them.
 *
 * @example
 * ```ts
 * const st: SqliteStatementLike = db.prepare('SELECT 1');
 * ```
 */
export interface SqliteStatementLike {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/**
 * The methods tahlil uses on a database object; a better-sqlite3 `Database` has them. tahlil never
 * imports a SQLite driver itself.
 *
 * @example
 * ```ts
 * import Database from 'better-sqlite3';
 * const db: SqliteDatabaseLike = new Database(':memory:');
 * ```
 */
export interface SqliteDatabaseLike {
  exec(sql: string): unknown;
  prepare(sql: string): SqliteStatementLike;
}

/**
 * Options of {@link SqliteFtsIndex}: the table name and how text becomes terms.
 *
 * @example
 * ```ts
 * const o: SqliteFtsOptions = { table: 'articles_fts', stem: 'light' };
 * ```
 */
export interface SqliteFtsOptions extends IndexTermsOptions {
  /** Default `tahlil_fts`. Letters, digits and `_` only. */
  table?: string;
}

/**
 * One search result: the document id given to `add` and FTS5's bm25 rank (lower is better).
 *
 * @example
 * ```ts
 * const hit: SqliteHit = { id: 'a1', rank: -1.2 };
 * ```
 */
export interface SqliteHit {
  id: string | number;
  rank: number;
}

/** FTS5's unicode61 tokenizer splits on spaces; an entity term keeps its words together with `_`. */
function ftsTerm(term: string): string {
  return term.replace(/ /g, '_');
}

/**
 * The text to store in an FTS5 column: the terms of `indexTerms`, space-separated.
 *
 * @example
 * ```ts
 * ftsText('وصل الرئيس إلى بكين'); // 'وصل رءيس بكين'
 * ```
 */
export function ftsText(text: string, options?: IndexTermsOptions): string {
  return indexTerms(text, options)
    .map((t) => ftsTerm(t.term))
    .join(' ');
}

/**
 * An FTS5 match expression for a query: its terms, each quoted (so no term is read as FTS5 syntax),
 * joined by `AND` (default: every term must occur) or `OR`. Empty when the query has no terms (only
 * stopwords or punctuation); do not run an empty match.
 *
 * @example
 * ```ts
 * ftsQuery('روسيا والصين');          // '"روسيا" AND "صين"'
 * ftsQuery('روسيا والصين', {}, 'OR'); // '"روسيا" OR "صين"'
 * ```
 */
export function ftsQuery(query: string, options?: IndexTermsOptions, operator: 'AND' | 'OR' = 'AND'): string {
  const terms = [...new Set(indexTerms(query, options).map((t) => ftsTerm(t.term)))];
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(` ${operator} `);
}

/**
 * A full-text index in one FTS5 table, filled and queried through tahlil's analysis.
 *
 * @example
 * ```ts
 * import Database from 'better-sqlite3';
 * const index = new SqliteFtsIndex(new Database(':memory:'));
 * index.add('a1', 'وصل الرئيس إلى بكين');
 * index.search('ببكين'); // [{ id: 'a1', rank: … }]
 * ```
 */
export class SqliteFtsIndex {
  readonly table: string;
  private readonly options: IndexTermsOptions;
  private readonly db: SqliteDatabaseLike;
  private insert?: SqliteStatementLike;
  private select?: SqliteStatementLike;

  constructor(db: SqliteDatabaseLike, options: SqliteFtsOptions = {}) {
    const { table = 'tahlil_fts', ...termOptions } = options;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new RangeError(`SqliteFtsIndex: invalid table name ${JSON.stringify(table)}`);
    this.db = db;
    this.table = table;
    this.options = termOptions;
    // tokenchars '_' keeps entity terms whole; the terms carry no diacritics left to remove.
    db.exec(
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${table} USING fts5(doc_id UNINDEXED, terms, tokenize = "unicode61 remove_diacritics 0 tokenchars '_'")`,
    );
  }

  /** Adds one document. */
  add(id: string | number, text: string): void {
    this.insert ??= this.db.prepare(`INSERT INTO ${this.table} (doc_id, terms) VALUES (?, ?)`);
    this.insert.run(id, ftsText(text, this.options));
  }

  /** Documents matching every term of the query (or any, with `operator: 'OR'`), best first. */
  search(query: string, options: { limit?: number; operator?: 'AND' | 'OR' } = {}): SqliteHit[] {
    const match = ftsQuery(query, this.options, options.operator ?? 'AND');
    if (match === '') return [];
    this.select ??= this.db.prepare(
      `SELECT doc_id AS id, bm25(${this.table}) AS rank FROM ${this.table} WHERE ${this.table} MATCH ? ORDER BY rank LIMIT ?`,
    );
    return this.select.all(match, options.limit ?? 100) as SqliteHit[];
  }
}
