// The capture panel's styles, hoisted once by React 19 (<style href precedence>), loaded with
// the panel rather than with the first frame.
export const CAPTURE_CSS = `
.capture-panel-head {
  display: flex;
  justify-content: space-between;
  align-items: center;
}
.capture-close {
  border: 1px solid #aab1bf;
  background: #fff;
  border-radius: 6px;
  min-width: 32px;
  min-height: 32px;
}
.capture-drop {
  border: 2px dashed #aab1bf;
  border-radius: 8px;
  padding: 10px;
  display: grid;
  grid-template-columns: minmax(0, 1fr);
  gap: 6px;
}
.capture-drop.is-dragging {
  border-color: var(--client);
  background: #eef4ff;
}
.capture-drop label {
  font-weight: 600;
  white-space: normal;
  overflow-wrap: anywhere;
}
.capture-drop input {
  max-width: 100%;
}
.capture-drop p,
.capture-panel > p {
  margin: 4px 0;
}
.capture-small {
  font-size: 16px;
}
.capture-alert {
  border: 1px solid var(--bad);
  background: #fdf1ef;
  border-radius: 6px;
  padding: 6px 8px;
  margin: 6px 0;
}
.capture-alert p {
  margin: 0 0 6px;
  color: var(--bad);
  overflow-wrap: anywhere;
}
.capture-file {
  font-weight: 600;
  overflow-wrap: anywhere;
}
.capture-conversations {
  border: 1px solid var(--line);
  border-radius: 6px;
  margin: 6px 0;
  padding: 4px 8px 8px;
  display: grid;
  gap: 4px;
  max-height: 260px;
  overflow: auto;
}
.capture-conversation {
  display: flex;
  gap: 8px;
  align-items: flex-start;
  padding: 4px;
  border-radius: 4px;
}
.capture-conversation.is-chosen {
  background: #eef4ff;
}
.capture-endpoints {
  display: block;
  font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
  overflow-wrap: anywhere;
}
.capture-facts {
  display: block;
  font-size: 16px;
  color: var(--muted);
}
.capture-back,
.capture-alert button {
  border: 1px solid #aab1bf;
  background: #fff;
  border-radius: 6px;
  min-height: 36px;
  padding: 2px 10px;
  font: inherit;
}
`;
