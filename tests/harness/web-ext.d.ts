// The part of web-ext's programmatic API that lint-firefox.mjs uses (web-ext ships no types).
declare module 'web-ext' {
  export interface LintMessage {
    _type: 'error' | 'warning' | 'notice';
    code: string;
    message: string;
    description?: string;
    file?: string;
    line?: number;
  }
  interface LintResult {
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(options: { sourceDir: string; output: 'none' | 'json' | 'text' }, settings: { shouldExitProgram: boolean }): Promise<LintResult>;
    };
  };
  export default webExt;
}
