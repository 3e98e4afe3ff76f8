import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * A worker thread on a sibling script of `moduleUrl` named `name` (without extension): the built
 * `.js`, or under a TypeScript runner (tests) the `.ts` source with tsx registered first.
 */
export function startScriptWorker(
  moduleUrl: string,
  name: string,
  options: { resourceLimits?: ResourceLimits; workerData?: unknown } = {},
): Worker {
  const typescript = moduleUrl.endsWith('.ts');
  const url = new URL(`./${name}${typescript ? '.ts' : '.js'}`, moduleUrl);
  if (!typescript) return new Worker(url, options);
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
