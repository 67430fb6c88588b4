// Whole models in MLX's fp modes (mxfp4, nvfp4, mxfp8), written by `mlxla synth --bits 0` and
// `mlxla quantize --mode`: the packed graph (codes decoded in the graph) gives the same logits,
// bit for bit, as the dense model of the host-dequantized weights (MLX's dequantize, checked
// against MLX's fixtures in fp_quant_fixtures_test), on the CPU runtime and on the reference
// interpreter, for prefill and decode, and under the fast policy too.
// ctest-labels: numerics e2e
#include <gtest/gtest.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "runtime/reference/reference_backend.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

namespace fs = std::filesystem;

// Untied (the head is its own fp layer) with an fp-quantized embedding table.
constexpr const char* kConfig = R"({"model_type": "llama", "hidden_size": 64,
  "intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
  "num_key_value_heads": 2, "vocab_size": 96, "rms_norm_eps": 1e-5, "rope_theta": 10000.0,
  "tie_word_embeddings": false, "torch_dtype": "bfloat16"})";

std::unique_ptr<ModelRunner> open_runner(const fs::path& dir, model::Residency residency,
                                         bool reference,
                                         kernels::Policy policy = kernels::Policy::kExact) {
  RunnerOptions options;
  options.residency = residency;
  options.capacity = 64;
  options.prefill_chunk = 8;
  std::unique_ptr<Backend> backend;
  if (reference) {
    backend = reference::make_reference_backend();
  } else {
    cpu::CpuOptions cpu_options;
    cpu_options.threads = 2;
    cpu_options.parallel_min_bytes = 0;  // split every op across the threads
    cpu_options.policy = policy;
    auto cpu = cpu::CpuBackend::create(cpu_options);
    EXPECT_TRUE(cpu.ok());
    if (!cpu.ok()) return nullptr;
    backend = std::move(*cpu);
  }
  auto runner = ModelRunner::open(dir, std::move(backend), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

// A 12-token prefill (two chunks) then `steps` greedy decode steps: every step's logits.
std::vector<std::vector<float>> run(ModelRunner& runner, int steps) {
  std::vector<std::vector<float>> out;
  auto first = runner.prefill(std::vector<int32_t>{1, 5, 9, 13, 17, 21, 25, 29, 33, 37, 41, 45});
  EXPECT_TRUE(first.ok()) << (first.ok() ? "" : first.error().message());
  if (!first.ok()) return out;
  out.push_back(first->logits);
  int32_t token = first->next_token;
  for (int i = 0; i < steps; ++i) {
    auto step = runner.decode(token);
    EXPECT_TRUE(step.ok()) << (step.ok() ? "" : step.error().message());
    if (!step.ok()) return out;
    out.push_back(step->logits);
    token = step->next_token;
  }
  return out;
}

TEST(FpModeModel, PackedEqualsDenseBitwiseOnCpuAndReference) {
  testing::ScratchDir dir("fp-mode-model");
  fs::create_directories(dir / "cfg");
  testing::write_file(dir / "cfg" / "config.json", kConfig);
  const auto synth = testing::run_cli({"synth", "--config", (dir / "cfg").string(), "--out",
                                       (dir / "float").string(), "--bits", "0"});
  ASSERT_EQ(synth.exit_code, 0) << synth.err;
  for (const char* mode : {"mxfp4", "nvfp4", "mxfp8"}) {
    const fs::path model = dir / mode;
    const auto q = testing::run_cli(
        {"quantize", "--in", (dir / "float").string(), "--out", model.string(), "--mode", mode});
    ASSERT_EQ(q.exit_code, 0) << q.err;
    for (bool reference : {false, true}) {
      const int steps = reference ? 4 : 24;
      auto packed = open_runner(model, model::Residency::kPacked, reference);
      auto dense = open_runner(model, model::Residency::kDense, reference);
      ASSERT_TRUE(packed && dense) << mode;
      const auto p = run(*packed, steps);
      const auto d = run(*dense, steps);
      ASSERT_EQ(p.size(), static_cast<size_t>(steps + 1)) << mode;
      ASSERT_EQ(d.size(), p.size()) << mode;
      for (size_t i = 0; i < p.size(); ++i) {
        ASSERT_EQ(p[i].size(), d[i].size());
        EXPECT_EQ(std::memcmp(p[i].data(), d[i].data(), p[i].size() * sizeof(float)), 0)
            << mode << (reference ? " reference" : " cpu") << ": step " << i;
      }
    }
    // The fused CPU kernel decodes to f32 and runs the dense kernel under either policy: the
    // fast policy (int8 activations for affine layers) leaves fp layers exact.
    auto fast = open_runner(model, model::Residency::kPacked, false, kernels::Policy::kFast);
    auto dense = open_runner(model, model::Residency::kDense, false, kernels::Policy::kFast);
    ASSERT_TRUE(fast && dense) << mode;
    const auto f = run(*fast, 8);
    const auto d = run(*dense, 8);
    ASSERT_EQ(f.size(), d.size());
    for (size_t i = 0; i < f.size(); ++i)
      EXPECT_EQ(std::memcmp(f[i].data(), d[i].data(), f[i].size() * sizeof(float)), 0)
          << mode << " fast policy: step " << i;
  }
}

}  // namespace
}  // namespace mlxla::runtime
