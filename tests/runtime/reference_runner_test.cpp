// ModelRunner over the reference backend on a synthetic 4-bit Llama checkpoint written here (no
// ../shared): packed == dense at f32 and f16-resident == dense at f16 (logits bitwise), chunked
// prefill == token-by-token decode, ragged and batched rows == each sequence alone, and errors.
// ctest-labels: unit numerics
#include <cmath>
#include <cstring>
#include <string>

#include <gtest/gtest.h>

#include "runtime/model_runner.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

// hidden 64, 2 layers, 4 heads of 16, 2 kv heads, intermediate 96, vocab 48; 4-bit, group 32,
// f16 scales; the embedding is tied and packed too.
constexpr const char* kConfig =
    R"({"model_type": "llama", "hidden_size": 64, "intermediate_size": 96,
  "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 48,
  "rms_norm_eps": 1e-5, "rope_theta": 10000.0, "tie_word_embeddings": true,
  "quantization": {"group_size": 32, "bits": 4}})";

class SyntheticModel : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new mlxla::testing::ScratchDir("reference_runner_model");
    ASSERT_TRUE(mlxla::testing::write_synthetic_model(
        dir_->path(), {.config_json = kConfig, .dtype = "float16", .seed = 2024}));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  static std::unique_ptr<ModelRunner> open(model::Residency residency, model::Precision precision,
                                           int64_t capacity = 24, int64_t chunk = 4) {
    RunnerOptions options{residency, precision, capacity, chunk};
    auto backend = make_backend("reference");
    EXPECT_TRUE(backend.ok());
    if (!backend.ok()) return nullptr;
    auto runner = ModelRunner::open(dir_->path(), std::move(*backend), options);
    EXPECT_TRUE(runner.ok()) << runner.error().message();
    return runner.ok() ? std::move(*runner) : nullptr;
  }

  static mlxla::testing::ScratchDir* dir_;
};

mlxla::testing::ScratchDir* SyntheticModel::dir_ = nullptr;

struct Trace {
  std::vector<int32_t> fed;
  std::vector<std::vector<float>> logits;
};

/// Feeds `prompt`, then greedy predictions, one decode step at a time, `steps` tokens in all.
Trace decode_alone(ModelRunner& runner, const std::vector<int32_t>& prompt, size_t steps) {
  Trace trace;
  runner.reset();
  int32_t next = 0;
  for (size_t i = 0; i < steps; ++i) {
    const int32_t token = i < prompt.size() ? prompt[i] : next;
    auto out = runner.decode(token);
    EXPECT_TRUE(out.ok()) << out.error().message();
    if (!out.ok()) break;
    trace.fed.push_back(token);
    trace.logits.push_back(out->logits);
    next = out->next_token;
  }
  return trace;
}

