/**
 * Runs `load` on the first call and hands every later call the same promise, unless it failed:
 * then the next call tries again (a panel opened again once the connection is back).
 */
export function onceUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}
