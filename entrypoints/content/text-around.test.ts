import { afterEach, describe, expect, it } from 'vitest';
import { textScriptOf } from '@/lib/i18n/text-script';
import { pageSample, textAround } from './text-around';

/** A range over `word` inside the element with this id. */
function rangeOf(id: string, word: string): Range {
  const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const i = node.data.indexOf(word);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + word.length);
    return range;
  }
  throw new Error(`no ${word} in #${id}`);
}

afterEach(() => {
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('lang');
  document.title = '';
});

describe('the text around a term', () => {
  it('a term in its own <b> is read with its paragraph', () => {
    document.body.innerHTML =
      '<p id="zh">我們在推理時使用 <b>FlashAttention</b>，這樣記憶體的讀寫少很多。</p>' +
      '<p id="en">We use <b>FlashAttention</b> at inference time, so memory traffic drops.</p>';
    const zh = textAround(rangeOf('zh', 'FlashAttention'));
    expect(zh.text).toContain('這樣記憶體');
    expect(textScriptOf(zh.text)).toBe('hant');
    expect(textScriptOf(textAround(rangeOf('en', 'FlashAttention')).text)).toBe('en');
  });

  it('a short list item climbs to the list that holds it', () => {
    document.body.innerHTML =
      '<ul id="list"><li>MoE</li><li>这个模型的专家路由</li><li>还有更多的说明文字在这里</li></ul>';
    expect(textScriptOf(textAround(rangeOf('list', 'MoE')).text)).toBe('hans');
  });

  it("guesses Traditional for script-neutral text from the element's lang", () => {
    document.body.innerHTML =
      '<div lang="zh-Hant"><p id="p">推理模型與 KV cache 的推理成本很高，推理模型與 KV cache 的推理成本很高，推理模型。</p></div>';
    expect(textAround(rangeOf('p', 'KV cache')).chinese).toBe('hant');
    expect(textAround(rangeOf('p', 'KV cache')).taiwan).toBe(false);
  });

  it('tells text that says it is written in Taiwan (zh-TW, zh-Hant-TW) from other Traditional text', () => {
    document.body.innerHTML =
      '<div lang="zh-TW"><p id="tw">輝達的晶片與 KV cache</p></div>' +
      '<div lang="zh-Hant-TW"><p id="tw2">輝達的晶片與 KV cache</p></div>' +
      '<div lang="zh-HK"><p id="hk">英偉達的芯片與 KV cache</p></div>';
    expect(textAround(rangeOf('tw', 'KV cache')).taiwan).toBe(true);
    expect(textAround(rangeOf('tw2', 'KV cache')).taiwan).toBe(true);
    expect(textAround(rangeOf('hk', 'KV cache')).taiwan).toBe(false);
  });
});

describe('the page sample', () => {
  it('is the title, the first heading and the paragraphs, with the page lang as the guess', () => {
    document.title = '輝達發表新晶片';
    document.documentElement.lang = 'zh-TW';
    document.body.innerHTML = '<h1>這是標題</h1><p>正文</p>';
    const sample = pageSample(document);
    expect(sample.text).toBe('輝達發表新晶片 這是標題 正文');
    expect(sample.chinese).toBe('hant');
  });
});

describe('a page whose title and heading tell nothing about its script', () => {
  // Both from real Taiwanese tech blogs: a title of product names only, and one whose Traditional
  // characters (麼, 當, 脅) are not among the classifier's frequent pairs.
  it('is read from its first paragraphs too: a Traditional article titled "vLLM" is Traditional', () => {
    document.title = 'vLLM';
    document.body.innerHTML =
      '<h1>vLLM</h1><p>vLLM 是一個高效能的推論引擎，這篇筆記說明它為什麼能同時服務很多請求。</p>';
    expect(textScriptOf(pageSample(document).text)).toBe('hant');
  });

  it('is read from its first paragraphs too: a Simplified article with an English heading is Chinese', () => {
    document.title = 'OpenAI gpt-oss-120b 分析';
    document.body.innerHTML =
      '<h1>OpenAI gpt-oss-120b 分析</h1><p>这个模型的专家路由很有意思，我们来看看它们的参数。</p>';
    expect(textScriptOf(pageSample(document).text)).toBe('hans');
  });

  it('reads no more than the first paragraphs of a long page', () => {
    document.body.innerHTML = `<h1>Notes</h1>${'<p>English words only here, nothing else at all.</p>'.repeat(200)}`;
    expect(pageSample(document).text.length).toBeLessThan(1200);
  });
});

describe('the guess for a term in text that tells nothing', () => {
  it('follows the page when no lang says otherwise: a term in a Traditional page header', () => {
    document.body.innerHTML = '<header id="h">【AI】Groq 是什麼? LPU 又是什麼?|Nvidia 當今最大威脅</header>';
    expect(textAround(rangeOf('h', 'Groq'), () => 'hant').chinese).toBe('hant');
  });

  it("keeps the element's own lang before the page", () => {
    document.body.innerHTML =
      '<div lang="zh-CN"><p id="p">推理模型与推理成本，推理模型与推理成本很高的推理模型。</p></div>';
    expect(textAround(rangeOf('p', '推理'), () => 'hant').chinese).toBe('hans');
  });
});
