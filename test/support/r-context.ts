/** What the globalSetup hands the test files (vitest's provide/inject). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the test run's R server (test/support/r-global-setup.ts). */
    rServer: string;
  }
}

export {};
