/** Jest runs the TypeScript sources as ESM, types stripped by esbuild; see scripts/test.mjs for the Node flags. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/test-support/esbuild-transform.mjs' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // The hostile-answer tests run the built bundle against misbehaving stand-ins: npm run hostile runs them.
  testPathIgnorePatterns: process.env.HCA_HOSTILE === '1' ? ['/node_modules/'] : ['/node_modules/', '<rootDir>/__tests__/hostile/'],
  testTimeout: 30000,
  // Two cores: jest's default (cores - 1) would run one file at a time.
  maxWorkers: 2,
  // Threads, not processes: each test file then starts in a fraction of the time (about a third of npm test's).
  workerThreads: true,
};
