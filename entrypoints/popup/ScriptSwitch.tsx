/**
 * The 简 / 繁 / 繁(台灣用語) segmented control, shared by the popup and the
 * transcript page. Native radio buttons under the styling, so arrow keys,
 * focus and screen readers work as they do for any radio group.
 */
import type { ChineseScriptSetting } from '@/lib/settings';
import type { DisplayScript } from '@/lib/i18n/script';
import { t } from '@/lib/i18n';

const CHOICES: { value: DisplayScript; label: string; lang: string; title: () => string }[] = [
  { value: 'hans', label: '简', lang: 'zh-Hans', title: () => t('popupScriptHans') },
  { value: 'hant', label: '繁', lang: 'zh-Hant', title: () => t('popupScriptHant') },
  { value: 'twp', label: '繁(台灣用語)', lang: 'zh-Hant-TW', title: () => t('popupScriptTwp') },
];

/**
 * Props: the resolved script (what `auto` means here is already worked out) and
 * a setter. With `setting`, the switch also offers "Auto" (the popup: follow the
 * page), checked while the setting is `auto`, with the script it resolved to
 * shown beside it; the others are checked only when chosen.
 */
export function ScriptSwitch(props: {
  script: DisplayScript;
  setting?: ChineseScriptSetting;
  onChange: (setting: ChineseScriptSetting) => void;
  /** Distinguishes the radio group's name when two switches share a page (tests). */
  name?: string;
}) {
  const name = props.name ?? 'chinese-script';
  const auto = props.setting === 'auto';
  const resolved = CHOICES.find((choice) => choice.value === props.script)!;
  return (
    <fieldset class="script-switch">
      <legend class="sr-only">{t('popupScriptLabel')}</legend>
      {props.setting !== undefined && (
        <label title={t('popupScriptAuto', resolved.label)}>
          <input
            type="radio"
            name={name}
            value="auto"
            checked={auto}
            onChange={() => props.onChange('auto')}
            aria-label={t('popupScriptAuto', resolved.label)}
          />
          <span>
            {t('popupScriptAutoLabel')}
            {auto && (
              <span class="auto-resolved" lang={resolved.lang}>
                {' '}
                {resolved.label}
              </span>
            )}
          </span>
        </label>
      )}
      {CHOICES.map((choice) => (
        <label key={choice.value} title={choice.title()}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={props.setting === undefined ? props.script === choice.value : props.setting === choice.value}
            onChange={() => props.onChange(choice.value)}
            aria-label={`${choice.label} — ${choice.title()}`}
          />
          <span lang={choice.lang}>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
