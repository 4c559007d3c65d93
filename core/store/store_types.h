#pragma once
// Scalar types shared by the store's records.
#include <cstdint>

namespace msl {

using RunId = std::int64_t;
// Milliseconds since the Unix epoch (UTC): what every time column of the store holds.
using UnixMillis = std::int64_t;

UnixMillis nowUnixMillis();

}  // namespace msl
