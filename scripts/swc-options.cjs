// One set of swc options for the build and for Jest: decorators with metadata (Nest, TypeORM) and the
// workspace's path aliases rewritten to relative imports.
const { resolve } = require('node:path');
const tsconfig = require('../tsconfig.base.json');

const root = resolve(__dirname, '..');

module.exports = function swcOptions({ sourceMaps = true } = {}) {
  return {
    sourceMaps,
    module: { type: 'commonjs' },
    jsc: {
      parser: { syntax: 'typescript', decorators: true, dynamicImport: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: tsconfig.compilerOptions.paths,
    },
  };
};
