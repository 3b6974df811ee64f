// State machine panel: RFC 9293 Figure 5 per side, lighting the current state and the last transition.
export { StateDiagram, type StateDiagramProps } from './StateDiagram.tsx';
export {
  EDGES,
  NODES,
  findEdge,
  nodeById,
  nodesOfState,
  edgePathD,
  type DiagramEdge,
  type DiagramNode,
  type EdgeKind,
  type EdgeLabel,
  type EdgeMatch,
  type Transition,
} from './diagram.ts';
export { sideStateAt, type SideState } from './side-state.ts';
export {
  stateDiagramMessagesEn,
  type StateDiagramCatalogue,
  type StateDiagramKey,
} from './messages.en.ts';
