/**
 * Call `stop` once the process that started this one is gone (its parent id changes when it is
 * re-parented), so `npm start` killed by SIGTERM or SIGKILL leaves no server holding the port.
 */
export function exitWithParent(stop: () => void, intervalMs = 500): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    stop();
  }, intervalMs);
  timer.unref();
}
