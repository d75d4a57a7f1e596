import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The business flow, held by tags: plans ← findings ← handoffs ← progress, all over core; the organisation
 * (units, committees, accounts) over the flow, since retiring a unit asks about its handoffs; the results
 * (letters, reports, indicators, disclosure) over the flow, since they show what it did; the people (deputies,
 * experts, who took part) over the flow and the organisation, since they join its activities; apps on top.
 */
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:core', 'type:domain'] },
  { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:core', 'type:domain', 'type:testing'] },
  { sourceTag: 'scope:plans', onlyDependOnLibsWithTags: ['type:core', 'scope:plans'] },
  { sourceTag: 'scope:findings', onlyDependOnLibsWithTags: ['type:core', 'scope:plans', 'scope:findings'] },
  {
    sourceTag: 'scope:handoffs',
    onlyDependOnLibsWithTags: ['type:core', 'scope:plans', 'scope:findings', 'scope:handoffs'],
  },
  {
    sourceTag: 'scope:progress',
    onlyDependOnLibsWithTags: [
      'type:core',
      'scope:plans',
      'scope:findings',
      'scope:handoffs',
      'scope:progress',
    ],
  },
  {
    sourceTag: 'scope:organisation',
    onlyDependOnLibsWithTags: [
      'type:core',
      'scope:plans',
      'scope:findings',
      'scope:handoffs',
      'scope:organisation',
    ],
  },
  {
    sourceTag: 'scope:results',
    onlyDependOnLibsWithTags: [
      'type:core',
      'scope:plans',
      'scope:findings',
      'scope:handoffs',
      'scope:progress',
      'scope:results',
    ],
  },
  {
    sourceTag: 'scope:people',
    onlyDependOnLibsWithTags: [
      'type:core',
      'scope:plans',
      'scope:findings',
      'scope:handoffs',
      'scope:organisation',
      'scope:people',
    ],
  },
];

/** Test code may also use the testing libraries (tagged type:testing); production code may not. */
const testDepConstraints = depConstraints.map((constraint) => ({
  ...constraint,
  onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'type:testing'],
}));

function boundaries(constraints, allow = []) {
  return ['error', { allow, depConstraints: constraints, enforceBuildableLibDependency: false }];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      '.data/**',
      '.nx/**',
      'coverage/**',
      'apps/web/src/graphql/generated/**',
      'apps/web/vite.config.ts',
      'apps/web/codegen.ts',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts', '**/*.tsx'] })),
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(depConstraints),
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.spec.tsx',
      '**/*.e2e-spec.ts',
      '**/*.integration-spec.ts',
      '**/*.fixture.ts',
    ],
    rules: { '@nx/enforce-module-boundaries': boundaries(testDepConstraints) },
  },
  {
    // The system-test harness boots the real API, worker and CLI in-process; apps have no alias, only paths.
    files: ['test/support/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(depConstraints, ['../../apps/**']) },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.integration-spec.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // The node scripts (scripts/, bench/, the tool configs) are plain JavaScript outside every tsconfig:
  // ESLint's own recommended rules with node's globals, and the same house rules where they need no types.
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    rules: {
      ...js.configs.recommended.rules,
      'no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },
  { files: ['**/*.cjs', '**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  prettier,
);
