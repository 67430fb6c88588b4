// The reference runtime on the real stories260K models (../shared): greedy decoding from BOS
// reproduces llama2.c's known-good 200 ids exactly; packed equals dense at f32 and f16-resident
// equals dense at f16, logits bit for bit; ragged and batched rows equal each sequence run
// alone; chunked prefill equals token-by-token decode.
// ctest-labels: golden numerics slow
#include <cstring>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "runtime/model_runner.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

std::vector<int32_t> read_ids(const std::filesystem::path& path) {
  std::vector<int32_t> ids;
  std::stringstream in(mlxla::testing::read_file(path));
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.find_first_not_of(" \r\n\t") != std::string::npos) ids.push_back(std::stoi(item));
  }
  return ids;
}

constexpr const char* kQuantizedModels[] = {
    "stories260K-mlx-q3-g32-f16", "stories260K-mlx-q4-g32-f16", "stories260K-mlx-q4-g32-f32",
    "stories260K-mlx-q4-g64-f16", "stories260K-mlx-q6-g32-f16", "stories260K-mlx-q8-g32-f16"};

std::unique_ptr<ModelRunner> open_runner(const std::string& model, model::Residency residency,
                                         model::Precision precision, int64_t capacity,
                                         int64_t chunk = 16) {
  RunnerOptions options;
  options.residency = residency;
  options.precision = precision;
  options.capacity = capacity;
  options.prefill_chunk = chunk;
  auto backend = make_backend("reference");
  EXPECT_TRUE(backend.ok());
  if (!backend.ok()) return nullptr;
  auto runner = ModelRunner::open(mlxla::testing::shared_dir() / "models" / model,
                                  std::move(*backend), options);
  EXPECT_TRUE(runner.ok()) << model << ": " << runner.error().message();
  return runner.ok() ? std::move(*runner) : nullptr;
}

/// Decodes `prompt` then greedy continuations token by token until `steps` tokens were fed;
/// returns the fed tokens and the logits after each.
struct Trace {
  std::vector<int32_t> fed;
  std::vector<std::vector<float>> logits;
};
Trace decode_alone(ModelRunner& runner, const std::vector<int32_t>& prompt, size_t steps) {
  Trace trace;
  runner.reset();
  int32_t next = prompt[0];
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

/// Bitwise equality of float vectors (NaN payloads included), naming the first difference.
::testing::AssertionResult bitwise_equal(const std::vector<float>& a, const std::vector<float>& b) {
  if (a.size() != b.size())
    return ::testing::AssertionFailure() << "sizes " << a.size() << " vs " << b.size();
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::memcmp(&a[i], &b[i], sizeof(float)) != 0) {
      return ::testing::AssertionFailure() << "element " << i << ": " << a[i] << " vs " << b[i];
    }
  }
  return ::testing::AssertionSuccess();
}

TEST(ReferenceModel, GreedyFromBosMatchesLlama2c) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  const auto dir = mlxla::testing::shared_dir() / "models/stories260K";
  const std::vector<int32_t> expected = read_ids(dir / "expected_greedy_200.ids");
  ASSERT_EQ(expected.size(), 200u);
  RunnerOptions options;
  options.residency = model::Residency::kDense;
  options.precision = model::Precision::kF32;
  options.capacity = 256;
  auto backend = make_backend("reference");
  ASSERT_TRUE(backend.ok());
  auto runner = ModelRunner::open(dir, std::move(*backend), options);
  ASSERT_TRUE(runner.ok()) << runner.error().message();
  int32_t token = 1;
  for (size_t step = 0; step < expected.size(); ++step) {
    auto out = (*runner)->decode(token);
    ASSERT_TRUE(out.ok()) << out.error().message();
    ASSERT_EQ(out->next_token, expected[step]) << "step " << step;
    token = out->next_token;
  }
}

TEST(ReferenceModel, PackedEqualsDenseAtF32OnEveryQuantizedCheckpoint) {
  constexpr size_t kSteps = 40;
  for (const char* name : kQuantizedModels) {
    SCOPED_TRACE(name);
    MLXLA_REQUIRE_SHARED(std::string("models/") + name);
    auto dense = open_runner(name, model::Residency::kDense, model::Precision::kF32, kSteps);
    auto packed = open_runner(name, model::Residency::kPacked, model::Precision::kF32, kSteps);
    ASSERT_TRUE(dense && packed);
    const Trace expected = decode_alone(*dense, {1}, kSteps);
    const Trace actual = decode_alone(*packed, {1}, kSteps);
    ASSERT_EQ(expected.fed.size(), kSteps);
    ASSERT_EQ(actual.fed, expected.fed);
    for (size_t i = 0; i < kSteps; ++i)
      EXPECT_TRUE(bitwise_equal(actual.logits[i], expected.logits[i])) << "step " << i;
  }
}

TEST(ReferenceModel, F16ResidentEqualsDenseAtF16) {
  constexpr size_t kSteps = 24;
  for (const char* name :
       {"stories260K", "stories260K-mlx-q4-g32-f16", "stories260K-mlx-q6-g32-f16"}) {
    SCOPED_TRACE(name);
    MLXLA_REQUIRE_SHARED(std::string("models/") + name);
    auto dense = open_runner(name, model::Residency::kDense, model::Precision::kF16, kSteps);
    auto half = open_runner(name, model::Residency::kF16, model::Precision::kF16, kSteps);
    ASSERT_TRUE(dense && half);
    const Trace expected = decode_alone(*dense, {1}, kSteps);
    const Trace actual = decode_alone(*half, {1}, kSteps);
    ASSERT_EQ(expected.fed.size(), kSteps);
    ASSERT_EQ(actual.fed, expected.fed);
    for (size_t i = 0; i < kSteps; ++i)
      EXPECT_TRUE(bitwise_equal(actual.logits[i], expected.logits[i])) << "step " << i;
  }
}

