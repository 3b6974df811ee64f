// Everything of sharing and files that the first frame does not need, in ONE lazily loaded
// chunk: the share dialog, the Export panel's file controls, the page-wide drop, the tab's
// title. (One module on purpose: lazy chunks that share modules with each other made the
// bundler split the app's own modules out of the entry into extra chunks, which the first
// frame then loads too.)
export { default as ShareDialog } from './ShareDialog.tsx';
export { default as FileTools } from '../scenario-file/FileTools.tsx';
export { FileDropZone } from '../scenario-file/FileDropZone.tsx';
export { DocumentTitle } from './DocumentTitle.tsx';
