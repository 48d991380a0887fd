// The engine the end-to-end tests run against: the real one, built once per test file.
import { loadEngine } from '../../../src/load.ts';
import type { Engine } from '../../../src/search/types.ts';

let engine: Engine | null = null;

export async function realEngine(): Promise<Engine> {
  engine ??= loadEngine();
  return engine;
}

/** The real engine, with a switch that makes `ask` throw (to test error handling). */
export async function breakableEngine(): Promise<{ engine: Engine; breakAsk(on: boolean): void }> {
  const real = await realEngine();
  let broken = false;
  // A proxy, not a copy: the real engine's methods keep their own `this` (private fields and all).
  const engine = new Proxy(real, {
    get(target, prop) {
      if (prop === 'ask' && broken)
        return () => {
          throw new Error('engine exploded on purpose');
        };
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { engine, breakAsk: (on) => (broken = on) };
}
