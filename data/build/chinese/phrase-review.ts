/**
 * The team's review of every phrase replacement OpenCC's tables make on the
 * extension's texts (the interview, the quotes, the team's names, glosses and
 * notes), for both Traditional variants. OpenCC converts words, not only
 * characters, and some of its words are wrong for AI-hardware writing: its
 * Taiwan table turns a model's 參數 (parameters) into 引數 (a function's
 * arguments) and a GPU 內核 (kernel) into 核心 (a core). Each replacement is
 * listed here once, as OpenCC makes it, with the team's verdict:
 * - `keep(key, opencc)`: OpenCC is right (軟體, 晶片, 記憶體, 資料, 輝達, 快取);
 * - `override(key, opencc, ours, why)`: the team's word goes ahead of OpenCC's.
 *
 * `key` is the dictionary entry that matched: Simplified for the
 * Traditional-characters table (STPhrases), OpenCC Traditional for the Taiwan
 * table (TWPhrases). `npm run data` writes every replacement it finds to
 * `data/generated/phrase-replacements.tsv` (text, key, before, after,
 * count); `phrase-review.test.ts` fails on one that is not listed here.
 */
/** The two Traditional variants the extension shows (defined here, not in convert.ts, so the two files don't import each other). */
export type TraditionalVariant = 'hant' | 'twp';

/** One reviewed replacement. */
export interface PhraseVerdict {
  key: string;
  /** What OpenCC writes. */
  opencc: string;
  /** What the extension shows: OpenCC's word, or the team's. */
  ours: string;
  /** Why the team differs (overrides only). */
  why?: string;
  /** The team's dictionary entry, when the override needs more context than OpenCC's key (default: key → ours). */
  entry?: [string, string];
}

const keep = (key: string, opencc: string): PhraseVerdict => ({ key, opencc, ours: opencc });
const override = (key: string, opencc: string, ours: string, why: string, entry?: [string, string]): PhraseVerdict => ({
  key,
  opencc,
  ours,
  why,
  ...(entry ? { entry } : {}),
});

/**
 * Traditional characters (OpenCC STPhrases, used by both 繁 and 繁(台灣用語)):
 * words whose characters OpenCC picks by context, 复杂 → 複雜 rather than 復雜.
 */
export const TRADITIONAL_REVIEW: PhraseVerdict[] = [
  keep('关系', '關係'),
  keep('几周', '幾週'),
  keep('凭借', '憑藉'),
  keep('分布', '分佈'),
  keep('制造商', '製造商'),
  keep('发布', '發佈'),
  keep('周期', '週期'),
  keep('复合', '複合'),
  keep('复杂', '複雜'),
  keep('复用', '複用'),
  keep('定制', '定製'),
  keep('定制化', '定製化'),
  keep('尽可能', '儘可能'),
  keep('尽快', '儘快'),
  keep('尽管', '儘管'),
  keep('巨额', '鉅額'),
  // 是只 is 是隻 before a noun (是只猫), so the team's entry is the longer 而是只 ("but only").
  override('是只', '是隻', '是只', '"而是只激活部分专家" is "but only activates"; 隻 is a measure word', [
    '而是只',
    '而是只',
  ]),
  keep('标注', '標註'),
  keep('榨干', '榨乾'),
  keep('盛赞', '盛讚'),
  keep('轻松', '輕鬆'),
  keep('里程碑', '里程碑'),
  // Segmentation, not a phrase: OpenCC cuts 会更复杂 as 会 | 更复 | 杂 and writes 更復 ("again") + 雜.
  override('更复杂', '更復雜', '更複雜', 'OpenCC segments 更复 + 杂; 複雜 is "complex"'),
];

