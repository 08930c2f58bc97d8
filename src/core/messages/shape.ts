// What makes a namespace bilingual: the English object has exactly the French one's keys, checked by the compiler
// (and by test/unit/messages.test.ts at run time, for every namespace of this folder).

/** The same keys as T, with strings (or nested objects of strings) as values. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** A namespace of the catalogue: its French and English texts. */
export interface MessageNamespace<T> {
  fr: T;
  en: Shape<T>;
}
