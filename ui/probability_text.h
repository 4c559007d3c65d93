#pragma once
// Probabilities as the pages show them: fixed digits where they are readable, scientific
// notation for the tiny ones that invalid tokens and masked-out mass often have.
#include <QString>

namespace msl {
namespace ui {

inline QString probabilityText(double probability) {
  if (probability != 0 && probability < 1e-3) return QString::number(probability, 'e', 2);
  return QString::number(probability, 'f', 4);
}

}  // namespace ui
}  // namespace msl
