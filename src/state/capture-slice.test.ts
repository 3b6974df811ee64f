import { readFileSync } from 'node:fs';
import { sayCapturePhrase } from '../import/capture-phrases.ts';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedBases } from '../features/capture/captured-trace.ts';
import { segmentStory } from '../features/inspector/header-model.ts';
import { storyLines, translator } from '../features/inspector/inspector-text.ts';
import {
  openCaptureFile,
  chooseConversation,
  setCaptureWorkerFactory,
} from '../features/capture/open-capture.ts';
import { createCaptureHandler } from '../protocol/capture-handler.ts';
import { PROTOCOL_VERSION, type CaptureParsed } from '../protocol/capture-messages.ts';
import { createInThreadCaptureWorker } from '../protocol/in-thread-capture-worker.ts';
import { createInThreadWorker } from '../protocol/in-thread-worker.ts';
import { createSimClient } from '../protocol/sim-client.ts';
import { createLabStore, type LabState, type LabStore } from './store.ts';
import { handshake } from './test-scenarios.ts';
import { indexTrace, laneStatusAt } from './trace-index.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/linux');
const bytesOf = (name: string) => readFileSync(join(FIXTURES, `${name}.pcap`));

function parsed(name: string): CaptureParsed {
  const b = bytesOf(name);
  const bytes = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  return createCaptureHandler().handle({
    v: PROTOCOL_VERSION,
    type: 'parse-capture',
    requestId: 1,
    fileName: `${name}.pcap`,
    bytes,
  }) as CaptureParsed;
}

function makeStore(compare = false): LabStore {
  return createLabStore({
    client: createSimClient({ createWorker: () => createInThreadWorker() }),
    initial: { scenarioId: 'basic', scenario: handshake, compare },
  });
}

function until(store: LabStore, done: (s: LabState) => boolean): Promise<LabState> {
  return new Promise((resolve) => {
    if (done(store.getState())) return resolve(store.getState());
    const stop = store.subscribe((s) => {
      if (done(s)) {
        stop();
        resolve(s);
      }
    });
  });
}

describe('imported-capture mode of the store', () => {
  it('shows the capture trace at its start, with relative numbers, and no comparison', async () => {
    const store = makeStore(true);
    await until(store, (s) => s.status === 'ready');
    store.getState().actions.seekIndex(3);
    const capture = parsed('plain-connect-close');
    store.getState().actions.showCapture(capture);
    const s = store.getState();
    expect(s.capture?.fileName).toBe('plain-connect-close.pcap');
    expect(s.traces).toEqual([capture.trace]);
    expect([s.compare, s.index, s.time, s.seqMode, s.status]).toEqual([
      false,
      0,
      0,
      'relative',
      'ready',
    ]);
    expect(s.model.length).toBe(capture.trace.events.length);
    // The timeline's index uses the capture's relative numbers; the lane states are the inferred ones.
    const idx = indexTrace(s.traces[0]!);
    expect(
      idx.segments.slice(0, 3).map((x) => [x.segment.flags.join(','), x.relSeq, x.relAck]),
    ).toEqual([
      ['SYN', 0, null],
      ['SYN,ACK', 0, 1],
      ['ACK', 1, 1],
    ]);
    expect(laneStatusAt(idx, 'server', 1).state).toBe('LISTEN');
    expect(laneStatusAt(idx, 'client', s.model.length).state).toBe('TIME-WAIT');
  });

  it('a simulation still in flight does not replace the capture', async () => {
    const store = makeStore();
    store.getState().actions.setLatency(80); // starts a run
    store.getState().actions.showCapture(parsed('lost-syn'));
    await new Promise((r) => setTimeout(r, 30));
    expect(store.getState().traces[0]).toHaveProperty('source', 'capture');
  });

  it('choosing a scenario, or going back, returns to the simulation and restores the comparison', async () => {
    const store = makeStore(true);
    await until(store, (s) => s.status === 'ready');
    store.getState().actions.showCapture(parsed('lost-syn'));
    store.getState().actions.leaveCapture();
    const back = await until(store, (s) => s.status === 'ready' && s.traces.length === 2);
    expect(back.capture).toBeNull();
    expect(back.compare).toBe(true);
    store.getState().actions.showCapture(parsed('lost-syn'));
    store.getState().actions.loadScenario('basic', handshake, { compare: false });
    const again = await until(
      store,
      (s) => s.status === 'ready' && !('source' in (s.traces[0] ?? {})),
    );
    expect(again.capture).toBeNull();
  });

  it('ignores an answer about a capture that is no longer shown', () => {
    const store = makeStore();
    const first = parsed('lost-syn');
    store.getState().actions.showCapture(first);
    store.getState().actions.showConversation({
      v: 1,
      type: 'capture-trace',
      requestId: 9,
      captureId: first.captureId + 5,
      conversation: 0,
      trace: parsed('closed-port').trace,
    });
    expect(store.getState().traces[0]).toBe(first.trace);
  });

  it('the inspector says a captured segment was seen, not that it arrived', () => {
    const { trace } = parsed('plain-connect-close');
    const lines = storyLines(segmentStory(trace.events, trace.segments[1]!), translator());
    expect(lines[1]).toMatch(
      /^Seen in the capture at 0\.1\d* s; whether and when it reached the other side is not in the file\.$/,
    );
    expect(lines.join(' ')).not.toContain('accepted');
  });

  it('inspector bases give back the relative numbers of a captured segment', () => {
    const [, synAck] = parsed('plain-connect-close').trace.segments;
    const bases = capturedBases(synAck!)!;
    expect((synAck!.seq - bases.server) >>> 0).toBe(0);
    expect((synAck!.ack! - bases.client) >>> 0).toBe(1);
  });
});

describe('openCaptureFile', () => {
  setCaptureWorkerFactory(() => createInThreadCaptureWorker());

  it('opens a file, then another conversation of it', async () => {
    const store = makeStore();
    await openCaptureFile(store, new File([bytesOf('syn-blackhole')], 'syn-blackhole.pcap'));
    const s = store.getState();
    expect(s.capture?.conversations.length).toBe(1);
    expect(s.captureImport.status).toBe('idle');
    await chooseConversation(store, 0); // already shown: nothing to do
    expect(store.getState().capture?.chosen).toBe(0);
  });

  it('a corrupt file leaves the lab as it was and says why', async () => {
    const store = makeStore();
    const ready = await until(store, (s) => s.status === 'ready');
    await openCaptureFile(
      store,
      new File([new Uint8Array([0xde, 0xad, 0xbe, 0xef, 1, 2, 3])], 'junk.pcap'),
    );
    const s = store.getState();
    expect(s.captureImport).toMatchObject({ status: 'error', fileName: 'junk.pcap' });
    expect(sayCapturePhrase(s.captureImport.problem!)).toBe(
      'not a pcap or pcapng file (magic 0xdeadbeef)',
    );
    expect(s.capture).toBeNull();
    expect(s.traces).toBe(ready.traces);
  });

  it('refuses a file over the limit before reading it', async () => {
    const store = makeStore();
    const huge = {
      name: 'huge.pcap',
      size: 300 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('read')),
    } as unknown as File;
    await openCaptureFile(store, huge);
    expect(sayCapturePhrase(store.getState().captureImport.problem!)).toBe(
      'file is 300 MB; the limit is 64 MB',
    );
  });
});
