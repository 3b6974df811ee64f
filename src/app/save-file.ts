// Saving a file the lab made (pcap, scenario, diagram): the browser's download of a blob.
export function saveFile(data: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(data instanceof Blob ? data : new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // The download has its own reference by now; give the click a turn before letting go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
