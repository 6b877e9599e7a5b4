import { afterEach, beforeEach, describe, it } from 'vitest';
import type { Storage, StorageMethod } from '../Storage';

/**
 * How a backend's test file hands the contract a store: each call makes a fresh, empty one; `open`
 * opens it (again, after close, for the rules about reopening) and `cleanup` removes it.
 */
export type StorageFactory = () => Promise<{ open: () => Promise<Storage>; cleanup: () => Promise<void> }>;

/** Which rule ids were declared and which methods each covers, for one run of the contract. */
export interface ContractRegistry {
  readonly ids: Set<string>;
  readonly covered: Map<StorageMethod, string[]>;
}

export const newRegistry = (): ContractRegistry => ({ ids: new Set(), covered: new Map() });

/** What a group of rules gets: the store under test (fresh per rule) and a way to declare a rule. */
export interface ContractScope {
  /** The open store of the running rule. */
  readonly storage: Storage;
  /** Closes the store and opens the same one again; `storage` is the reopened one afterwards. */
  reopen(): Promise<Storage>;
  /** Opens the same store a second time, as another instance would (closed after the rule). */
  another(): Promise<Storage>;
  /**
   * Declares rule `id` (as written in SPEC.md) as a test named `[id] title`. `covers` lists the
   * methods the rule is about; the test fails when it does not call each of them, and the contract
   * fails when a method of the interface is covered by no rule.
   */
  rule(id: string, covers: readonly StorageMethod[], title: string, body: () => Promise<void>): void;
}

/** Records which methods of the store are called, so a rule's `covers` is checked, not trusted. */
function recording(storage: Storage, calls: Set<string>): Storage {
  return new Proxy(storage, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        calls.add(prop);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

export interface StoreGroup {
  /** Shown in the test tree, e.g. "meetings". */
  title: string;
  /** Runs on every fresh store before each rule (rows the rules of this group need). */
  seed?: (storage: Storage) => Promise<void>;
  rules: (scope: ContractScope) => void;
}

/** One describe block of rules against fresh stores from `factory`. */
export function describeStore(
  backend: string,
  factory: StorageFactory,
  registry: ContractRegistry,
  group: StoreGroup,
): void {
  describe(`Storage contract (${backend}): ${group.title}`, () => {
    let current: Storage | null = null;
    let open: () => Promise<Storage>;
    let cleanup: () => Promise<void>;
    const calls = new Set<string>();
    const others: Storage[] = [];
    const scope: ContractScope = {
      get storage() {
        if (!current) throw new Error('no store is open');
        return current;
      },
      async reopen() {
        await current?.close();
        current = recording(await open(), calls);
        return current;
      },
      async another() {
        const other = recording(await open(), calls);
        others.push(other);
        return other;
      },
      rule(id, covers, title, body) {
        registry.ids.add(id);
        for (const method of covers)
          registry.covered.set(method, [...(registry.covered.get(method) ?? []), id]);
        it(`[${id}] ${title}`, async () => {
          calls.clear();
          await body();
          const uncalled = covers.filter((m) => !calls.has(m));
          if (uncalled.length > 0)
            throw new Error(`[${id}] covers ${uncalled.join(', ')} but never calls it`);
        });
      },
    };
    beforeEach(async () => {
      ({ open, cleanup } = await factory());
      const storage = await open();
      await group.seed?.(storage);
      current = recording(storage, calls);
    });
    afterEach(async () => {
      for (const other of others.splice(0)) await other.close();
      await current?.close();
      current = null;
      await cleanup();
    });
    group.rules(scope);
  });
}
