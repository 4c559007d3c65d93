#include "ui/token_text.h"

namespace msl {
namespace ui {

QString tokenDisplayText(const Tokenizer& tokenizer, TokenId token) {
  if (tokenizer.isSpecial(token)) return QString::fromStdString(tokenizer.idToToken(token));
  QString text = QString::fromStdString(tokenizer.decode({token}));
  text.replace(QLatin1Char(' '), QChar(0x2423));  // ␣: a leading space matters in BPE
  return text;
}

}  // namespace ui
}  // namespace msl