const std::vector<std::vector<int32_t>> kPrompts = {{1}, {1, 403, 407}, {1, 300, 301, 302}};

TEST(ReferenceModel, RaggedRowsEqualEachSequenceAlone) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q4-g32-f16");
  constexpr int64_t kCapacity = 16;
  constexpr size_t kSteps = 10;
  auto runner = open_runner("stories260K-mlx-q4-g32-f16", model::Residency::kPacked,
                            model::Precision::kF32, kCapacity);
  ASSERT_TRUE(runner);
  std::vector<Trace> alone;
  for (const auto& prompt : kPrompts) alone.push_back(decode_alone(*runner, prompt, kSteps));
  // Slot b starts 2*b steps late, so the slots sit at different positions every step; an idle
  // slot is fed token 0 at position 0, which its first real step overwrites.
  const auto slots = static_cast<int64_t>(kPrompts.size());
  ASSERT_TRUE(runner->reset_slots(slots).ok());
  for (size_t step = 0; step < kSteps + 2 * kPrompts.size(); ++step) {
    std::vector<int32_t> tokens(kPrompts.size(), 0);
    std::vector<int32_t> positions(kPrompts.size(), 0);
    for (size_t b = 0; b < kPrompts.size(); ++b) {
      const size_t delay = 2 * b;
      if (step >= delay && step - delay < kSteps) {
        positions[b] = static_cast<int32_t>(step - delay);
        tokens[b] = alone[b].fed[step - delay];
      }
    }
    auto out = runner->ragged(tokens, positions);
    ASSERT_TRUE(out.ok()) << out.error().message();
    for (size_t b = 0; b < kPrompts.size(); ++b) {
      const size_t delay = 2 * b;
      if (step >= delay && step - delay < kSteps) {
        EXPECT_TRUE(bitwise_equal((*out)[b].logits, alone[b].logits[step - delay]))
            << "slot " << b << " step " << step;
      }
    }
  }
}

TEST(ReferenceModel, BatchedRowsEqualEachSequenceAlone) {
  MLXLA_REQUIRE_SHARED("models/stories260K");
  constexpr int64_t kCapacity = 16;
  constexpr size_t kSteps = 8;
  auto runner =
      open_runner("stories260K", model::Residency::kDense, model::Precision::kF32, kCapacity);
  ASSERT_TRUE(runner);
  std::vector<Trace> alone;
  for (const auto& prompt : kPrompts) alone.push_back(decode_alone(*runner, prompt, kSteps));
  ASSERT_TRUE(runner->reset_slots(static_cast<int64_t>(kPrompts.size())).ok());
  for (size_t step = 0; step < kSteps; ++step) {
    std::vector<int32_t> tokens;
    for (const Trace& t : alone) tokens.push_back(t.fed[step]);
    auto out = runner->batched(tokens, static_cast<int32_t>(step));
    ASSERT_TRUE(out.ok()) << out.error().message();
    for (size_t b = 0; b < kPrompts.size(); ++b) {
      EXPECT_TRUE(bitwise_equal((*out)[b].logits, alone[b].logits[step]))
          << "row " << b << " step " << step;
    }
  }
}

TEST(ReferenceModel, ChunkedPrefillEqualsTokenByTokenDecode) {
  MLXLA_REQUIRE_SHARED("models/stories260K");
  const auto ids =
      read_ids(mlxla::testing::shared_dir() / "models/stories260K/expected_greedy_200.ids");
  std::vector<int32_t> prompt{1};
  prompt.insert(prompt.end(), ids.begin(),
                ids.begin() + 20);  // 21 tokens: chunks of 8, 8 and 5 (padded)
  constexpr int64_t kCapacity = 32;
  auto by_decode =
      open_runner("stories260K", model::Residency::kDense, model::Precision::kF32, kCapacity);
  auto by_prefill =
      open_runner("stories260K", model::Residency::kDense, model::Precision::kF32, kCapacity, 8);
  ASSERT_TRUE(by_decode && by_prefill);
  const Trace decoded = decode_alone(*by_decode, prompt, prompt.size());
  auto prefilled = by_prefill->prefill(prompt);
  ASSERT_TRUE(prefilled.ok()) << prefilled.error().message();
  EXPECT_EQ(by_prefill->position(), static_cast<int64_t>(prompt.size()));
  EXPECT_TRUE(bitwise_equal(prefilled->logits, decoded.logits.back()));
  // Cache entries [0, prompt) of every layer; the padded tail of the last chunk is not compared.
  const Buffer decode_k = by_decode->k_cache(), decode_v = by_decode->v_cache();
  const Buffer prefill_k = by_prefill->k_cache(), prefill_v = by_prefill->v_cache();
  const auto& shape = decode_k.type.shape;  // [L, 1, Cap, KV, D]
  const size_t esize = graph::element_size(decode_k.type.element);
  const size_t entry = static_cast<size_t>(shape[3] * shape[4]);
  const size_t layer = static_cast<size_t>(shape[2]) * entry;
  for (const auto& [a, b] :
       {std::make_pair(&decode_k, &prefill_k), std::make_pair(&decode_v, &prefill_v)}) {
    for (int64_t l = 0; l < shape[0]; ++l) {
      const std::byte* pa = a->bytes.data() + static_cast<size_t>(l) * layer * esize;
      const std::byte* pb = b->bytes.data() + static_cast<size_t>(l) * layer * esize;
      EXPECT_EQ(std::memcmp(pa, pb, prompt.size() * entry * esize), 0) << "layer " << l;
    }
  }
}

}  // namespace
}  // namespace mlxla::runtime
