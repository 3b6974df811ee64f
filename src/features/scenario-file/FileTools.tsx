// The Export panel's file controls, loaded after the first frame: the diagram as SVG, PNG and
// Mermaid text, and the scenario file (export, import).
import { DiagramExportButtons } from '../diagram-export/DiagramExportButtons.tsx';
import { ScenarioFileControls } from './ScenarioFileControls.tsx';

export default function FileTools() {
  return (
    <>
      <DiagramExportButtons />
      <ScenarioFileControls />
    </>
  );
}
