// Helpers for the reference runtime's tests: typed buffers from vectors and back, one-op modules.
#pragma once

#include <cstring>
#include <functional>
#include <vector>

#include "graph/builder.h"
#include "graph/ir.h"
#include "runtime/backend.h"
#include "runtime/reference/interpreter.h"

namespace mlxla::runtime::testing {

template <typename T>
Buffer make_buffer(graph::ElementType element, std::vector<int64_t> shape,
                   const std::vector<T>& values) {
  Buffer buffer = Buffer::zeros(graph::TensorType{element, std::move(shape)});
  EXPECT_EQ(buffer.bytes.size(), values.size() * sizeof(T));
  if (buffer.bytes.size() == values.size() * sizeof(T) && !values.empty()) {
    std::memcpy(buffer.bytes.data(), values.data(), buffer.bytes.size());
  }
  return buffer;
}

template <typename T>
std::vector<T> values_of(const Buffer& buffer) {
  std::vector<T> values(buffer.bytes.size() / sizeof(T));
  if (!values.empty()) std::memcpy(values.data(), buffer.bytes.data(), values.size() * sizeof(T));
  return values;
}

/// Builds `main` with one parameter per argument (their types), lets `body` add ops and
/// return, then interprets it. The single result of main is returned (or the error).
inline Result<Buffer> run_graph(
    const std::vector<Buffer>& args,
    const std::function<graph::ValueId(graph::Builder&, std::vector<graph::ValueId>)>& body) {
  graph::Module module;
  graph::Builder b(module, "main");
  std::vector<graph::ValueId> params;
  for (size_t i = 0; i < args.size(); ++i)
    params.push_back(b.parameter(args[i].type, "arg" + std::to_string(i)));
  b.return_values({body(b, params)});
  std::vector<BufferView> views;
  for (const Buffer& a : args) views.push_back(a.view());
  MLXLA_ASSIGN_OR_RETURN(std::vector<Buffer> results, reference::interpret(module, "main", views));
  return std::move(results[0]);
}

}  // namespace mlxla::runtime::testing
