// ESLint for TypeScript and Svelte. The one rule we never relax: no {@html} (data strings must
// never become markup).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/i18n/i18n-*.ts', 'src/i18n/formatters.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    rules: {
      'svelte/no-at-html-tags': 'error',
      // TypeScript checks names itself (and knows ambient types such as GeoJSON); see typescript-eslint docs.
      'no-undef': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setContent)$/] > Literal", message: 'Leaflet renders strings as HTML: pass a DOM node built with textContent.' },
        { selector: "CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setContent)$/] > TemplateLiteral", message: 'Leaflet renders strings as HTML: pass a DOM node built with textContent.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never build HTML from strings; use textContent or Svelte.' },
      ],
    },
  },
);
