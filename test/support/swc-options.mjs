// How the TypeScript sources are compiled outside `tsc` (jest, and the loader of child processes and worker threads):
// legacy decorators and decorator metadata, as Nest needs them.
export const SWC_OPTIONS = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2023',
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};
