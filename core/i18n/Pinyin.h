#pragma once

#include <QString>

namespace clientele::core::i18n {

// Latin forms of a person's name, made by ICU's Han-Latin/Names transform (which reads surnames
// right: 曾 zeng, 单 shan, 解 xie, 仇 qiu), tones stripped, lower case.
//   sortKey "zhang wei" for 张伟 — the order of names in a Chinese list (pinyin order); for a name
//           without Chinese characters, the name folded to plain lower-case ASCII ("emile zola").
//   search  "zhangwei zw" for 张伟 — full pinyin and initials, appended to the search text so
//           "zhangwei" and "zw" find 张伟; empty for a name without Chinese characters.
// Thread-safe: each thread keeps its own transliterator (expensive to create) and a cache of the
// names it has seen.
struct PinyinForms
{
    QString sortKey;
    QString search;
};

class Pinyin
{
public:
    static PinyinForms of(const QString& name);
    static bool hasHan(const QString& text);
};

} // namespace clientele::core::i18n
