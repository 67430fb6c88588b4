// Names of error categories, for messages and logs.
#include "mlxla/result.h"

namespace mlxla {

const char* category_name(ErrorCategory category) {
  switch (category) {
    case ErrorCategory::kInvalidArgument:
      return "invalid argument";
    case ErrorCategory::kNotFound:
      return "not found";
    case ErrorCategory::kIo:
      return "I/O error";
    case ErrorCategory::kFormat:
      return "format error";
    case ErrorCategory::kUnsupported:
      return "unsupported";
    case ErrorCategory::kInternal:
      return "internal error";
  }
  return "error";
}

}  // namespace mlxla
