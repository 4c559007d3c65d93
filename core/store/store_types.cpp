#include "store/store_types.h"

#include <chrono>

namespace msl {

UnixMillis nowUnixMillis() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace msl
