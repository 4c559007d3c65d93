#include "losses/loss_config.h"

#include "common/error.h"

namespace msl {

std::string lossKindName(LossKind kind) {
  switch (kind) {
    case LossKind::Lml:
      return "lml";
    case LossKind::MslFixed:
      return "msl";
    case LossKind::MslAdaptive:
      return "msl_ats";
  }
  return "?";
}

LossKind parseLossKind(const std::string& name) {
  if (name == "lml") return LossKind::Lml;
  if (name == "msl") return LossKind::MslFixed;
  if (name == "msl_ats") return LossKind::MslAdaptive;
  throw Error("unknown loss '" + name + "': expected lml, msl or msl_ats");
}

std::string logitsPathName(LogitsPath path) {
  return path == LogitsPath::Sparse ? "sparse" : "dense";
}

LogitsPath parseLogitsPath(const std::string& name) {
  if (name == "sparse") return LogitsPath::Sparse;
  if (name == "dense") return LogitsPath::Dense;
  throw Error("unknown logits path '" + name + "': expected sparse or dense");
}

}  // namespace msl
