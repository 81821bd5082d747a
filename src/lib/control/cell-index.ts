// The cells of a report set, found by (report prefix, period, code, applicant, service) without
// building a string key per lookup: a million-row file makes a few million lookups, and a joined
// key is a new string to allocate, flatten and hash each time. Nested maps keyed by the rows' own
// strings (hashed once, as the reader shares them) reach a row's cells; the plain cell and the two
// applicant halves sit in fields, and only service sub-rows use a joined key.

const SEP = '\u001f';

interface Group<C> {
  plain?: C;
  individual?: C;
  legal?: C;
  /** Any other (applicant, service): applicant + SEP + service. */
  more?: Map<string, C>;
}

export class CellIndex<C> {
  private prefixes = new Map<string, Map<string, Map<string, Group<C>>>>();
  private lastPrefix: string | undefined;
  private lastPeriods: Map<string, Map<string, Group<C>>> | undefined;
  /** Every cell, in the order set. */
  readonly list: C[] = [];

  private periods(prefix: string, create: boolean): Map<string, Map<string, Group<C>>> | undefined {
    if (prefix === this.lastPrefix) return this.lastPeriods;
    let p = this.prefixes.get(prefix);
    if (!p) {
      if (!create) return undefined;
      p = new Map();
      this.prefixes.set(prefix, p);
    }
    this.lastPrefix = prefix;
    this.lastPeriods = p;
    return p;
  }

  get(prefix: string, period: string, code: string, applicant: string, service: string): C | undefined {
    const g = this.periods(prefix, false)?.get(period)?.get(code);
    if (!g) return undefined;
    if (service === '') {
      if (applicant === '') return g.plain;
      if (applicant === 'individual') return g.individual;
      if (applicant === 'legal') return g.legal;
    }
    return g.more?.get(applicant + SEP + service);
  }

  /**
   * Set a cell unless one is there already: the one there (and nothing set), else undefined. One
   * walk down the maps instead of two (get, then add), for every row of a report.
   */
  addFirst(prefix: string, period: string, code: string, applicant: string, service: string, cell: C): C | undefined {
    const periods = this.periods(prefix, true) as Map<string, Map<string, Group<C>>>;
    let codes = periods.get(period);
    if (!codes) {
      codes = new Map();
      periods.set(period, codes);
    }
    let g = codes.get(code);
    if (!g) {
      g = {};
      codes.set(code, g);
    }
    if (service === '') {
      if (applicant === '') {
        if (g.plain !== undefined) return g.plain;
        g.plain = cell;
        this.list.push(cell);
        return undefined;
      }
      if (applicant === 'individual') {
        if (g.individual !== undefined) return g.individual;
        g.individual = cell;
        this.list.push(cell);
        return undefined;
      }
      if (applicant === 'legal') {
        if (g.legal !== undefined) return g.legal;
        g.legal = cell;
        this.list.push(cell);
        return undefined;
      }
    }
    g.more ??= new Map();
    const k = applicant + SEP + service;
    const seen = g.more.get(k);
    if (seen !== undefined) return seen;
    g.more.set(k, cell);
    this.list.push(cell);
    return undefined;
  }

  /** Set a cell that is not there yet (the caller checks with get first). */
  add(prefix: string, period: string, code: string, applicant: string, service: string, cell: C): void {
    this.addFirst(prefix, period, code, applicant, service, cell);
  }
}
