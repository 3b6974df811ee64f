// Files given to the page, dropped anywhere or chosen in "Import scenario", go through
// routeFileByContent: it looks at the content (never the name) and hands the file to the
// importer for its kind. A file that is not right is said plainly, in the language the page
// shows when it is read (worded again after a switch); the current scenario stays.
import { allBuiltIns } from '../../app/builtin-catalogue.ts';
import { loadScenarioAsNavigation } from '../../app/url-sync.ts';
import type { Scenario } from '../../core/scenario.ts';
import { parseScenario } from '../../scenario/validate.ts';
import type { LabStore, Notice } from '../../state/store.ts';
import { sayProblem } from '../scenario-problems/say-problem.ts';
import type { TemplateParams } from '../narration/template.ts';
import type { ShareKey } from '../share/messages.en.ts';
import { shareTranslator } from '../share/share-i18n.ts';
import { readScenarioFile } from './read-scenario-file.ts';
import { SNIFF_BYTES, sniffFileKind } from './sniff.ts';

/** Far above any scenario the format's limits allow; a bigger file is something else. */
const MAX_SCENARIO_MB = 64;

/**
 * THE routing point for a file given to the page. Scenario JSON and exported SVGs are
 * imported here; packet captures (pcap, pcapng) go to the capture importer, which is loaded
 * only when a capture is first given.
 */
export async function routeFileByContent(store: LabStore, file: File): Promise<void> {
  const { notify } = store.getState().actions;
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch (error) {
    notify(shareNotice('scenarioFile.unreadable', { file: file.name, detail: describe(error) }));
    return;
  }
  const kind = sniffFileKind(head);
  switch (kind) {
    case 'scenario-json':
    case 'markup':
      return importScenarioFile(store, file, kind);
    case 'capture': {
      const { openCaptureFile } = await import('../capture/open-capture.ts');
      return openCaptureFile(store, file);
    }
    case 'other':
      return notify(shareNotice('scenarioFile.notScenario', { file: file.name }));
  }
}

async function importScenarioFile(
  store: LabStore,
  file: File,
  kind: 'scenario-json' | 'markup',
): Promise<void> {
  const { actions } = store.getState();
  if (file.size > MAX_SCENARIO_MB * 1024 * 1024) {
    const size = (file.size / 1024 / 1024).toFixed(0);
    actions.notify(
      shareNotice('scenarioFile.tooLarge', { file: file.name, size, max: MAX_SCENARIO_MB }),
    );
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    actions.notify(
      shareNotice('scenarioFile.unreadable', { file: file.name, detail: describe(error) }),
    );
    return;
  }
  const read = readScenarioFile(text, kind);
  if (!read.ok) {
    if (read.reason === 'no-scenario-in-svg')
      return actions.notify(shareNotice('scenarioFile.noScenarioInSvg', { file: file.name }));
    const { errors } = read;
    actions.notify(({ translations }) => {
      const t = shareTranslator(translations?.share);
      const problems = errors.map((e) =>
        t('scenarioFile.problem', { path: e.path, message: sayProblem(e.phrase, translations) }),
      );
      return t('scenarioFile.invalid', {
        file: file.name,
        problems: problems.join(t('scenarioFile.problemSeparator')),
      });
    });
    return;
  }
  // A file that is exactly a built-in scenario opens as that preset (short link, its title).
  // The presets load on their own (not with this module, which would then fail with them).
  const builtIn = (await allBuiltIns()).find((b) => sameScenario(b.scenario, read.scenario));
  loadScenarioAsNavigation(
    store,
    builtIn?.id ?? null,
    read.scenario,
    builtIn ? { compare: builtIn.compare } : undefined,
  );
}

/** Equal as documents: the parser writes fields in one order, whatever order the file used. */
function sameScenario(a: Scenario, b: Scenario): boolean {
  const pa = parseScenario(a);
  const pb = parseScenario(b);
  return pa.ok && pb.ok && JSON.stringify(pa.scenario) === JSON.stringify(pb.scenario);
}

/** A notice from this feature's catalogue, worded in the language shown when it is read. */
function shareNotice(key: ShareKey, params: TemplateParams): Notice {
  return ({ translations }) => shareTranslator(translations?.share)(key, params);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
