// @ts-check
// ESLint for TypeScript and Astro files, as the Astro ecosystem's model projects configure it:
// the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro. Formatting is
// Prettier's job (.prettierrc.json), so no rule here is about layout.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'node_modules/', 'tests/.tmp/', '.astro/', 'public/', 'content/', 'tests/fixtures/broken-dist/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		// No import circles: a module graph that reads one way is one a newcomer can follow, and a
		// new circle fails `npm test` (docs/architecture.md). Type-only imports count too.
		files: ['**/*.ts', '**/*.mjs', '**/*.js'],
		plugins: { 'import-x': importX },
		settings: { 'import-x/extensions': ['.ts', '.mjs', '.js'] },
		rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
	},
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_`-prefixed names are deliberately unused (destructuring, callbacks).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
);
