#include "tokenizer/bpe_model.h"

#include <algorithm>
#include <cstdio>

#include "tokenizer/byte_level.h"
#include "tokenizer/unicode.h"

namespace msl {
namespace {

struct Symbol {
  TokenId id;
  std::int32_t prev, next;
};

struct Candidate {
  std::int32_t rank, left, right;
  TokenId leftId, rightId, merged;
};

// Lowest rank first; among equal ranks the leftmost, as Hugging Face merges.
struct LaterCandidate {
  bool operator()(const Candidate& a, const Candidate& b) const {
    return a.rank != b.rank ? a.rank > b.rank : a.left > b.left;
  }
};

std::size_t utf8Length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

}  // namespace

BpeModel::BpeModel(const JsonReader& model) {
  if (model.json().contains("dropout") && !model["dropout"].isNull() &&
      model["dropout"].json().get<double>() != 0.0) {
    model["dropout"].fail("BPE dropout is random; only null or 0 is supported");
  }
  const std::string prefix = model.string("continuing_subword_prefix", "");
  if (!prefix.empty()) {
    model["continuing_subword_prefix"].fail(
        "a non-empty continuing_subword_prefix is not supported");
  }
  endOfWordSuffix_ = model.string("end_of_word_suffix", "");
  fuseUnk_ = model.boolean("fuse_unk", false);
  byteFallback_ = model.boolean("byte_fallback", false);
  ignoreMerges_ = model.boolean("ignore_merges", false);

  const JsonReader vocab = model["vocab"];
  if (!vocab.json().is_object()) vocab.fail("expected an object of token -> id");
  TokenId maxId = -1;
  for (const auto& [token, id] : vocab.json().items()) {
    if (!id.is_number_integer() || id.get<long long>() < 0 || id.get<long long>() > INT32_MAX) {
      vocab.fail("token '" + token + "' has an invalid id");
    }
    maxId = std::max(maxId, id.get<TokenId>());
  }
  vocab_.resize(static_cast<std::size_t>(maxId + 1));
  used_.assign(vocab_.size(), false);
  for (const auto& [token, id] : vocab.json().items()) {
    vocab_[id.get<TokenId>()] = token;
    used_[id.get<TokenId>()] = true;
  }
  ids_.reserve(vocab_.size() * 2);
  for (std::size_t id = 0; id < vocab_.size(); ++id) {
    if (used_[id]) ids_.emplace(vocab_[id], static_cast<TokenId>(id));
  }

  const JsonReader unk = model["unk_token"];
  if (!unk.isNull()) {
    const auto id = tokenToId(unk.string());
    if (!id) unk.fail("unk_token '" + unk.string() + "' is not in the vocabulary");
    unkId_ = *id;
  }

  for (int b = 0; b < 256; ++b) {
    char name[8];
    std::snprintf(name, sizeof name, "<0x%02X>", b);
    byteFallbackIds_[b] = tokenToId(name).value_or(-1);
    byteLevelIds_[b] = tokenToId(byte_level::byteToText()[b]).value_or(-1);
  }

  const JsonReader merges = model["merges"];
  const std::size_t count = merges.size();
  merges_.reserve(count * 2);
  std::string joined;
  // Plain JSON access in the loop: ~300k merges, a JsonReader (with its path) only on failure.
  const nlohmann::json& list = merges.json();
  for (std::size_t i = 0; i < count; ++i) {
    const nlohmann::json& merge = list[i];
    std::string_view left, right;
    if (merge.is_string()) {
      const std::string& text = merge.get_ref<const std::string&>();
      const std::size_t space = text.find(' ');
      if (space == std::string::npos || text.find(' ', space + 1) != std::string::npos) {
        merges[i].fail("expected \"left right\", found \"" + text + "\"");
      }
      left = std::string_view(text).substr(0, space);
      right = std::string_view(text).substr(space + 1);
    } else if (merge.is_array() && merge.size() == 2 && merge[0].is_string() &&
               merge[1].is_string()) {
      left = merge[0].get_ref<const std::string&>();
      right = merge[1].get_ref<const std::string&>();
    } else {
      merges[i].fail("expected \"left right\" or [left, right]");
    }
    joined.assign(left);
    joined.append(right);
    const auto leftId = tokenToId(left), rightId = tokenToId(right), mergedId = tokenToId(joined);
    if (!leftId || !rightId || !mergedId) {
      merges[i].fail("merge of '" + std::string(left) + "' and '" + std::string(right) +
                     "' uses a token not in the vocabulary");
    }
    merges_.insert_or_assign(pairKey(*leftId, *rightId),
                             Merge{static_cast<std::int32_t>(i), *mergedId});
  }
}

std::optional<TokenId> BpeModel::tokenToId(std::string_view token) const {
  const auto it = ids_.find(token);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

const std::string* BpeModel::idToToken(TokenId id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= vocab_.size() || !used_[id]) return nullptr;
  return &vocab_[id];
}

void BpeModel::encode(std::string_view piece, std::vector<TokenId>& out) const {
  if (piece.empty()) return;
  const bool cacheable = piece.size() < kMaxCachedPieceBytes;
  if (cacheable) {
    std::lock_guard<std::mutex> lock(cacheMutex_);
    const auto it = cache_.find(std::string(piece));
    if (it != cache_.end()) {
      out.insert(out.end(), it->second.begin(), it->second.end());
      return;
    }
  }
  const std::size_t first = out.size();
  encodeUncached(piece, out);
  if (cacheable) {
    std::lock_guard<std::mutex> lock(cacheMutex_);
    if (cache_.size() >= kCacheCapacity) cache_.clear();
    cache_.emplace(std::string(piece), std::vector<TokenId>(out.begin() + first, out.end()));
  }
}

void BpeModel::pushUnknown(std::vector<TokenId>& symbols, bool& lastWasUnk) const {
  if (!unkId_) return;  // no unk token: the character is dropped, as the reference does
  if (fuseUnk_ && lastWasUnk) return;
  symbols.push_back(*unkId_);
  lastWasUnk = true;
}

void BpeModel::encodeUncached(std::string_view piece, std::vector<TokenId>& out) const {
  thread_local std::string text;
  thread_local std::vector<TokenId> ids;
  thread_local std::vector<Symbol> symbols;
  thread_local std::vector<Candidate> heap;

  std::string_view word = piece;
  if (rawBytes_) {
    text.clear();
    byte_level::encode(piece, text);
    word = text;
  } else if (!endOfWordSuffix_.empty()) {
    text.assign(piece);
    text += endOfWordSuffix_;
    word = text;
  }
  if (ignoreMerges_) {
    if (const auto id = tokenToId(word)) {
      out.push_back(*id);
      return;
    }
  }

  // Initial symbols: one per character (per byte for raw-byte input).
  ids.clear();
  bool lastWasUnk = false;
  if (rawBytes_) {
    for (unsigned char b : piece) {
      if (byteLevelIds_[b] >= 0) {
        ids.push_back(byteLevelIds_[b]);
        lastWasUnk = false;
      } else {
        pushUnknown(ids, lastWasUnk);
      }
    }
  } else {
    const std::size_t pieceEnd = piece.size();
    for (std::size_t i = 0; i < pieceEnd;) {
      std::size_t length = std::min(utf8Length(static_cast<unsigned char>(piece[i])), pieceEnd - i);
      // The end-of-word suffix belongs to the last character.
      const std::size_t symbolLength = i + length == pieceEnd ? word.size() - i : length;
      if (const auto id = tokenToId(word.substr(i, symbolLength))) {
        ids.push_back(*id);
        lastWasUnk = false;
      } else {
        bool allBytes = byteFallback_;
        for (std::size_t k = 0; allBytes && k < length; ++k) {
          allBytes = byteFallbackIds_[static_cast<unsigned char>(piece[i + k])] >= 0;
        }
        if (allBytes) {
          for (std::size_t k = 0; k < length; ++k) {
            ids.push_back(byteFallbackIds_[static_cast<unsigned char>(piece[i + k])]);
          }
          lastWasUnk = false;
        } else {
          pushUnknown(ids, lastWasUnk);
        }
      }
      i += length;
    }
  }

  const auto n = static_cast<std::int32_t>(ids.size());
  if (n <= 1) {
    out.insert(out.end(), ids.begin(), ids.end());
    return;
  }
  symbols.resize(n);
  heap.clear();
  const auto consider = [&](std::int32_t left) {
    if (left < 0) return;
    const std::int32_t right = symbols[left].next;
    if (right < 0) return;
    const auto it = merges_.find(pairKey(symbols[left].id, symbols[right].id));
    if (it == merges_.end()) return;
    heap.push_back(
        {it->second.rank, left, right, symbols[left].id, symbols[right].id, it->second.merged});
    std::push_heap(heap.begin(), heap.end(), LaterCandidate{});
  };
  for (std::int32_t i = 0; i < n; ++i) symbols[i] = {ids[i], i - 1, i + 1 < n ? i + 1 : -1};
  for (std::int32_t i = 0; i + 1 < n; ++i) consider(i);
  while (!heap.empty()) {
    std::pop_heap(heap.begin(), heap.end(), LaterCandidate{});
    const Candidate c = heap.back();
    heap.pop_back();
    Symbol& left = symbols[c.left];
    // Stale when either side has changed since the candidate was queued.
    if (left.id != c.leftId || left.next != c.right || symbols[c.right].id != c.rightId) continue;
    const Symbol& right = symbols[c.right];
    left.id = c.merged;
    left.next = right.next;
    if (right.next >= 0) symbols[right.next].prev = c.left;
    symbols[c.right].id = -1;  // dead
    if (left.prev >= 0) consider(left.prev);
    consider(c.left);
  }
  for (std::int32_t i = 0; i >= 0; i = symbols[i].next) out.push_back(symbols[i].id);
}

}  // namespace msl
