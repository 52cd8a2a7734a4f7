// @ts-check
// ESLint for TypeScript and Astro files, as the Astro ecosystem's model projects configure it:
// the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro. Formatting is
// Prettier's job (.prettierrc.json), so no rule here is about layout.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', 'node_modules/', 'tests/.tmp/', '.astro/', 'public/', 'content/', 'tests/fixtures/broken-dist/'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_`-prefixed names are deliberately unused (destructuring, callbacks).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
);
