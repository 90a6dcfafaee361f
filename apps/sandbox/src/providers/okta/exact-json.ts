/**
 * `ExactJson<A, B>` maps the type of an imported JSON file (A) onto the expected type (B), turning every key B does
 * not declare into `never`. Assigning the JSON to it therefore fails to compile on a misspelled or unknown field —
 * the excess-property check TypeScript skips for imported JSON.
 */
export type ExactJson<A, B> = A extends readonly (infer AU)[]
  ? B extends readonly (infer BU)[]
    ? ExactJson<AU, BU>[]
    : never
  : A extends object
    ? { [K in keyof A]: K extends keyof B ? ExactJson<A[K], NonNullable<B[K]>> : never }
    : A;
