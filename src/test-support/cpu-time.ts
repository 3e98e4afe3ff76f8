/**
 * CPU milliseconds `run` takes in this process. Linear-time tests compare these, not wall time: on
 * a shared machine wall time also measures the neighbours.
 */
export function cpuMs(run: () => void): number {
  const began = process.cpuUsage();
  run();
  const used = process.cpuUsage(began);
  return (used.user + used.system) / 1000;
}
