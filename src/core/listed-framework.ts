/** One framework as `attune list` shows it. */
export interface ListedFramework {
  id: string;
  source: 'bundled' | 'local';
  /** Where a local framework is, relative to the working directory; absent for bundled ones. */
  path?: string;
  /** What a valid framework holds (after `extends`); absent where it has errors. */
  version?: string;
  title?: string;
  language?: string;
  questions?: number;
  domains?: number;
  errors: number;
  warnings: number;
  /** Where an earlier framework has the same id, that one is used: bundled, or its path. */
  hiddenBy?: string;
}
