import { Agent, buildConnector } from 'undici';
import {
  BlockedAddressError,
  guardedLookup,
  isRefusedAddress,
  type AddressPolicy,
  type Resolver,
} from './address-guard.js';

export interface GuardedAgentOptions extends AddressPolicy {
  timeoutMs: number;
  /** The resolver names go through (tests inject one); the system's by default. */
  resolver?: Resolver;
}

/**
 * An undici dispatcher that refuses private and local addresses twice: when a name resolves
 * (guarded lookup) and once connected, on the socket's actual remote address, so literal IPs
 * in any notation, every redirect hop and every later connection are checked alike.
 */
export function createGuardedAgent(options: GuardedAgentOptions): Agent {
  const connect = buildConnector({
    lookup: guardedLookup(options, options.resolver),
    timeout: options.timeoutMs,
  });
  return new Agent({
    connect: (connectOptions, callback) =>
      connect(connectOptions, (error, socket) => {
        if (error || !socket) return callback(error ?? new Error('no socket'), null);
        const remote = socket.remoteAddress ?? '';
        if (isRefusedAddress(remote, options)) {
          socket.destroy();
          return callback(
            new BlockedAddressError(
              `${connectOptions.hostname} connects to ${remote}, a private or local address`,
            ),
            null,
          );
        }
        callback(null, socket);
      }),
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
}
