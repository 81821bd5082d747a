// A loaded file's findings as objects, unpacked from their packed form (packed-tree.ts) the first
// time they are shown, then kept as long as the file is: the page never holds the findings of the
// files nobody opens.
import type { Finding } from '../validate.ts';
import type { LoadedFile } from './load.ts';
import { unpackTree, type PackedTree } from './packed-tree.ts';

const unpacked = new WeakMap<PackedTree, Finding[]>();

export function findingsOf(file: Pick<LoadedFile, 'findings'>): Finding[] {
  let list = unpacked.get(file.findings);
  if (!list) {
    list = unpackTree<Finding[]>(file.findings);
    unpacked.set(file.findings, list);
  }
  return list;
}
