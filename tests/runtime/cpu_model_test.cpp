// The CPU runtime on real checkpoints: stories260K's known-good greedy output, agreement with the
// reference interpreter on every shared checkpoint, the bit-identity contract (packed == dense at
// f32, f16-resident == dense at f16), thread-count independence, and chunked prefill.
// ctest-labels: numerics golden
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>

#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "runtime/reference/reference_backend.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

using mlxla::testing::shared_dir;

std::vector<int32_t> expected_greedy_ids() {
  std::ifstream in(shared_dir() / "models/stories260K/expected_greedy_200.ids");
  std::vector<int32_t> ids;
  std::string item;
  std::stringstream all;
  all << in.rdbuf();
  std::string text = all.str();
  for (char& c : text) {
    if (c == ',' || c == '\n' || c == '\r') c = ' ';
  }
  std::stringstream ss(text);
  int32_t v;
  while (ss >> v) ids.push_back(v);
  return ids;
}

/// `split_everything` sends every splittable op through the threaded path (the default keeps
/// this tiny model's ops on one thread, as they are too small to be worth splitting).
std::unique_ptr<ModelRunner> open_cpu(const std::string& model, RunnerOptions options, int threads,
                                      bool split_everything = false) {
  auto backend = cpu::CpuBackend::create({threads, std::nullopt, split_everything ? 0 : 256 << 10});
  EXPECT_TRUE(backend.ok());
  auto runner = ModelRunner::open(shared_dir() / "models" / model, std::move(*backend), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

[[maybe_unused]] std::unique_ptr<ModelRunner> open_reference(const std::string& model,
                                                             RunnerOptions options) {
  auto runner = ModelRunner::open(shared_dir() / "models" / model,
                                  reference::make_reference_backend(), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  return runner.ok() ? std::move(*runner) : nullptr;
}

/// Greedy decoding from BOS: ids and the logits of every step.
void greedy(ModelRunner& runner, int steps, std::vector<int32_t>* ids,
            std::vector<std::vector<float>>* logits) {
  int32_t token = 1;
  for (int i = 0; i < steps; ++i) {
    auto out = runner.decode(token);
    ASSERT_TRUE(out.ok()) << out.error().message();
    ids->push_back(out->next_token);
    if (logits) logits->push_back(out->logits);
    token = out->next_token;
  }
}

TEST(CpuModel, Stories260KGreedyMatchesLlama2c) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  const auto expected = expected_greedy_ids();
  ASSERT_EQ(expected.size(), 200u);
  for (int threads : {1, 2, 3}) {
    RunnerOptions options;
    options.residency = model::Residency::kDense;
    options.kv_dtype = model::Precision::kF32;  // llama2.c keeps an f32 cache
    auto runner = open_cpu("stories260K", options, threads, /*split_everything=*/true);
    ASSERT_NE(runner, nullptr);
    std::vector<int32_t> ids;
    greedy(*runner, 200, &ids, nullptr);
    EXPECT_EQ(ids, expected) << threads << " threads";
  }
}

const char* const kMlxModels[] = {"stories260K-mlx-q3-g32-f16", "stories260K-mlx-q4-g32-f16",
                                  "stories260K-mlx-q4-g32-f32", "stories260K-mlx-q4-g64-f16",
                                  "stories260K-mlx-q6-g32-f16", "stories260K-mlx-q8-g32-f16"};

void expect_same_logits(ModelRunner& a, ModelRunner& b, int steps, const std::string& what) {
  std::vector<int32_t> ia, ib;
  std::vector<std::vector<float>> la, lb;
  greedy(a, steps, &ia, &la);
  greedy(b, steps, &ib, &lb);
  ASSERT_EQ(la.size(), lb.size());
  for (size_t s = 0; s < la.size(); ++s) {
    ASSERT_EQ(0, std::memcmp(la[s].data(), lb[s].data(), la[s].size() * 4))
        << what << " step " << s;
  }
}

TEST(CpuModel, PackedEqualsDenseAtF32AndF16ResidentEqualsDenseAtF16) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  for (const char* model : kMlxModels) {
    // Both sides use the same cache type, so the contract holds for every KV dtype.
    for (model::Precision kv :
         {model::Precision::kF16, model::Precision::kBF16, model::Precision::kF32}) {
      RunnerOptions packed, dense;
      packed.residency = model::Residency::kPacked;
      dense.residency = model::Residency::kDense;
      packed.kv_dtype = dense.kv_dtype = kv;
      auto p = open_cpu(model, packed, 2);
      auto d = open_cpu(model, dense, 2);
      ASSERT_TRUE(p && d);
      expect_same_logits(
          *p, *d, 64,
          std::string(model) + " packed vs dense f32, kv " + std::string(model::to_string(kv)));
    }

    RunnerOptions f16, dense16;
    f16.residency = model::Residency::kF16;
    f16.precision = model::Precision::kF16;
    dense16.residency = model::Residency::kDense;
    dense16.precision = model::Precision::kF16;
    auto h = open_cpu(model, f16, 2);
    auto d16 = open_cpu(model, dense16, 2);
    ASSERT_TRUE(h && d16);
    expect_same_logits(*h, *d16, 64, std::string(model) + " f16 vs dense at f16");
  }
}

/// stories260K-mlx-q4-g64-f16 on two runners with `options`: `prompt` through prefill on one
/// and token by token through decode on the other give the same next token and logits, bit for
/// bit. The runners are handed back when asked (to compare their caches).
void expect_prefill_equals_decode(const RunnerOptions& options, const std::vector<int32_t>& prompt,
                                  const std::string& what,
                                  std::unique_ptr<ModelRunner>* chunked_out = nullptr,
                                  std::unique_ptr<ModelRunner>* stepwise_out = nullptr) {
  auto chunked = open_cpu("stories260K-mlx-q4-g64-f16", options, 2);
  auto stepwise = open_cpu("stories260K-mlx-q4-g64-f16", options, 2);
  ASSERT_TRUE(chunked && stepwise) << what;
  auto from_prefill = chunked->prefill(prompt);
  ASSERT_TRUE(from_prefill.ok()) << what << ": " << from_prefill.error().message();
  StepOutput last;
  for (int32_t t : prompt) {
    auto out = stepwise->decode(t);
    ASSERT_TRUE(out.ok()) << what;
    last = *out;
  }
  EXPECT_EQ(from_prefill->next_token, last.next_token) << what;
  EXPECT_EQ(0, std::memcmp(from_prefill->logits.data(), last.logits.data(), last.logits.size() * 4))
      << what;
  if (chunked_out) *chunked_out = std::move(chunked);
  if (stepwise_out) *stepwise_out = std::move(stepwise);
}

TEST(CpuModel, ChunkedPrefillEqualsTokenByTokenDecode) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g64-f16");
  const std::vector<int32_t> prompt = {1,   403, 407, 261, 378, 294, 269, 300, 285,
                                       263, 270, 416, 268, 1,   33,  60,  61};
  RunnerOptions options;
  options.prefill_chunk = 5;  // 17 tokens: three full chunks and a padded one
  std::unique_ptr<ModelRunner> chunked, stepwise;
  expect_prefill_equals_decode(options, prompt, "17 tokens", &chunked, &stepwise);
  ASSERT_TRUE(chunked && stepwise);
  // The cache entries the prompt wrote are identical too.
  const auto& ck = chunked->k_cache();
  const auto& sk = stepwise->k_cache();
  ASSERT_EQ(ck.bytes.size(), sk.bytes.size());
  const auto& shape = ck.type.shape;  // [L, 1, Cap, KV, D]
  const size_t row =
      static_cast<size_t>(shape[3] * shape[4]) * graph::element_size(ck.type.element);
  for (int64_t l = 0; l < shape[0]; ++l) {
    const size_t base = static_cast<size_t>(l * shape[2]) * row;
    EXPECT_EQ(0, std::memcmp(ck.bytes.data() + base, sk.bytes.data() + base, prompt.size() * row))
        << "layer " << l;
  }
}

