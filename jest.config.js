/** Three projects: pure unit tests (node), React components (jsdom), and the built demo in headless Chromium. */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }]; // isolatedModules comes from tsconfig.json: transpile only, tsc type-checks
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  // office-addin-mock pulls office-addin-manifest, whose dependency chain is ESM-only; the mock never needs it.
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js' },
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    { ...common, displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/dom/**/*.test.tsx'] },
    { ...common, displayName: 'browser', testEnvironment: 'node', testMatch: ['<rootDir>/test/browser/**/*.test.ts'] },
  ],
};
