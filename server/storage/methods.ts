/**
 * The method names of a store, from an object with one key per method: the compiler refuses an
 * object that misses a method or names one the store does not have, so the list cannot fall behind
 * its interface. The contract suite checks every listed method against the rules that cover it.
 */
export const methodsOf = <T>(names: { [K in keyof T]-?: true }): (keyof T & string)[] =>
  Object.keys(names) as (keyof T & string)[];
