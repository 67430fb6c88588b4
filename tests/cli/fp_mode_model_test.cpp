// Whole models in MLX's fp modes (mxfp4, nvfp4, mxfp8), written by `mlxla synth --bits 0` and
// `mlxla quantize --mode`: the packed graph (codes decoded in the graph) gives the same logits,
// bit for bit, as the dense model of the host-dequantized weights (MLX's dequantize, checked
// against MLX's fixtures in fp_quant_fixtures_test), on the CPU runtime and on the reference
// interpreter, for prefill and decode, and under the fast policy too.
// ctest-labels: numerics e2e
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#include "checkpoint/safetensors.h"
#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "runtime/reference/reference_backend.h"
#include "support/bounded_run.h"
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

// Copies the checkpoint `from` to `to` with `edit` applied to the tensor list (names, dtypes,
// shapes, bytes) before writing.
void rewrite(const fs::path& from, const fs::path& to,
             const std::function<void(std::vector<checkpoint::TensorToWrite>&,
                                      std::vector<std::vector<std::byte>>&)>& edit) {
  fs::create_directories(to);
  fs::copy_file(from / "config.json", to / "config.json", fs::copy_options::overwrite_existing);
  auto file = checkpoint::SafetensorsFile::open(from / "model.safetensors");
  ASSERT_TRUE(file.ok()) << file.error().message();
  std::vector<std::vector<std::byte>> storage;
  std::vector<checkpoint::TensorToWrite> tensors;
  storage.reserve(file->tensors().size() + 4);
  for (const auto& info : file->tensors()) {
    const auto view = file->view(info);
    storage.emplace_back(view.bytes().begin(), view.bytes().end());
    tensors.push_back({info.name, info.dtype, info.shape, {}});
  }
  edit(tensors, storage);
  for (size_t i = 0; i < tensors.size(); ++i) tensors[i].bytes = storage[i];
  ASSERT_TRUE(checkpoint::write_safetensors(to / "model.safetensors", tensors, {}).ok());
}

size_t index_of(const std::vector<checkpoint::TensorToWrite>& tensors, const std::string& name) {
  for (size_t i = 0; i < tensors.size(); ++i)
    if (tensors[i].name == name) return i;
  return tensors.size();
}

// Opens `dir` and decodes one token in a child bounded in time and memory: the error message,
// or "ok" when the model ran.
testing::BoundedOutcome open_bounded(const fs::path& dir) {
  return testing::run_bounded([dir] {
    auto cpu = cpu::CpuBackend::create(cpu::CpuOptions{});
    if (!cpu.ok()) return cpu.error().message();
    RunnerOptions options;
    options.capacity = 16;
    auto runner = ModelRunner::open(dir, std::move(*cpu), options);
    if (!runner.ok()) return runner.error().message();
    auto step = (*runner)->decode(1);
    return step.ok() ? std::string("ok") : step.error().message();
  });
}

// Hostile fp-mode checkpoints (mxfp4 and nvfp4): wrong scale dtype or shape, a stray biases
// tensor, an nvfp4 global scale (MLX's layers have none), and a config whose group size the mode
// does not allow end in errors naming what is wrong; all-255 scale bytes (infinite E8M0 scales,
// E4M3 -480: MLX's decoding) run without a crash. Each within the bounded runner's time and
// memory limits.
TEST(FpModeModel, HostileCheckpointsFailClearlyWithinBounds) {
  testing::ScratchDir dir("fp-mode-hostile");
  fs::create_directories(dir / "cfg");
  testing::write_file(dir / "cfg" / "config.json", kConfig);
  ASSERT_EQ(testing::run_cli({"synth", "--config", (dir / "cfg").string(), "--out",
                              (dir / "float").string(), "--bits", "0"})
                .exit_code,
            0);
  for (const std::string mode : {"mxfp4", "nvfp4"}) {
    const fs::path good = dir / mode;
    ASSERT_EQ(testing::run_cli({"quantize", "--in", (dir / "float").string(), "--out",
                                good.string(), "--mode", mode})
                  .exit_code,
              0);
    const std::string q = "model.layers.0.self_attn.q_proj";
    struct Case {
      const char* name;
      std::function<void(std::vector<checkpoint::TensorToWrite>&,
                         std::vector<std::vector<std::byte>>&)>
          edit;
      std::string want;  // substring of the error; empty: must run
    };
    std::vector<Case> cases = {
        {"f32 scales",
         [&](auto& t, auto& b) {
           const size_t i = index_of(t, q + ".scales");
           t[i].dtype = DType::kF32;
           b[i].resize(b[i].size() * 4);
         },
         "scales dtype is F32, expected U8"},
        {"scales shape",
         [&](auto& t, auto& b) {
           const size_t i = index_of(t, q + ".scales");
           t[i].shape[1] -= 1;
           b[i].resize(static_cast<size_t>(t[i].shape[0] * t[i].shape[1]));
         },
         "so scales must be"},
        {"stray biases",
         [&](auto& t, auto& b) {
           const size_t i = index_of(t, q + ".scales");
           b.push_back(b[i]);
           t.push_back({q + ".biases", DType::kU8, t[i].shape, {}});
         },
         "has a '.biases' tensor"},
        {"infinite scales",
         [&](auto& t, auto& b) {
           for (size_t i = 0; i < t.size(); ++i)
             if (t[i].name.ends_with(".scales"))
               std::fill(b[i].begin(), b[i].end(), std::byte{255});
         },
         ""},
    };
    if (mode == "nvfp4") {
      cases.push_back({"global scale",
                       [&](auto& t, auto& b) {
                         b.emplace_back(4);
                         t.push_back({q + ".global_scale", DType::kF32, {}, {}});
                       },
                       "tensor '" + q + ".global_scale': nvfp4 global scales are not supported"});
    }
    for (const Case& c : cases) {
      const fs::path bad = dir / (mode + " " + c.name);
      rewrite(good, bad, c.edit);
      const testing::BoundedOutcome outcome = open_bounded(bad);
      ASSERT_TRUE(outcome.finished) << mode << " " << c.name << ": " << outcome.describe();
      if (c.want.empty()) {
        EXPECT_EQ(outcome.text, "ok") << mode << " " << c.name;
      } else {
        EXPECT_NE(outcome.text.find(c.want), std::string::npos)
            << mode << " " << c.name << ": " << outcome.text;
      }
    }
    // A config whose group size the mode does not allow (mxfp4 needs 32, nvfp4 16).
    const fs::path bad_group = dir / (mode + "-bad-group");
    rewrite(good, bad_group, [](auto&, auto&) {});
    std::string config = testing::read_file(bad_group / "config.json");
    const std::string from = mode == "nvfp4" ? "\"group_size\": 16" : "\"group_size\": 32";
    for (size_t at = config.find(from); at != std::string::npos; at = config.find(from))
      config.replace(at, from.size(), "\"group_size\": 64");
    testing::write_file(bad_group / "config.json", config);
    const testing::BoundedOutcome outcome = open_bounded(bad_group);
    ASSERT_TRUE(outcome.finished) << outcome.describe();
    EXPECT_NE(outcome.text.find("64 is not allowed with mode " + mode), std::string::npos)
        << outcome.text;
  }
}

}  // namespace
}  // namespace mlxla::runtime
