/** Reads a localised UI string (browser.i18n.getMessage in the extension, the en table in tests). */
export type Translate = (key: string, substitutions?: string[]) => string;
