import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORAGE_METHODS } from '../Storage';
import { runAkkoordContract } from './akkoord.contract';
import { runBallotContract } from './ballots.contract';
import { runBoardContract } from './boards.contract';
import { runDocContract } from './docs.contract';
import { runDocumentContract } from './documents.contract';
import { runEnumContract } from './enums.contract';
import { type ContractRegistry, newRegistry, type StorageFactory } from './harness';
import { runLockContract } from './locks.contract';
import { runMeetingContract } from './meetings.contract';
import { runMemberContract } from './members.contract';
import { runMonitoringContract } from './monitoring.contract';
import { runNetworkContract } from './network.contract';
import { runUitvoeringContract } from './uitvoering.contract';
import { runVoteContract } from './votes.contract';
import { runWijkpaginaContract } from './wijkpagina.contract';
import { runWorkspaceContract } from './workspace.contract';

export type { StorageFactory } from './harness';

/** The rule ids SPEC.md defines for every backend (rows of its tables that start with `| [STORE-`). */
export function specRuleIds(): string[] {
  const spec = fs.readFileSync(new URL('../SPEC.md', import.meta.url), 'utf8');
  return [...spec.matchAll(/^\| \[(STORE-[A-Z]+\d+)\]/gm)].map((m) => m[1] as string);
}

function coverage(backend: string, registry: ContractRegistry): void {
  describe(`Storage contract (${backend}): completeness`, () => {
    it('every method of every store interface is covered by at least one rule', () => {
      expect(STORAGE_METHODS.filter((m) => !registry.covered.has(m))).toEqual([]);
    });
    it('every rule of SPEC.md has its test, and every test its rule', () => {
      const spec = specRuleIds();
      expect([...registry.ids].filter((id) => !spec.includes(id))).toEqual([]);
      expect(spec.filter((id) => !registry.ids.has(id))).toEqual([]);
      expect(new Set(spec).size).toBe(spec.length);
    });
  });
}

/**
 * Every rule of server/storage/SPEC.md against one backend. A backend's test file calls this once
 * with a factory of fresh, empty stores opened through `openStorage` (the enumerated values are
 * checked at that boundary).
 */
export function runStorageContract(backend: string, factory: StorageFactory): void {
  const registry = newRegistry();
  runDocContract(backend, factory, registry);
  runLockContract(backend, factory, registry);
  runWorkspaceContract(backend, factory, registry);
  runMemberContract(backend, factory, registry);
  runDocumentContract(backend, factory, registry);
  runVoteContract(backend, factory, registry);
  runBallotContract(backend, factory, registry);
  runBoardContract(backend, factory, registry);
  runMeetingContract(backend, factory, registry);
  runNetworkContract(backend, factory, registry);
  runAkkoordContract(backend, factory, registry);
  runMonitoringContract(backend, factory, registry);
  runUitvoeringContract(backend, factory, registry);
  runWijkpaginaContract(backend, factory, registry);
  runEnumContract(backend, factory, registry);
  coverage(backend, registry);
}
