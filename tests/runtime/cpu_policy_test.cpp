// Policy::kFast in the CPU runtime: logits independent of the thread count and of the split
// (bitwise, the fast kernels' own contract), different from kExact but close to it, and the
// agreement figures (max logit error, greedy agreement) on the shared stories260K checkpoints and
// on a synthetic 4-bit Llama written here. The figures are printed (docs/BENCHMARKS.md quotes
// them).
// ctest-labels: numerics
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>

#include "checkpoint/config.h"
#include "checkpoint/safetensors.h"
#include "model/layer_formats.h"
#include "quant/affine.h"
#include "runtime/bench_model.h"
#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

// hidden 128, 2 layers, 4 heads of 32, 2 kv heads, intermediate 256, vocab 96; 4-bit, group 64.
constexpr const char* kConfig =
    R"({"model_type": "llama", "hidden_size": 128, "intermediate_size": 256,
  "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 96,
  "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "tie_word_embeddings": true,
  "quantization": {"group_size": 64, "bits": 4}})";

void write_synthetic(const std::filesystem::path& dir) {
  mlxla::testing::write_file(dir / "config.json", kConfig);
  auto config = checkpoint::load_model_config(dir);
  ASSERT_TRUE(config.ok()) << config.error().message();
  uint64_t state = 99;
  auto next = [&] {  // uniform in [-0.25, 0.25)
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<float>(static_cast<int64_t>(state >> 40) - (1 << 23)) /
           static_cast<float>(1 << 25);
  };
  std::vector<std::vector<std::byte>> storage;
  storage.reserve(64);
  std::vector<checkpoint::TensorToWrite> tensors;
  auto add = [&](std::string name, DType dtype, std::vector<int64_t> shape,
                 std::vector<std::byte> bytes) {
    storage.push_back(std::move(bytes));
    tensors.push_back({std::move(name), dtype, std::move(shape), storage.back()});
  };
  auto floats = [&](int64_t n, float offset) {
    std::vector<std::byte> out(static_cast<size_t>(n) * 4);
    for (int64_t i = 0; i < n; ++i) {
      const float v = offset + next();
      std::memcpy(out.data() + i * 4, &v, 4);
    }
    return out;
  };
  for (const model::ModulePath& m : model::linear_modules(*config)) {
    const auto spec = config->quantization_for(m.path);
    ASSERT_TRUE(spec.has_value()) << m.path;
    const quant::AffineLayout layout{m.out_features, m.in_features, spec->bits, spec->group_size};
    auto q = quant::quantize(floats(m.out_features * m.in_features, 0.0f), DType::kF32, layout,
                             DType::kF16);
    ASSERT_TRUE(q.ok()) << q.error().message();
    const int64_t groups = m.in_features / spec->group_size;
    add(m.path + ".weight", DType::kU32, {m.out_features, m.in_features * spec->bits / 32},
        q->packed);
    add(m.path + ".scales", DType::kF16, {m.out_features, groups}, q->scales);
    add(m.path + ".biases", DType::kF16, {m.out_features, groups}, q->biases);
  }
  for (int layer = 0; layer < 2; ++layer) {
    for (const char* norm : {"input_layernorm", "post_attention_layernorm"}) {
      add("model.layers." + std::to_string(layer) + "." + norm + ".weight", DType::kF32, {128},
          floats(128, 1.0f));
    }
  }
  add("model.norm.weight", DType::kF32, {128}, floats(128, 1.0f));
  ASSERT_TRUE(
      checkpoint::write_safetensors(dir / "model.safetensors", tensors, {{"format", "mlx"}}).ok());
}

std::vector<std::vector<float>> fast_logits(const std::filesystem::path& dir, int threads,
                                            int64_t min_bytes, int64_t steps) {
  cpu::CpuOptions options;
  options.threads = threads;
  options.parallel_min_bytes = min_bytes;
  options.policy = kernels::Policy::kFast;
  auto backend = cpu::CpuBackend::create(options);
  EXPECT_TRUE(backend.ok());
  RunnerOptions ro;
  ro.capacity = steps + 8;
  ro.prefill_chunk = 4;
  auto runner = ModelRunner::open(dir, std::move(*backend), ro);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  if (!runner.ok()) return {};
  std::vector<std::vector<float>> out;
  auto first = (*runner)->prefill(std::vector<int32_t>{1, 5, 7});  // the prefill (m > 1) order too
  EXPECT_TRUE(first.ok());
  if (!first.ok()) return {};
  out.push_back(first->logits);
  int32_t token = first->next_token;
  for (int64_t i = 0; i < steps; ++i) {
    auto step = (*runner)->decode(token);
    EXPECT_TRUE(step.ok());
    if (!step.ok()) return out;
    out.push_back(step->logits);
    token = step->next_token;
  }
  return out;
}

void check_model(const std::filesystem::path& dir, int64_t steps) {
  // The same bits for 1, 2 and 3 threads, every op split (parallel_min_bytes 0) or not.
  const auto reference = fast_logits(dir, 1, 256 << 10, steps);
  ASSERT_EQ(reference.size(), static_cast<size_t>(steps + 1));
  for (int threads : {2, 3}) {
    const auto other = fast_logits(dir, threads, 0, steps);
    ASSERT_EQ(other.size(), reference.size());
    for (size_t i = 0; i < reference.size(); ++i) {
      EXPECT_EQ(std::memcmp(other[i].data(), reference[i].data(), reference[i].size() * 4), 0)
          << dir << ": step " << i << ", " << threads << " threads";
    }
  }
  cpu::CpuOptions options;
  options.threads = 2;
  RunnerOptions ro;
  ro.capacity = steps + 1;
  auto agreement = compare_policies(dir, ro, options, steps);
  ASSERT_TRUE(agreement.ok()) << agreement.error().message();
  EXPECT_EQ(agreement->steps, steps);
  EXPECT_GT(agreement->max_abs_logit_error, 0.0)
      << "fast equals exact bit for bit: is the policy applied?";
  EXPECT_TRUE(std::isfinite(agreement->max_abs_logit_error));
  std::printf(
      "%s: max |logit error| %.4g of max |logit| %.4g; greedy agreement %.1f%% over %lld steps; "
      "free-running match %lld\n",
      dir.filename().c_str(), agreement->max_abs_logit_error, agreement->max_abs_logit,
      100.0 * agreement->greedy_agreement, static_cast<long long>(steps),
      static_cast<long long>(agreement->free_running_match));
}

TEST(CpuPolicy, SyntheticModel) {
  mlxla::testing::ScratchDir dir("cpu_policy_model");
  write_synthetic(dir.path());
  check_model(dir.path(), 24);
}

TEST(CpuPolicy, SharedStoriesCheckpoints) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  for (const char* name :
       {"stories260K-mlx-q4-g32-f16", "stories260K-mlx-q4-g64-f16", "stories260K-mlx-q4-g32-f32",
        "stories260K-mlx-q3-g32-f16", "stories260K-mlx-q6-g32-f16", "stories260K-mlx-q8-g32-f16"}) {
    check_model(mlxla::testing::shared_dir() / "models" / name, 64);
  }
}

}  // namespace
}  // namespace mlxla::runtime
