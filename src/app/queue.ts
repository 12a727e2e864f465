// One evaluation at a time per PR: runs for the same key wait for each other, different keys run side by side.

/** What the App needs of a queue: run a task exclusively for a key, and say when nothing is running. */
export interface PrQueue {
  /** `unavailable` answers instead of `task` when the PR could not be had in time (another replica held it). */
  run<T>(key: string, task: () => Promise<T>, unavailable?: (why: string) => Promise<T>): Promise<T>;
  idle(): Promise<void>;
}

/** The embedded queue: exclusive within this process. */
export class KeyedQueue implements PrQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Run `task` after every task queued before it under `key`; its result or error is the returned promise's. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Resolves once every queued task has finished. */
  async idle(): Promise<void> {
    while (this.#tails.size > 0) await Promise.all([...this.#tails.values()]);
  }
}
