// The browser path of label fitting, with a counting canvas in place of the real one (a file
// of its own: the module keeps the canvas it first finds).
import { afterAll, describe, expect, it } from 'vitest';

let fontSets = 0;
let measures = 0;
const context = {
  _font: '10px sans-serif',
  get font() {
    return this._font;
  },
  set font(value: string) {
    fontSets++;
    this._font = value;
  },
  measureText(text: string) {
    measures++;
    return { width: text.length * 10 };
  },
};
const saved = (globalThis as { document?: unknown }).document;
(globalThis as { document?: unknown }).document = {
  createElement: () => ({ getContext: () => context }),
};
afterAll(() => {
  (globalThis as { document?: unknown }).document = saved;
});
const { fittedLength } = await import('./label-fit.ts');

describe('measuring lane labels in the browser', () => {
  it('measures with the canvas, in the label font', () => {
    expect(fittedLength('ESTABLISHED', 16, 'bold', 100)).toBe(100);
    expect(fittedLength('ESTABLISHED', 16, 'bold', 200)).toBeUndefined();
    expect(context.font).toContain('700 16px');
  });

  it('measures a text in a font once: labels mount on every step, and repeat', () => {
    const before = { fontSets, measures };
    for (let i = 0; i < 50; i++) fittedLength('ESTABLISHED', 16, 'bold', 200);
    expect({ fontSets, measures }).toEqual(before);
    fittedLength('ESTABLISHED', 22, 'bold', 200);
    expect(measures).toBe(before.measures + 1);
  });
});
