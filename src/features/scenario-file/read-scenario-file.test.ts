import { describe, expect, it } from 'vitest';
import { findBuiltIn } from '../../app/builtin-scenarios.ts';
import { scenarioFileText } from '../../export/scenario-file.ts';
import { scenarioMetadata } from '../../export/svg-metadata.ts';
import { readScenarioFile } from './read-scenario-file.ts';
import { sniffFileKind } from './sniff.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sniffing a file by its content', () => {
  it('knows JSON by its "{", markup by "<", captures by their magic numbers', () => {
    expect(sniffFileKind(bytes('{"version":1}'))).toBe('scenario-json');
    expect(sniffFileKind(bytes('\ufeff \n\t {'))).toBe('scenario-json');
    expect(sniffFileKind(bytes('  <?xml version="1.0"?><svg/>'))).toBe('markup');
    expect(sniffFileKind(new Uint8Array([0xd4, 0xc3, 0xb2, 0xa1, 2, 0]))).toBe('capture');
    expect(sniffFileKind(new Uint8Array([0x0a, 0x0d, 0x0d, 0x0a, 0x1c]))).toBe('capture');
    expect(sniffFileKind(new Uint8Array([0x4d, 0x3c, 0xb2, 0xa1]))).toBe('capture');
  });

  it('calls anything else other: a JSON list, plain text, a PNG, an empty file', () => {
    for (const head of [
      bytes('[1,2]'),
      bytes('version: 1'),
      new Uint8Array([0x89, 0x50]),
      bytes(''),
    ])
      expect(sniffFileKind(head)).toBe('other');
  });
});

describe('reading a scenario file', () => {
  const scenario = findBuiltIn('lost-syn')!.scenario;

  it('reads a JSON file and the scenario inside an exported SVG alike', () => {
    const text = scenarioFileText(scenario);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">${scenarioMetadata(text)}</svg>`;
    for (const [input, kind] of [
      [text, 'scenario-json'],
      [svg, 'markup'],
    ] as const) {
      const result = readScenarioFile(input, kind);
      expect(result.ok && result.scenario).toEqual(scenario);
    }
  });

  it('names the field at fault, or the line and column of broken JSON', () => {
    const wrongField = readScenarioFile(
      '{"version":1,"faults":[{"match":{"from":"client","nth":0},"action":"drop"}]}',
      'scenario-json',
    );
    expect(wrongField).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!wrongField.ok && wrongField.reason === 'invalid' && wrongField.errors[0]!.path).toBe(
      'faults[0].match.nth',
    );
    const broken = readScenarioFile('{\n  "version": 1,\n  "seed": \n}', 'scenario-json');
    expect(!broken.ok && broken.reason === 'invalid' && broken.errors[0]!.message).toMatch(
      /line 4, column 1/,
    );
  });

  it('says when an SVG carries no scenario', () => {
    expect(readScenarioFile('<svg xmlns="http://www.w3.org/2000/svg"/>', 'markup')).toEqual({
      ok: false,
      reason: 'no-scenario-in-svg',
    });
  });
});