/** Taiwan phrasing (OpenCC TWPhrases, 繁(台灣用語) only): mainland words replaced by Taiwan ones. */
export const TAIWAN_REVIEW: PhraseVerdict[] = [
  keep('互聯網', '網際網路'),
  keep('交互', '互動'),
  keep('交互式', '互動式'),
  keep('人工智能', '人工智慧'),
  keep('代碼', '程式碼'),
  keep('仿真', '模擬'),
  keep('保存', '儲存'),
  keep('信息', '資訊'),
  keep('優化', '最佳化'),
  keep('內存', '記憶體'),
  override('內核', '核心', '內核', 'a GPU kernel (FlashAttention, Triton kernels); "GPU核心" reads as GPU cores'),
  keep('函數', '函式'), // a program's function ("我有個函式，該怎麼最佳化")
  keep('分辨率', '解析度'),
  override('前綴', '字首', '前綴', 'prefix caching of prompts; 字首 is a word prefix in grammar'),
  override('參數', '引數', '參數', "a model's parameters are 參數 in Taiwan too; 引數 is a function's argument"),
  keep('堆棧', '堆疊'),
  keep('存儲', '儲存'),
  keep('實時', '即時'),
  keep('性能', '效能'),
  keep('批量', '批次'),
  keep('採樣', '取樣'),
  keep('搜索', '搜尋'),
  override(
    '擴展',
    '擴充套件',
    '擴展',
    'a known OpenCC over-conversion (擴展 read as 擴充 + 套件); scaling is 擴展 in Taiwan',
  ),
  keep('支持', '支援'), // always technical support here: 軟體支援, 支援更低精度
  keep('數據', '資料'),
  keep('數據庫', '資料庫'),
  keep('文檔', '文件'),
  keep('智能', '智慧'),
  keep('查找', '查詢'),
  keep('激活', '啟用'), // experts activated per token: 只啟用4個
  keep('用戶', '使用者'),
  keep('異步', '非同步'),
  override(
    '發佈',
    '釋出',
    '發布',
    'model and product launches ("ChatGPT發布後"); 發布 is the Taiwan standard form, 釋出 reads as a software release',
  ),
  keep('硬件', '硬體'),
  keep('社區', '社群'),
  keep('程序', '程式'),
  keep('算法', '演算法'),
  keep('組件', '元件'),
  keep('網絡', '網路'),
  keep('編程', '程式設計'),
  keep('編程語言', '程式語言'),
  keep('緩存', '快取'),
  override(
    '腳本',
    '指令碼',
    '腳本',
    'a Python script is a 腳本 to Taiwanese developers; 指令碼 is a Windows-documentation word',
  ),
  keep('芯片', '晶片'),
  keep('英偉達', '輝達'),
  keep('視頻', '影片'),
  keep('解釋器', '直譯器'),
  keep('調用', '呼叫'),
  keep('調試', '除錯'),
  keep('軟件', '軟體'),
  keep('通信', '通訊'),
  keep('連接', '連線'),
  keep('運行', '執行'),
  keep('集成', '整合'),
  keep('集羣', '叢集'),
  keep('音頻', '音訊'),
  keep('項目', '專案'),
  override('類型', '型別', '類型', '"不同類型的最佳化", "低延遲類型的工作負載" are kinds; 型別 is a data type in code'),
  override('顯存', '視訊記憶體', '顯示記憶體', "a GPU's memory (HBM), not video memory; Taiwan writes 顯示記憶體"),
  keep('高級', '高階'),
];

/**
 * The team's entries for the converter, stage by stage: overrides only (a
 * kept replacement is OpenCC's own). The Traditional-characters stage's
 * entries also apply to 繁(台灣用語), which is made from the same characters.
 */
export function teamPhrases(variant: TraditionalVariant): {
  traditional: [string, string][];
  taiwan: [string, string][];
} {
  const overrides = (review: PhraseVerdict[]) =>
    review.filter((v) => v.ours !== v.opencc).map((v): [string, string] => v.entry ?? [v.key, v.ours]);
  return {
    traditional: overrides(TRADITIONAL_REVIEW),
    taiwan: variant === 'twp' ? overrides(TAIWAN_REVIEW) : [],
  };
}
