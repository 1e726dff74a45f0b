/**
 * How renderers emphasise text. The CLI passes chalk's functions when colour is on; everything
 * else gets `plain`. Meaning never rests on colour: every painted word is also written out.
 */
export interface Paint {
  error: (s: string) => string;
  warning: (s: string) => string;
  ok: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
}

const same = (s: string) => s;
export const plain: Paint = { error: same, warning: same, ok: same, dim: same, bold: same };
