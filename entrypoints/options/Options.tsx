/**
 * The options page: every user setting in one form. Each control saves as
 * soon as it changes (no Save button to forget), through the safe items of
 * `lib/settings.ts`, so nothing invalid is ever stored; invalid input is
 * explained next to its field and not saved. The page follows storage with
 * `watch`, so a change made in the popup ("Off on this site") shows up here
 * while the page is open.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import type { ConceptKind } from '@/lib/data-types';
import { t, type MessageKey } from '@/lib/i18n';
import {
  ALL_KINDS,
  CARD_FONT_SIZES,
  CHINESE_SCRIPT_SETTINGS,
  QUOTE_LANGUAGE_SETTINGS,
  HIGHLIGHT_STYLES,
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  MAX_DISABLED_SITES,
  getSettings,
  normalizeSite,
  settingItems,
  type CardFontSize,
  type ChineseScriptSetting,
  type QuoteLanguageSetting,
  type HighlightStyle,
  type SafeItem,
  type Settings,
} from '@/lib/settings';

const KIND_LABEL: Record<ConceptKind, MessageKey> = {
  hardware: 'optionsKindHardware',
  models: 'optionsKindModels',
  techniques: 'optionsKindTechniques',
  tools: 'optionsKindTools',
  people: 'optionsKindPeople',
};

const STYLE_LABEL: Record<HighlightStyle, MessageKey> = {
  fill: 'optionsStyleFill',
  underline: 'optionsStyleUnderline',
};

const SCRIPT_LABEL: Record<ChineseScriptSetting, MessageKey> = {
  auto: 'settingScriptAuto',
  hans: 'optionsScriptHans',
  hant: 'optionsScriptHant',
  twp: 'optionsScriptTwp',
};

const QUOTE_LANGUAGE_LABEL: Record<QuoteLanguageSetting, MessageKey> = {
  auto: 'settingQuoteLanguageAuto',
  en: 'settingQuoteLanguageEn',
  zh: 'settingQuoteLanguageZh',
  both: 'settingQuoteLanguageBoth',
};

const SIZE_LABEL: Record<CardFontSize, MessageKey> = {
  small: 'a11yCardSizeSmall',
  normal: 'a11yCardSizeNormal',
  large: 'a11yCardSizeLarge',
};

/** Parses the hover-delay field: an integer in range, or null (shown as an error, not saved). */
export function parseHoverDelay(text: string): number | null {
  if (!/^\s*\d{1,5}\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= HOVER_DELAY_MIN_MS && n <= HOVER_DELAY_MAX_MS ? n : null;
}

/** The settings form (rendered by main.tsx; exported for the component test). */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(0);
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<MessageKey | null>(null);
  const [delayText, setDelayText] = useState('');
  const [delayError, setDelayError] = useState(false);

  useEffect(() => {
    const mounted = new AbortController();
    const { signal } = mounted;
    void getSettings().then((s) => {
      if (signal.aborted) return;
      setSettings(s);
      setDelayText(String(s.hoverDelayMs));
    });
    for (const field of Object.keys(settingItems) as (keyof Settings)[])
      (settingItems[field] as SafeItem<Settings[typeof field]>).watch((value) => {
        setSettings((prev) => (prev ? { ...prev, [field]: value } : prev));
        if (field === 'hoverDelayMs') {
          setDelayText(String(value));
          setDelayError(false);
        }
      }, signal);
    return () => mounted.abort();
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;

  async function save<K extends keyof Settings>(field: K, value: Settings[K]) {
    setSettings((prev) => (prev ? { ...prev, [field]: value } : prev));
    await (settingItems[field] as SafeItem<Settings[K]>).setValue(value);
    setSaved((n) => n + 1);
  }

  function addSite(event: JSX.TargetedEvent<HTMLFormElement>) {
    event.preventDefault();
    const site = normalizeSite(siteInput);
    if (!site) return setSiteError('optionsSiteInvalid');
    if (settings!.disabledSites.includes(site)) return setSiteError('optionsSiteDuplicate');
    if (settings!.disabledSites.length >= MAX_DISABLED_SITES) return setSiteError('optionsSiteTooMany');
    setSiteError(null);
    setSiteInput('');
    void save('disabledSites', [...settings!.disabledSites, site].sort());
  }

  function onDelayInput(text: string) {
    setDelayText(text);
    const ms = parseHoverDelay(text);
    setDelayError(ms == null);
    if (ms != null && ms !== settings!.hoverDelayMs) void save('hoverDelayMs', ms);
  }

  function toggleKind(kind: ConceptKind, on: boolean) {
    const next = ALL_KINDS.filter((k) => (k === kind ? on : settings!.shownKinds.includes(k)));
    void save('shownKinds', next);
  }

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <section>
        <label class="row">
          <input
            type="checkbox"
            checked={settings.enabled}
            onChange={(e) => void save('enabled', e.currentTarget.checked)}
            aria-describedby="enabled-hint"
          />
          <span>{t('optionsEnabled')}</span>
        </label>
        <p id="enabled-hint" class="hint">
          {t('optionsEnabledHint')}
        </p>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="hint">{t('optionsSitesEmpty')}</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((site) => (
              <li key={site}>
                <span class="site">{site}</span>
                <button
                  type="button"
                  aria-label={t('optionsSiteRemove', site)}
                  title={t('optionsSiteRemove', site)}
                  onClick={() =>
                    void save(
                      'disabledSites',
                      settings.disabledSites.filter((s) => s !== site),
                    )
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="row" onSubmit={addSite} noValidate>
          <label for="site-input">{t('optionsSiteAddLabel')}</label>
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={siteInput}
            aria-invalid={siteError ? 'true' : 'false'}
            aria-describedby={siteError ? 'site-error' : undefined}
            onInput={(e) => {
              setSiteInput(e.currentTarget.value);
              setSiteError(null);
            }}
          />
          <button type="submit">{t('optionsSiteAdd')}</button>
        </form>
        {siteError && (
          <p id="site-error" class="error" role="alert">
            {t(siteError)}
          </p>
        )}
      </section>

      <fieldset>
        <legend>{t('optionsKindsHeading')}</legend>
        {ALL_KINDS.map((kind) => (
          <label class="row" key={kind}>
            <input
              type="checkbox"
              name="kind"
              value={kind}
              checked={settings.shownKinds.includes(kind)}
              onChange={(e) => toggleKind(kind, e.currentTarget.checked)}
            />
            <span class={`swatch kind-${kind}`} aria-hidden="true" />
            <span>{t(KIND_LABEL[kind])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsStyleHeading')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label class="row" key={style}>
            <input
              type="radio"
              name="highlightStyle"
              value={style}
              checked={settings.highlightStyle === style}
              onChange={() => void save('highlightStyle', style)}
            />
            <span class={`sample sample-${style}`}>{t(STYLE_LABEL[style])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('optionsScriptHeading')}</legend>
        {CHINESE_SCRIPT_SETTINGS.map((script) => (
          <label class="row" key={script}>
            <input
              type="radio"
              name="chineseScript"
              value={script}
              checked={settings.chineseScript === script}
              onChange={() => void save('chineseScript', script)}
            />
            <span lang={script === 'hans' ? 'zh-Hans' : script === 'auto' ? undefined : 'zh-Hant'}>
              {t(SCRIPT_LABEL[script])}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset aria-describedby="quote-language-hint">
        <legend>{t('settingQuoteLanguageHeading')}</legend>
        {QUOTE_LANGUAGE_SETTINGS.map((choice) => (
          <label class="row" key={choice}>
            <input
              type="radio"
              name="quoteLanguage"
              value={choice}
              checked={settings.quoteLanguage === choice}
              onChange={() => void save('quoteLanguage', choice)}
            />
            <span>{t(QUOTE_LANGUAGE_LABEL[choice])}</span>
          </label>
        ))}
        <p id="quote-language-hint" class="hint">
          {t('settingQuoteLanguageHint')}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('a11yCardSizeHeading')}</legend>
        {CARD_FONT_SIZES.map((size) => (
          <label class="row" key={size}>
            <input
              type="radio"
              name="cardFontSize"
              value={size}
              checked={settings.cardFontSize === size}
              onChange={() => void save('cardFontSize', size)}
            />
            <span class={`size-sample size-${size}`}>{t(SIZE_LABEL[size])}</span>
          </label>
        ))}
      </fieldset>

      <section>
        <label class="row" for="delay-input">
          {t('optionsDelayLabel')}
        </label>
        <input
          id="delay-input"
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={50}
          value={delayText}
          aria-invalid={delayError ? 'true' : 'false'}
          aria-describedby={delayError ? 'delay-error' : undefined}
          onInput={(e) => onDelayInput(e.currentTarget.value)}
        />
        {delayError && (
          <p id="delay-error" class="error" role="alert">
            {t('optionsDelayInvalid', HOVER_DELAY_MIN_MS, HOVER_DELAY_MAX_MS)}
          </p>
        )}
      </section>

      <p class="hint privacy">{t('optionsPrivacy')}</p>
      <p class="status" role="status" aria-live="polite">
        {saved > 0 ? t('optionsSaved') : ''}
      </p>
    </main>
  );
}
