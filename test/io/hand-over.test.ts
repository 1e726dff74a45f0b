import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/core/framework.js';
import { FrameworkLoader, handOver, takeOver } from '../../src/io/load-framework.js';

describe('handing a checked framework to a worker thread', () => {
  it.each(['trauma-informed-organisation', 'examples/northside.yaml'])(
    'makes the same framework from a copy of what %s was checked as',
    async (ref) => {
      const framework = await new FrameworkLoader(process.cwd()).require(ref);
      const given = handOver(framework);
      expect(given?.file).toBe(framework.file);
      // What a worker receives is a structured clone: plain data, no shared objects.
      const copy = structuredClone(given);
      if (!copy) throw new Error('a framework from require has a hand-over');
      expect(takeOver(copy)).toEqual(framework);
      expect(copy.chain?.length).toBeGreaterThan(0);
    },
  );

  it('has none for a framework not given out by require, which stays in its thread', async () => {
    const loaded = await new FrameworkLoader(process.cwd()).loadRef('trauma-informed-organisation');
    if (!loaded.doc) throw new Error('the bundled framework is valid');
    expect(handOver(normalise(loaded.doc))).toBeUndefined();
  });
});
