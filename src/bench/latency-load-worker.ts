import { parentPort, workerData } from 'node:worker_threads';
import { loadPathsHere, type LoadRequest } from './latency-load.js';

/** The load generator's thread (`loadPaths`): loads the routes, then posts the figures back. */
const { base, paths, connections, seconds } = workerData as LoadRequest;
parentPort!.postMessage(await loadPathsHere(base, paths, connections, seconds));
