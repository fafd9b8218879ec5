// ESLint checks one thing here: that no regular expression can backtrack
// catastrophically (eslint-plugin-regexp), so that every pass stays linear.
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: {parser: tseslint.parser},
    plugins: {regexp},
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-dupe-disjunctions': 'error'
    }
  }
]
