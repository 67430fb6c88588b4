// What the BatchEngine tests share: a two-thread CPU backend, an engine opened with given
// options, and the greedy ids of one prompt run alone through ModelRunner (the reference a
// batched request must equal).
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <vector>

#include "engine/batch_engine.h"
#include "runtime/backend.h"
#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"

namespace mlxla::testing {

/// The CPU backend with two threads (the batched and the solo runs use the same kernels).
inline std::unique_ptr<runtime::Backend> two_thread_cpu_backend() {
  runtime::cpu::CpuOptions options;
  options.threads = 2;
  auto backend = runtime::cpu::CpuBackend::create(options);
  EXPECT_TRUE(backend.ok());
  return backend.ok() ? std::move(*backend) : nullptr;
}

/// A BatchEngine on `model` with `options` and its own two-thread CPU backend; null (with a
/// test failure) when it does not open.
inline std::unique_ptr<engine::BatchEngine> open_batch_engine(
    const std::filesystem::path& model, const engine::BatchEngineOptions& options) {
  auto engine = engine::BatchEngine::open(model, two_thread_cpu_backend(), options);
  EXPECT_TRUE(engine.ok()) << (engine.ok() ? "" : engine.error().message());
  return engine.ok() ? std::move(*engine) : nullptr;
}

/// Greedy ids of `prompt` run alone from an empty cache: ModelRunner prefill (in chunks of
/// `options.prefill_chunk`), then decode until `n` ids.
inline std::vector<int32_t> greedy_alone(const std::filesystem::path& model,
                                         const std::vector<int32_t>& prompt, int64_t n,
                                         const runtime::RunnerOptions& options) {
  auto runner = runtime::ModelRunner::open(model, two_thread_cpu_backend(), options);
  EXPECT_TRUE(runner.ok());
  if (!runner.ok()) return {};
  std::vector<int32_t> ids;
  auto step = (*runner)->prefill(prompt);
  EXPECT_TRUE(step.ok());
  if (!step.ok()) return ids;
  ids.push_back(step->next_token);
  while (static_cast<int64_t>(ids.size()) < n) {
    step = (*runner)->decode(ids.back());
    EXPECT_TRUE(step.ok());
    if (!step.ok()) return ids;
    ids.push_back(step->next_token);
  }
  return ids;
}

}  // namespace mlxla::testing
