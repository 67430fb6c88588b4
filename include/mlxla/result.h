// Error values and Result<T>: how mlxla reports failure at I/O, config, tokenizer and HTTP
// boundaries (STYLE.md rule 4). No exceptions cross these boundaries.
#pragma once

#include <cstdlib>
#include <string>
#include <utility>
#include <variant>

namespace mlxla {

/// What kind of thing went wrong; lets callers map errors to exit codes or HTTP statuses.
enum class ErrorCategory {
  kInvalidArgument,  ///< the caller asked for something impossible (bad flag, bad request)
  kNotFound,         ///< a file, tensor or key that must exist does not
  kIo,               ///< the OS refused (open, mmap, read, write)
  kFormat,           ///< a file's bytes or a JSON document are malformed or lie
  kUnsupported,      ///< well-formed but not something mlxla handles (yet)
  kInternal,         ///< a broken invariant inside mlxla
};

const char* category_name(ErrorCategory category);

/// An error: a category and a message that names the file, tensor, field or op at fault.
class Error {
 public:
  Error(ErrorCategory category, std::string message)
      : category_(category), message_(std::move(message)) {}

  ErrorCategory category() const { return category_; }
  const std::string& message() const { return message_; }

  /// Returns a copy whose message is prefixed with `context: ` (e.g. a file name).
  Error with_context(const std::string& context) const {
    return Error(category_, context + ": " + message_);
  }

 private:
  ErrorCategory category_;
  std::string message_;
};

/// Either a value or an Error (a small std::expected for C++20).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}      // NOLINT implicit
  Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT implicit

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    check_ok();
    return std::get<0>(state_);
  }
  const T& value() const& {
    check_ok();
    return std::get<0>(state_);
  }
  T&& value() && {
    check_ok();
    return std::get<0>(std::move(state_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { return std::get<1>(state_); }

 private:
  void check_ok() const {
    if (!ok()) std::abort();  // Reading the value of a failed Result is a programming error.
  }
  std::variant<T, Error> state_;
};

/// Result<void>: success or an Error.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT implicit
  static Status Ok() { return Status(); }
  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { return error_; }

 private:
  Error error_{ErrorCategory::kInternal, ""};
  bool ok_ = true;
};

inline Error invalid_argument(std::string message) {
  return Error(ErrorCategory::kInvalidArgument, std::move(message));
}
inline Error not_found(std::string message) {
  return Error(ErrorCategory::kNotFound, std::move(message));
}
inline Error io_error(std::string message) {
  return Error(ErrorCategory::kIo, std::move(message));
}
inline Error format_error(std::string message) {
  return Error(ErrorCategory::kFormat, std::move(message));
}
inline Error unsupported(std::string message) {
  return Error(ErrorCategory::kUnsupported, std::move(message));
}
inline Error internal_error(std::string message) {
  return Error(ErrorCategory::kInternal, std::move(message));
}

}  // namespace mlxla

/// Propagates a failed Result/Status from the enclosing function.
#define MLXLA_RETURN_IF_ERROR(expr)                        \
  do {                                                     \
    auto&& mlxla_status_ = (expr);                         \
    if (!mlxla_status_.ok()) return mlxla_status_.error(); \
  } while (0)

#define MLXLA_CONCAT_INNER_(a, b) a##b
#define MLXLA_CONCAT_(a, b) MLXLA_CONCAT_INNER_(a, b)
/// `MLXLA_ASSIGN_OR_RETURN(auto x, f());` binds the value or returns the error.
#define MLXLA_ASSIGN_OR_RETURN(lhs, expr)                  \
  auto MLXLA_CONCAT_(mlxla_result_, __LINE__) = (expr);    \
  if (!MLXLA_CONCAT_(mlxla_result_, __LINE__).ok())        \
    return MLXLA_CONCAT_(mlxla_result_, __LINE__).error(); \
  lhs = std::move(MLXLA_CONCAT_(mlxla_result_, __LINE__)).value()
