import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Debian's Chromium against the built site (vite preview).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one Chromium at a time keeps timings stable.
    fileParallelism: false,
  },
});
