// Server-rendered markup of a side's verdict, from a real store holding both runs.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createInThreadWorker } from '../../protocol/in-thread-worker.ts';
import { createSimClient } from '../../protocol/sim-client.ts';
import { findPreset } from '../../presets/index.ts';
import { scenariosFor } from '../../state/compare-mode.ts';
import { LabProvider } from '../../state/LabProvider.tsx';
import { createLabStore } from '../../state/store.ts';
import { simulate } from '../../core/index.ts';
import { VerdictCaption } from './VerdictCaption.tsx';

function storeFor(predict: boolean) {
  const { scenario } = findPreset('old-duplicate-syn')!;
  return createLabStore({
    client: createSimClient({ createWorker: () => createInThreadWorker() }),
    initial: {
      scenarioId: 'old-duplicate-syn',
      scenario,
      compare: 'protocols',
      traces: scenariosFor(scenario, 'protocols').scenarios.map((s) => simulate(s)),
      modes: { predict },
    },
  });
}

/**
 * The two-way side's verdict at the store's current moment. The server renderer reads a
 * store's server snapshot, which zustand takes from its initial state: point that at now.
 */
function twoWayVerdict(store: ReturnType<typeof storeFor>): string {
  const now = store.getState();
  store.getInitialState = () => now;
  return renderToStaticMarkup(
    <LabProvider store={store}>
      <VerdictCaption traceIndex={0} />
    </LabProvider>,
  );
}

describe('the verdict above a side', () => {
  it('follows the playhead: nothing so far, then the phantom while it lasts, then its span', () => {
    const store = storeFor(false);
    expect(twoWayVerdict(store)).toContain('Two-way: no phantom connection so far');
    expect(twoWayVerdict(store)).toContain('class="verdict good"');
    store.getState().actions.seekTime(3100);
    expect(twoWayVerdict(store)).toContain(
      'Two-way: the server holds a phantom connection since 3.05 s',
    );
    expect(twoWayVerdict(store)).toContain('class="verdict bad"');
    store.getState().actions.jumpToEnd();
    expect(twoWayVerdict(store)).toContain(
      'Two-way: the server held a phantom connection from 3.05 s until 3.15 s',
    );
  });

  it('in predict mode, waits until that side has been played to its end', () => {
    const store = storeFor(true);
    expect(twoWayVerdict(store)).toContain('Two-way: the verdict shows at the end (predict mode)');
    expect(twoWayVerdict(store)).not.toContain('phantom');
    store.getState().actions.jumpToEnd();
    expect(twoWayVerdict(store)).toContain('held a phantom connection');
  });
});