bool same_bits(const std::vector<float>& a, const std::vector<float>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

bool all_finite(const std::vector<float>& v) {
  for (float x : v) {
    if (!std::isfinite(x)) return false;
  }
  return !v.empty();
}

const std::vector<std::vector<int32_t>> kPrompts = {{1}, {5, 9, 13}, {40, 2, 2, 7}};

TEST_F(SyntheticModel, PackedEqualsDenseAtF32) {
  auto dense = open(model::Residency::kDense, model::Precision::kF32);
  auto packed = open(model::Residency::kPacked, model::Precision::kF32);
  ASSERT_TRUE(dense && packed);
  const Trace a = decode_alone(*dense, kPrompts[1], 12);
  const Trace b = decode_alone(*packed, kPrompts[1], 12);
  ASSERT_EQ(a.fed.size(), 12u);
  ASSERT_EQ(a.fed, b.fed);
  for (size_t i = 0; i < a.logits.size(); ++i) {
    EXPECT_TRUE(all_finite(a.logits[i]));
    EXPECT_TRUE(same_bits(a.logits[i], b.logits[i])) << "step " << i;
  }
}

TEST_F(SyntheticModel, F16ResidentEqualsDenseAtF16AndDiffersFromF32) {
  auto dense = open(model::Residency::kDense, model::Precision::kF16);
  auto half = open(model::Residency::kF16, model::Precision::kF16);
  auto full = open(model::Residency::kDense, model::Precision::kF32);
  ASSERT_TRUE(dense && half && full);
  const Trace a = decode_alone(*dense, kPrompts[2], 10);
  const Trace b = decode_alone(*half, kPrompts[2], 10);
  const Trace c = decode_alone(*full, kPrompts[2], 1);
  ASSERT_EQ(a.fed.size(), 10u);
  ASSERT_EQ(a.fed, b.fed);
  for (size_t i = 0; i < a.logits.size(); ++i)
    EXPECT_TRUE(same_bits(a.logits[i], b.logits[i])) << "step " << i;
  // The precision really changes the arithmetic (else the test above would prove nothing).
  EXPECT_FALSE(same_bits(a.logits[0], c.logits[0]));
}

TEST_F(SyntheticModel, ChunkedPrefillEqualsDecode) {
  const std::vector<int32_t> prompt{3, 1, 4, 1, 5, 9,
                                    2, 6, 5, 3, 5};  // chunks of 4: 4, 4, 3 (padded)
  auto decoder = open(model::Residency::kPacked, model::Precision::kF32);
  auto prefiller = open(model::Residency::kPacked, model::Precision::kF32);
  ASSERT_TRUE(decoder && prefiller);
  const Trace decoded = decode_alone(*decoder, prompt, prompt.size());
  auto out = prefiller->prefill(prompt);
  ASSERT_TRUE(out.ok()) << out.error().message();
  EXPECT_EQ(prefiller->position(), static_cast<int64_t>(prompt.size()));
  EXPECT_TRUE(same_bits(out->logits, decoded.logits.back()));
  // Continuing after the prefill equals continuing after decode.
  auto after_prefill = prefiller->decode(out->next_token);
  auto after_decode = decoder->decode(out->next_token);
  ASSERT_TRUE(after_prefill.ok() && after_decode.ok());
  EXPECT_TRUE(same_bits(after_prefill->logits, after_decode->logits));
  const auto& shape = decoder->k_cache().type.shape;  // [L, 1, Cap, KV, D]
  const size_t entry = static_cast<size_t>(shape[3] * shape[4]) *
                       graph::element_size(decoder->k_cache().type.element);
  const size_t layer = static_cast<size_t>(shape[2]) * entry;
  for (int64_t l = 0; l < shape[0]; ++l) {
    const size_t used = (prompt.size() + 1) * entry;
    EXPECT_EQ(std::memcmp(decoder->k_cache().bytes.data() + l * layer,
                          prefiller->k_cache().bytes.data() + l * layer, used),
              0);
    EXPECT_EQ(std::memcmp(decoder->v_cache().bytes.data() + l * layer,
                          prefiller->v_cache().bytes.data() + l * layer, used),
              0);
  }
}

TEST_F(SyntheticModel, RaggedAndBatchedRowsEqualEachSequenceAlone) {
  constexpr size_t kSteps = 6;
  auto runner = open(model::Residency::kPacked, model::Precision::kF32, 12);
  ASSERT_TRUE(runner);
  std::vector<Trace> alone;
  for (const auto& p : kPrompts) alone.push_back(decode_alone(*runner, p, kSteps));
  ASSERT_TRUE(runner->reset_slots(3).ok());
  for (size_t step = 0; step < kSteps + 4; ++step) {  // slot b starts 2*b steps late
    std::vector<int32_t> tokens(3, 0);
    std::vector<int32_t> positions(3, 0);
    for (size_t b = 0; b < 3; ++b) {
      if (step >= 2 * b && step - 2 * b < kSteps) {
        positions[b] = static_cast<int32_t>(step - 2 * b);
        tokens[b] = alone[b].fed[step - 2 * b];
      }
    }
    auto out = runner->ragged(tokens, positions);
    ASSERT_TRUE(out.ok()) << out.error().message();
    for (size_t b = 0; b < 3; ++b) {
      if (step >= 2 * b && step - 2 * b < kSteps) {
        EXPECT_TRUE(same_bits((*out)[b].logits, alone[b].logits[step - 2 * b]))
            << "slot " << b << " step " << step;
      }
    }
  }
  ASSERT_TRUE(runner->reset_slots(3).ok());
  for (size_t step = 0; step < kSteps; ++step) {
    std::vector<int32_t> tokens;
    for (const Trace& t : alone) tokens.push_back(t.fed[step]);
    auto out = runner->batched(tokens, static_cast<int32_t>(step));
    ASSERT_TRUE(out.ok()) << out.error().message();
    for (size_t b = 0; b < 3; ++b) {
      EXPECT_TRUE(same_bits((*out)[b].logits, alone[b].logits[step]))
          << "row " << b << " step " << step;
    }
  }
}

TEST_F(SyntheticModel, BadRequestsAreErrors) {
  auto runner = open(model::Residency::kPacked, model::Precision::kF32, 4, 2);
  ASSERT_TRUE(runner);
  EXPECT_FALSE(runner->decode(48).ok());  // vocab is 48
  EXPECT_FALSE(runner->decode(-1).ok());
  EXPECT_FALSE(runner->prefill(std::vector<int32_t>{}).ok());
  EXPECT_FALSE(runner->prefill(std::vector<int32_t>{1, 2, 3, 4, 5}).ok());  // capacity 4
  EXPECT_EQ(runner->position(), 0);
  EXPECT_TRUE(runner->prefill(std::vector<int32_t>{1, 2, 3}).ok());  // 2 by prefill, 1 by decode
  EXPECT_TRUE(runner->decode(1).ok());
  EXPECT_FALSE(runner->decode(1).ok());  // full
  EXPECT_FALSE(
      runner->ragged(std::vector<int32_t>{1}, std::vector<int32_t>{0}).ok());  // no slots yet
  ASSERT_TRUE(runner->reset_slots(2).ok());
  EXPECT_FALSE(runner->ragged(std::vector<int32_t>{1}, std::vector<int32_t>{0}).ok());
  EXPECT_FALSE(runner->ragged(std::vector<int32_t>{1, 2}, std::vector<int32_t>{0, 4}).ok());
  EXPECT_FALSE(runner->batched(std::vector<int32_t>{1, 2}, 4).ok());
  EXPECT_FALSE(make_backend("nope").ok());
  auto missing = ModelRunner::open(dir_->path() / "absent", make_backend("reference").value(),
                                   RunnerOptions{});
  EXPECT_FALSE(missing.ok());
}

}  // namespace
}  // namespace mlxla::runtime
