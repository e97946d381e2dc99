import type { RequestHandler } from 'express';
import { UNAVAILABLE_MESSAGE } from '@member-graph/common/errors';
import { sendGraphqlError } from '@member-graph/common/server';

/** How many operations run at once in this gateway process, and how long the others may wait for a turn. */
export interface AdmissionConfig {
  maxConcurrent: number;
  queueWaitMs: number;
}

/**
 * Admission control at the front door: at most `maxConcurrent` operations run at once; the others
 * wait in arrival order (a client that hangs up leaves the queue). A burst is thus served at the
 * rate the subgraphs and databases sustain, instead of piling onto their pools until their own
 * timeouts fire; a request that waits longer than `queueWaitMs` gets SERVICE_UNAVAILABLE (503, retryable).
 */
export function admission(config: AdmissionConfig): RequestHandler {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    while (running < config.maxConcurrent && waiting.length) waiting.shift()!();
  };
  return (_req, res, next) => {
    let admitted = false;
    const start = () => {
      admitted = true;
      running++;
      res.once('close', release);
      next();
    };
    if (running < config.maxConcurrent) return start();
    const turn = () => {
      clearTimeout(timer);
      res.off('close', leave);
      if (!res.destroyed) start();
    };
    const leave = () => {
      clearTimeout(timer);
      const i = waiting.indexOf(turn);
      if (i >= 0) waiting.splice(i, 1);
    };
    const timer = setTimeout(() => {
      leave();
      if (!admitted) sendRetryable(res);
    }, config.queueWaitMs);
    res.once('close', leave); // the client hung up while waiting
    waiting.push(turn);
  };
}

function sendRetryable(res: Parameters<RequestHandler>[1]) {
  res.setHeader('retry-after', '1');
  sendGraphqlError(res, 503, 'SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE, { retryable: true });
}
