#pragma once
// Hand-picked inputs where tokenizers tend to disagree: emoji sequences, CJK, combining marks,
// NFC/NFD pairs, HTML entities, whitespace runs, digit runs, special-token look-alikes and
// contractions in capitals.
#include <string>
#include <vector>

namespace parity {

inline std::vector<std::string> adversarialInputs() {
  std::vector<std::string> inputs = {
      // emoji: ZWJ sequences, skin tones, flags, keycaps, variation selectors
      "👍",
      "👨‍👩‍👧‍👦 family",
      "🤷🏽‍♀️ shrug",
      "👋🏻👋🏼👋🏽👋🏾👋🏿",
      "🏳️‍🌈 flag",
      "🇺🇸🇯🇵🇩🇪",
      "1️⃣ keycap",
      "❤️ vs ❤",
      "I ❤️ books📚!!",
      "🧑🏿‍🤝‍🧑🏻",
      "😀😃😄😁😆😅😂🤣",
      // CJK and other scripts
      "日本語のテキスト",
      "中文测试，标点。“引号”",
      "한국어 텍스트입니다",
      "漢字かなカナ混じり文",
      "Привет, мир!",
      "مرحبا بالعالم",
      "שלום עולם",
      "สวัสดีครับ",
      "नमस्ते दुनिया",
      "ΣΊΣΥΦΟΣ σίσυφος",
      "İstanbul ıi Iı",
      "Straße GROSSE",
      "abc日本def",
      "ｆｕｌｌｗｉｄｔｈ",
      // combining marks, NFC vs NFD
      "Café",
      "Cafe\u0301",
      "Ame\u0301lie",
      "a\u0308\u0304",
      "n\u0303 vs ñ",
      "Z\u0324\u0354\u0367\u0311\u0313a\u0308\u0356\u032d\u0308\u0307lg\u030co",
      "\u1100\u1161\u11A8 \uAC01",
      "\u212B \u00C5 A\u030A",
      "\u2126 \u03A9",
      "ﬁ ligature",
      "e\u0301\u0323 e\u0323\u0301",
      "\u0F73 tibetan",
      "q\u0307\u0323",
      "\u00E9\u0301",
      // HTML entities as the catalog keeps them
      "Tom &amp; Jerry",
      "Don&#39;t Stop",
      "&quot;Quoted&quot; &lt;b&gt;bold&lt;/b&gt;",
      "Rock &amp; Roll&#8217;s Greatest",
      "&amp;&amp;&amp;",
      "&#x27;hex&#x27;",
      // whitespace
      "a  b",
      "a\tb",
      "a\t\tb",
      "a\n\nb",
      "line1\r\nline2\r\n",
      "trailing   ",
      "   leading",
      "\t\t\n  \n",
      " ",
      "  ",
      "\n",
      "\r\n",
      "a \u00A0 b",
      "\u3000ideographic space",
      "x\u2028y\u2029z",
      "zero\u200Bwidth",
      "\uFEFFbom",
      "tab\there\n\tand there  \n",
      "Input:\n \n\n### Response:\n\"Title\"",
      "ends with newline\n",
      "many\n\n\n\n\nlines",
      // digits
      "1234567890123456789012345678901234567890",
      "3.14159265358979",
      "1,000,000.00",
      "٣٤٥ arabic-indic",
      "１２３ fullwidth",
      "x² y³ ½",
      "Vol. 12 (2019) pp. 345-6789",
      "0000000",
      "9th 10th 21st",
      "ISBN 978-0-306-40615-7",
      // special-token look-alikes inside text
      "<|begin_of_text|>",
      "<s>",
      "</s>",
      "<|endoftext|>",
      "<unk>",
      "<|im_start|>user\nhi<|im_end|>",
      "text<s>text</s>text",
      "before <|begin_of_text|> after",
      "< s >",
      "<|begin_of_text|",
      "<|eot_id|><|start_header_id|>",
      "<think>\n</think>",
      "<<s>>",
      "<s><s></s>",
      "<|endoftext|><|endoftext|>",
      "a<|end_of_text|>b",
      "<0x41>",
      "▁word ▁▁space",
      // contractions in capitals and curly apostrophes
      "DON'T",
      "I'M HERE",
      "YOU'LL SEE",
      "WE'VE",
      "SHE'D",
      "IT'S",
      "THEY'RE",
      "don't",
      "I'm",
      "It’s curly",
      "'S 'T 'RE 'VE 'M 'LL 'D",
      "'s't're've'm'll'd",
      "O'NEIL'S",
      "rock 'n' roll",
      "'\u017F long s",
      "'\u212A kelvin",
      // misc
      "Harry Potter and the Sorcerer's Stone (Harry Potter, Book 1)",
      "for (int i = 0; i < 10; ++i) { sum += a[i]; }",
      "https://example.com/a?b=c&d=e#f",
      "∑∫√∞ ≤≥ → ←",
      "naïve façade coöperate",
      "\uE000 private \U0010FFFD",
      "control\x01\x7F",
      std::string("nul\0byte", 8),
      "...!!!???",
      "--- *** ___",
      "\"quoted\"",
      "\"\"",
      "\"",
      "!",
      "",
      "a",
      "A",
      "\u00A0",
      "🙂",
      "\U0001F9EC",
      "x\u0301\u0301\u0301\u0301\u0301",
  };
  inputs.push_back(std::string(1000, 'a'));
  inputs.push_back(std::string(300, ' ') + "x");
  inputs.push_back(std::string(500, '9'));
  std::string emojiRun;
  for (int i = 0; i < 50; ++i) emojiRun += "🙂";
  inputs.push_back(emojiRun);
  std::string mixed;
  for (int i = 0; i < 40; ++i) mixed += "Wörter&amp;日本\t12 ";
  inputs.push_back(mixed);
  return inputs;
}

}  // namespace parity
