// Messages between the load benchmark (bench/load.ts, the bot's process) and its driver (bench/load/driver.ts, a
// separate process holding the fake Discord and the load generator), so the harness never competes with the bot's
// event loop for connections.
import type { Summary } from '../stats.ts';

export interface LoadRun {
  mode: string;
  inFlight: number;
  sent: number;
  answered: number;
  latency: Summary;
  wallMs: number;
  /** Answered per second of wall time. */
  throughput: number;
  /**
   * CPU time the bot's process spent per interaction (user + system, warm-up included in both): unlike latency and throughput it hardly moves when other processes load the machine.
   */
  botCpuMs?: number;
  /** Interactions sent before the measured ones (not in the latency figures, but in the CPU time). */
  warmUp: number;
}

export type ToDriver =
  | { cmd: 'fake' }
  | { cmd: 'gateway'; mode: string; inFlight: number; count: number }
  | { cmd: 'http'; mode: string; url: string; privateKeyPem: string; inFlight: number; count: number }
  | { cmd: 'deferred'; count: number }
  | { cmd: 'stop' };

export type FromDriver =
  | { ok: 'fake'; apiUrl: string; guildId: string; applicationId: string }
  | { ok: 'run'; run: LoadRun }
  | { ok: 'deferred'; spreadMs: number; lastMs: number; answered: number }
  | { ok: 'stopped' }
  | { error: string };