// A prompt (or a prompt's tail) shorter than the chunk runs through the smallest prefill graph
// that holds it (8, 16, 32 rows, ...), not a whole padded chunk: the logits equal token-by-token
// decode bit for bit whatever graph ran.
TEST(CpuModel, ShortPromptsRunTheSmallestPrefillGraph) {
  EXPECT_EQ(prefill_graph_chunk(1, 64), 8);
  EXPECT_EQ(prefill_graph_chunk(8, 64), 8);
  EXPECT_EQ(prefill_graph_chunk(9, 64), 16);
  EXPECT_EQ(prefill_graph_chunk(33, 64), 64);
  EXPECT_EQ(prefill_graph_chunk(200, 64), 64);
  EXPECT_EQ(prefill_graph_chunk(3, 5), 5);     // chunks of 8 or fewer stay as configured
  EXPECT_EQ(prefill_graph_chunk(40, 48), 48);  // never more than the chunk
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g64-f16");
  RunnerOptions options;
  options.prefill_chunk = 64;
  options.capacity = 160;
  for (const size_t length : {1u, 7u, 9u, 17u, 70u}) {
    std::vector<int32_t> prompt = {1};
    for (size_t i = 1; i < length; ++i) prompt.push_back(static_cast<int32_t>(3 + (i * 37) % 500));
    expect_prefill_equals_decode(options, prompt, "length " + std::to_string(length));
  }
}

}  // namespace
}  // namespace mlxla::runtime
