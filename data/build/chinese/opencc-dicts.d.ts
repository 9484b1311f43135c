/**
 * opencc-js ships its dictionaries as ES modules (`opencc-js/dict/<Name>`,
 * a default-exported "key value|key value" string) without type
 * declarations; tests/support/script-check.ts reads them directly.
 */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
