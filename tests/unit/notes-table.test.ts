import { describe, expect, it } from 'vitest';
import { checkFilter, datasetLabel, facet, filterNotes, keyInWords, noteCells } from '../../src/lib/methods/notes-table.ts';
import { notesFor } from '../../src/lib/data/notes.ts';

const note = (id: string, dataset: string, key: string | null, kind: string) => ({
  note_id: id, dataset, key, kind, text_kk: `kk ${id}`, text_ru: `ru ${id}`, text_en: `en ${id}`,
});
const notes = [
  note('b', 'monitoring/regions', 'akmola:2020:appendix_b', 'disagreement'),
  note('a', 'monitoring/regions', 'turkistan:2017:leb', 'series_break'),
  note('c', 'monitoring/services', 'x:2020', 'precision'),
  note('d', 'reference/bodies', null, 'label_variant'),
];

describe('notes table', () => {
  it('labels datasets without their folder', () => {
    expect(datasetLabel('monitoring/service_regions')).toBe('service_regions');
  });
  it('filters by dataset and kind, in a stable order', () => {
    expect(filterNotes(notes, { dataset: 'regions', kind: '' }).map((n) => n.note_id)).toEqual(['b', 'a']);
    expect(filterNotes(notes, { dataset: '', kind: 'precision' }).map((n) => n.note_id)).toEqual(['c']);
    expect(filterNotes(notes, { dataset: 'nope', kind: '' })).toEqual([]);
  });
  it('sets unknown filter values back to "all" and reports them', () => {
    expect(checkFilter(notes, { dataset: 'regions', kind: 'precision' })).toEqual({ filter: { dataset: 'regions', kind: 'precision' }, invalid: [] });
    expect(checkFilter(notes, { dataset: 'nope', kind: '' })).toEqual({ filter: { dataset: '', kind: '' }, invalid: [{ param: 'dataset', value: 'nope' }] });
    expect(checkFilter(notes, { dataset: '', kind: 'typo' }).invalid).toEqual([{ param: 'kind', value: 'typo' }]);
    expect(checkFilter(notes, { dataset: 'monitoring/regions', kind: '' }).invalid).toEqual([{ param: 'dataset', value: 'monitoring/regions' }]);
  });
  it('counts facets', () => {
    expect(facet(notes, (n) => n.kind).find((f) => f.value === 'disagreement')?.count).toBe(1);
    expect(facet(notes, (n) => datasetLabel(n.dataset)).map((f) => f.value)).toEqual(['bodies', 'regions', 'services']);
  });
  it('gives the text in the reader’s language', () => {
    expect(noteCells(notes[0]!, 'ru').text).toBe('ru b');
  });
});

describe('notesFor', () => {
  it('matches an id among the parts of a key, and dataset-wide notes', () => {
    expect(notesFor(notes, 'regions', 'akmola').map((n) => n.note_id)).toEqual(['b']);
    expect(notesFor(notes, 'monitoring/regions', 'turkistan').map((n) => n.note_id)).toEqual(['a']);
    expect(notesFor(notes, 'reference/bodies', 'finance').map((n) => n.note_id)).toEqual(['d']);
    expect(notesFor(notes, 'regions', 'akm')).toEqual([]);
  });
});

describe('keyInWords', () => {
  const names: Record<string, string> = { akmola: 'Akmola Region', appendix_b: 'All providers (appendix B)', land_plot_sale: 'Sale of a land plot' };
  it('names the known parts of a key and keeps the rest', () => {
    expect(keyInWords('akmola:2020:appendix_b', (c) => names[c])).toBe('Akmola Region, 2020, All providers (appendix B)');
    expect(keyInWords('land_plot_sale:2020:1411.competence', (c) => names[c])).toBe('Sale of a land plot, 2020, 1411.competence');
  });
  it('gives nothing for a note about a whole dataset', () => {
    expect(keyInWords(null, (c) => names[c])).toBe('');
    expect(keyInWords('', (c) => names[c])).toBe('');
  });
});
