// Segment inspector. The component is NOT re-exported here so the app can code-split it:
//   const SegmentInspector = lazy(() => import('./features/inspector/SegmentInspector.tsx'));
export type { SegmentInspectorProps } from './SegmentInspector.tsx';
export {
  headerModel,
  segmentStory,
  type HeaderModel,
  type HeaderRow,
  type HeaderCell,
  type SegmentStory,
  type SegmentOutcome,
} from './header-model.ts';
export { inspectorMessagesEn, type InspectorCatalogue, type InspectorKey } from './messages.en.ts';
