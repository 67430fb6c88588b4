// What a callable template value is: a global function, a method bound to its receiver,
// a macro, or the `caller` of a {% call %} block.
#pragma once

#include <memory>
#include <string>

#include "chat/value.h"

namespace mlxla::chat {

struct Node;
class Scope;

struct Callable {
  enum class Kind { kGlobal, kMethod, kMacro, kCaller };
  Kind kind = Kind::kGlobal;
  std::string name;            ///< global or method name, or the macro's name
  Value receiver;              ///< kMethod: the string/array/object the method is bound to
  const Node* node = nullptr;  ///< kMacro: the macro statement; kCaller: the call block
  std::weak_ptr<Scope> scope;  ///< kCaller: where the call block was rendered
};

}  // namespace mlxla::chat
