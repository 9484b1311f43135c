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
  });
});

describe('the page sample', () => {
  it('is the title and the first heading, with the page lang as the guess', () => {
    document.title = '輝達發表新晶片';
    document.documentElement.lang = 'zh-TW';
    document.body.innerHTML = '<h1>這是標題</h1><p>正文</p>';
    const sample = pageSample(document);
    expect(sample.text).toBe('輝達發表新晶片 這是標題');
    expect(sample.chinese).toBe('hant');
  });
});
