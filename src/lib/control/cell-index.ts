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

  /** Set a cell that is not there yet (the caller checks with get first). */
  add(prefix: string, period: string, code: string, applicant: string, service: string, cell: C): void {
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
    this.list.push(cell);
    if (service === '') {
      if (applicant === '') return void (g.plain = cell);
      if (applicant === 'individual') return void (g.individual = cell);
      if (applicant === 'legal') return void (g.legal = cell);
    }
    (g.more ??= new Map()).set(applicant + SEP + service, cell);
  }
}
