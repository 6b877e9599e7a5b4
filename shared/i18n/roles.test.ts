import { describe, expect, it } from 'vitest';
import { MEMBER_ROLES, ROLE_RULES } from '../roles';
import { CATALOGUES } from './languages';

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

describe('role labels', () => {
  it('every role in ROLE_RULES has its name and its group’s name in every catalogue', () => {
    for (const [lang, catalog] of Object.entries(CATALOGUES))
      for (const role of MEMBER_ROLES) {
        const { label, group } = ROLE_RULES[role];
        expect(typeof lookup(catalog, label), `${lang} ${label}`).toBe('string');
        expect(typeof lookup(catalog, `groups.${group}`), `${lang} groups.${group}`).toBe('string');
      }
  });
});
