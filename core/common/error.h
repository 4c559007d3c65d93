#pragma once
// Errors thrown by core. Each loading stage adds its own context ("loading dataset X: ...")
// so that the message a user sees names the file, line or tensor and what was expected.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace msl {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The convention of every long job in core: its progress callback returns true to go on and
// false to stop, and a job that has no partial result to return then throws Cancelled (one
// that has, such as an evaluation, returns it marked cancelled). Callers that cancelled on
// purpose catch it apart from real errors.
class Cancelled : public Error {
 public:
  using Error::Error;
};

// A write failed for want of space (ENOSPC, EDQUOT, SQLITE_FULL); the message names the file.
// What was saved before stays readable; the same work succeeds once space is freed.
class DiskFull : public Error {
 public:
  using Error::Error;
};

// "file:line: message" (line 0 = whole file).
[[noreturn]] void throwAt(const std::string& file, std::size_t line, const std::string& message);

// Rethrows the exception in flight with `context + ": "` in front; use inside catch blocks.
[[noreturn]] void rethrowWithContext(const std::string& context);

}  // namespace msl
