// The `edtf` package ships no types; the tests only need its validating parser.
declare module 'edtf' {
  /** Parse an EDTF string; throws on invalid input. */
  export function parse(input: string): unknown;
}
