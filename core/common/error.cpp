#include "common/error.h"

#include <exception>

namespace msl {

void throwAt(const std::string& file, std::size_t line, const std::string& message) {
  if (line == 0) throw Error(file + ": " + message);
  throw Error(file + ":" + std::to_string(line) + ": " + message);
}

void rethrowWithContext(const std::string& context) {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    // Out of memory stays out of memory, so that callers can offer a smaller batch.
    throw;
  } catch (const std::exception& e) {
    throw Error(context + ": " + e.what());
  }
}

}  // namespace msl
