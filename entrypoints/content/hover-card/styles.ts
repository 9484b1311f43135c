/**
 * The card's stylesheet, put in its shadow root. Sizes are px on the card and
 * em inside it (a page's root font size must not scale the card; the reader's
 * card text size does, through the host's data-size), colours are the card's own (light,
 * and dark via prefers-color-scheme or on a dark page) so it reads the same on any page, and
 * fonts are system stacks only: an @font-face inside a shadow root is ignored
 * by browsers, and loading fonts into the page would change the page.
 */
/** The card's dark colours: for a system in dark mode, and on a dark page whatever the system's scheme. */
const DARK = `--bg: #1e1f24; --fg: #ececf1; --muted: #a6a8b3; --line: #3a3c45; --accent: #8ab4ff;
    --quote-bg: #272932; --note-bg: #3a3220; --note-fg: #f3dca0; --fig-on: #8ab4ff; --fig-off: #4a4d58;
    box-shadow: 0 6px 24px rgba(0,0,0,.5);`;

/** The card itself, its parts and its dark colours. */
const CARD = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5b5b66; --line: #d9d9e0; --accent: #1f5fbf;
  --quote-bg: #f5f6fa; --note-bg: #fff7e0; --note-fg: #5a4300; --fig-on: #1f5fbf; --fig-off: #c9ced9;
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: var(--tdl-card-max, min(600px, calc(100vh - 16px)));
  overflow: auto; overscroll-behavior: contain;
  padding: 12px 14px; border: 1px solid var(--line); border-radius: 10px;
  background: var(--bg); color: var(--fg); box-shadow: 0 6px 24px rgba(0,0,0,.18);
  font: 400 var(--tdl-size, 14px)/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  text-align: left; letter-spacing: normal; word-break: normal; overflow-wrap: anywhere; cursor: auto;
}
@media (prefers-color-scheme: dark) {
  .card { ${DARK} }
}
:host([data-theme="dark"]) .card { ${DARK} }
:lang(zh-Hant) { font-family: system-ui, "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", sans-serif; }
:lang(zh-Hans) { font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; padding-right: 24px; position: relative; }
.name { font-size: 1.143em; font-weight: 600; }
.other-name { font-size: 0.929em; color: var(--muted); }
.close {
  position: absolute; top: -4px; right: -6px; width: 24px; height: 24px; padding: 0; border: 0; border-radius: 4px;
  background: transparent; color: var(--muted); font: 400 18px/24px system-ui, sans-serif; cursor: pointer;
}
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.close:hover, .close:focus-visible { background: var(--quote-bg); color: var(--fg); }
.gloss { margin: 4px 0 10px; font-size: 0.929em; color: var(--muted); }
.quote-source { display: flex; align-items: baseline; gap: 8px; font-size: 0.786em; color: var(--muted); margin: 0 0 4px; }
.quote-source span { flex: 1; white-space: pre-line; }
.quote-source button.lang { margin: 0; font-size: 1.091em; }
.quote { margin: 0 0 10px; padding: 8px 10px; background: var(--quote-bg); border-left: 3px solid var(--accent); border-radius: 4px; }
.quote-text { margin: 0; font-size: 1em; line-height: 1.65; white-space: pre-line; }
.quote-text + .quote-text { margin-top: 6px; padding-top: 6px; border-top: 1px dashed var(--line); }
blockquote::before { content: "「"; }
blockquote::after { content: "」"; }
.quote-caption { margin-top: 4px; font-size: 0.857em; color: var(--muted); }
.speaker { font-weight: 600; }
.note { margin-top: 6px; padding: 6px 8px; border-radius: 4px; background: var(--note-bg); color: var(--note-fg); font-size: 0.857em; }
.note-label { font-weight: 600; }
.figure { display: block; margin: 8px 0 2px; max-width: 100%; height: auto; }
.fig-on { fill: var(--fig-on); }
.fig-off { fill: var(--fig-off); }
.fig-label { fill: var(--muted); font: 400 10px system-ui, sans-serif; }
button.read, button.more, button.lang {
  margin-top: 6px; padding: 3px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg);
  color: var(--accent); font: 500 0.857em/1.4 system-ui, sans-serif; cursor: pointer;
}
button.more { margin: 0 0 8px; }
button:is(.read, .more, .lang):is(:hover, :focus-visible) { border-color: var(--accent); }
.foot { border-top: 1px solid var(--line); padding-top: 8px; font-size: 0.857em; }
.episode { color: var(--accent); text-decoration: underline; }
.status { margin: 0; color: var(--muted); }
`;

/** The reader's card text size (settings: small / normal / large). */
const TEXT_SIZES = `:host([data-size="small"]) { --tdl-size: 12px; }
:host([data-size="large"]) { --tdl-size: 17px; }
`;

/** Heard, not seen: the polite live region that announces a step to a screen reader. */
const LIVE_REGION = `.live { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/**
 * A phone: a sheet along the bottom edge (the controller sizes the host to the visible viewport), big touch
 * targets; along the top edge when the tapped term is low on the screen: the same sheet, turned over. Then the
 * big touch targets of any coarse pointer.
 */
const SHEET = `:host([data-layout="sheet"]) .card {
  width: 100%; max-width: none; max-height: var(--tdl-sheet-max, 60vh); border-width: 1px 0 0; border-radius: 14px 14px 0 0;
  padding: 14px 16px calc(14px + env(safe-area-inset-bottom, 0px)); box-shadow: 0 -4px 24px rgba(0,0,0,.22);
}
:host([data-layout="sheet"][data-edge="top"]) .card {
  border-width: 0 0 1px; border-radius: 0 0 14px 14px; box-shadow: 0 4px 24px rgba(0,0,0,.22);
  padding-top: calc(14px + env(safe-area-inset-top, 0px)); padding-bottom: 14px;
}
:host([data-layout="sheet"][data-edge="top"]) .card::before { display: none; }
:host([data-layout="sheet"]) { --tdl-size: 15px; }
:host([data-layout="sheet"][data-size="small"]) { --tdl-size: 13px; }
:host([data-layout="sheet"][data-size="large"]) { --tdl-size: 18px; }
:host([data-layout="sheet"]) .card::before {
  content: ""; display: block; width: 36px; height: 4px; margin: -4px auto 10px; border-radius: 2px; background: var(--line);
}
:host([data-layout="sheet"]) .head { padding-right: 48px; min-height: 32px; }
:host([data-layout="sheet"]) .close { top: -8px; right: -8px; width: 44px; height: 44px; font-size: 24px; line-height: 44px; }
:host([data-layout="sheet"]) button.read, :host([data-layout="sheet"]) button.more, :host([data-layout="sheet"]) button.lang { min-height: 44px; min-width: 44px; padding: 0 14px; }
:host([data-layout="sheet"]) .episode { display: inline-flex; align-items: center; min-height: 44px; }
@media (pointer: coarse) {
  .close { width: 44px; height: 44px; top: -12px; right: -12px; line-height: 44px; }
  .head { padding-right: 40px; }
  button.read, button.more, button.lang { min-height: 44px; min-width: 44px; padding: 0 12px; }
  .episode { display: inline-flex; align-items: center; min-height: 44px; }
}
`;

/**
 * The whole sheet. Its comments are the doc comments above, not CSS comments, so that the content script,
 * which every page loads, does not carry them (~0.2 KB gzipped).
 */
export const CARD_CSS = CARD + TEXT_SIZES + LIVE_REGION + SHEET;
