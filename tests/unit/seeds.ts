// The source documents the extraction reads, in ../shared/seeds beside the repository (as CI
// provides them). Outside CI a missing seed skips the tests that need it; in CI it is a failure,
// so those tests can never pass by silently not running.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../../shared/seeds');

/** The seed's path and whether it is there; throws in CI when it is not. */
export function seed(name: string): { path: string; available: boolean } {
  const path = resolve(SEEDS_DIR, name);
  const available = existsSync(path);
  if (!available && process.env.CI) throw new Error(`${path} is missing: CI must run with ../shared/seeds beside the repository.`);
  return { path, available };
}
