import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would open a browser window; this machine (and CI) has no display.
export default defineWebExtConfig({ disabled: true });
