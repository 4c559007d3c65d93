#pragma once
// How a token is shown in the GUI: its decoded text with spaces made visible, or its
// vocabulary string for special tokens.
#include <QString>

#include "tokenizer/tokenizer.h"

namespace msl {
namespace ui {

QString tokenDisplayText(const Tokenizer& tokenizer, TokenId token);

}  // namespace ui
}  // namespace msl
