// The imported-capture mode of the store (issue 5). While a capture is shown, the timeline's
// one trace is a captured conversation (states inferred, marked so) instead of a simulation;
// the scenario stays in the store untouched, so leaving the capture (choosing a scenario, or
// "Back to the simulation") runs it again, and the link keeps naming it: a capture is never
// put in the URL. Parsing happens in the capture worker; this slice only receives its answers.
import type { StoreApi } from 'zustand/vanilla';
import type { CapturePhrase } from '../import/capture-phrases.ts';
import type { CaptureConversationTrace, CaptureParsed } from '../protocol/capture-messages.ts';
import type { CaptureTrace } from '../import/timeline-trace.ts';
import { buildPlaybackModel } from './playback-model.ts';
import { buildTimeScale, DEFAULT_TIME_SCALE } from './time-scale.ts';
import type { LabState } from './store.ts';

/** The parsed capture as the worker sent it (the file, its conversations, the one shown). */
export type CaptureView = Omit<CaptureParsed, 'v' | 'type' | 'requestId'> & {
  /** The comparison switch before the capture was opened, restored on leaving. */
  compareBefore: boolean;
};

export interface CaptureImportStatus {
  status: 'idle' | 'reading' | 'error';
  fileName: string | null;
  /** What is wrong with the file (or the request), for a role="alert" message in the page's language. */
  problem: CapturePhrase | null;
}

export interface CaptureSlice {
  /** Non-null while an imported capture is shown instead of the simulation. */
  capture: CaptureView | null;
  captureImport: CaptureImportStatus;
}

export interface CaptureActions {
  captureReading(fileName: string): void;
  captureFailed(fileName: string | null, problem: CapturePhrase): void;
  showCapture(parsed: CaptureParsed): void;
  showConversation(answer: CaptureConversationTrace): void;
  /** Back to the simulation of the current scenario. */
  leaveCapture(): void;
  dismissCaptureError(): void;
}

export const INITIAL_CAPTURE_SLICE: CaptureSlice = {
  capture: null,
  captureImport: { status: 'idle', fileName: null, problem: null },
};

/** Display milliseconds between consecutive captured events, at least (≈ 50 px). */
const CAPTURE_MIN_GAP_MS = 40;

type Set = StoreApi<LabState>['setState'];
type Get = StoreApi<LabState>['getState'];

/** Everything the timeline derives from the shown trace, for a capture's trace. */
function showTrace(trace: CaptureTrace): Partial<LabState> {
  return {
    traces: [trace],
    protocols: ['three-way'],
    model: buildPlaybackModel([trace]),
    // Segments seen microseconds apart (loopback, a SYN-ACK and the ACK it draws) still get
    // room for their labels: the axis stays true, only the spacing between events stretches.
    scale: buildTimeScale(
      trace.events.map((e) => e.t),
      { ...DEFAULT_TIME_SCALE, minGapMs: CAPTURE_MIN_GAP_MS },
    ),
    status: 'ready',
    error: null,
    problems: [],
    runtimeMs: null,
    index: 0,
    time: 0,
    playing: false,
    selected: null,
  };
}

function view({ v: _v, type: _type, requestId: _id, ...rest }: CaptureParsed) {
  return rest;
}

/** `stopRuns` makes any simulation still in flight land nowhere (it would replace the capture). */
export function createCaptureActions(set: Set, get: Get, stopRuns: () => void): CaptureActions {
  return {
    captureReading: (fileName) =>
      set({ captureImport: { status: 'reading', fileName, problem: null } }),
    captureFailed: (fileName, problem) =>
      set({ captureImport: { status: 'error', fileName, problem } }),
    showCapture(parsed) {
      stopRuns();
      const before = get().capture;
      set({
        ...showTrace(parsed.trace),
        compare: false,
        // Wireshark shows relative numbers by default; the header switch still works.
        seqMode: 'relative',
        captureImport: { status: 'idle', fileName: parsed.fileName, problem: null },
        capture: {
          ...view(parsed),
          compareBefore: before ? before.compareBefore : get().compare,
        },
      });
    },
    showConversation(answer) {
      const capture = get().capture;
      if (!capture || capture.captureId !== answer.captureId) return;
      set({
        ...showTrace(answer.trace),
        captureImport: { status: 'idle', fileName: capture.fileName, problem: null },
        capture: { ...capture, chosen: answer.conversation, trace: answer.trace },
      });
    },
    leaveCapture() {
      const { capture, scenarioId, scenario, actions } = get();
      if (!capture) return;
      actions.loadScenario(scenarioId, scenario, { compare: capture.compareBefore });
    },
    dismissCaptureError: () =>
      set((s) => ({ captureImport: { ...s.captureImport, status: 'idle', problem: null } })),
  };
}
