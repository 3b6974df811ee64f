// Run a function in a task of its own, soon. A MessagePort message rather than setTimeout(0),
// which browsers clamp to 4 ms once nested: the warm-up's chunks follow each other without
// idle gaps. Each is queued behind whatever already waits, so a request that arrived during a
// chunk is handled before the next one.
export function createNextTask(): (task: () => void) => void {
  const channel = new MessageChannel();
  const tasks: (() => void)[] = [];
  channel.port1.onmessage = () => tasks.shift()?.();
  return (task) => {
    tasks.push(task);
    channel.port2.postMessage(null);
  };
}
