// Sampling in the backend (Backend::sample): the logits stay where the step left them and only
// the choice comes back. Every path must choose exactly as runtime::sample_row on the host:
// the host backends' in-place read, Backend's default (download the row), the engine's Sampler
// on downloaded logits, and whole generations through Session and BatchEngine (a constraint that
// allows every token forces the download path; the tokens and log-probabilities must not move).
// ctest-labels: unit
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstring>
#include <memory>
#include <vector>

#include "engine/batch_engine.h"
#include "engine/sampler.h"
#include "engine/session.h"
#include "runtime/backend.h"
#include "runtime/backend_registry.h"
#include "runtime/sampling.h"
#include "support/test_support.h"
#if MLXLA_HAVE_VULKAN
#include "runtime/vulkan/device.h"
#include "runtime/vulkan/vulkan_backend.h"
#endif

namespace mlxla::engine {
namespace {

using runtime::LogitEdit;
using runtime::SampleResult;
using runtime::SampleSpec;

/// Deterministic pseudo-random numbers for the test's own inputs (not the Rng under test).
struct TestRng {
  uint64_t x;
  uint64_t next() {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  }
  float uniform(float lo, float hi) {
    return lo + (hi - lo) * static_cast<float>(next() % 1000003) / 1000003.0f;
  }
  int32_t below(int32_t n) { return static_cast<int32_t>(next() % static_cast<uint64_t>(n)); }
};

SampleSpec random_spec(TestRng& r, int32_t vocab) {
  SampleSpec spec;
  const float temperatures[] = {0.0f, 0.3f, 0.8f, 1.5f};
  spec.temperature = temperatures[r.below(4)];
  const int32_t top_ks[] = {0, 1, 3, 17};
  spec.top_k = top_ks[r.below(4)];
  const float top_ps[] = {1.0f, 0.9f, 0.4f};
  spec.top_p = top_ps[r.below(3)];
  const float min_ps[] = {0.0f, 0.05f, 0.3f};
  spec.min_p = min_ps[r.below(3)];
  const int32_t logprobs[] = {-1, 0, 5};
  spec.logprobs = logprobs[r.below(3)];
  const int32_t edits = r.below(6);
  for (int32_t i = 0; i < edits; ++i) {
    LogitEdit e;
    e.kind = r.below(2) == 0 ? LogitEdit::Kind::kAdd : LogitEdit::Kind::kRepetition;
    e.token = r.below(vocab + 3) - 1;  // a few outside [0, vocab): ignored
    e.value = e.kind == LogitEdit::Kind::kAdd ? r.uniform(-100.0f, 100.0f) : r.uniform(0.5f, 2.0f);
    spec.edits.push_back(e);
  }
  spec.rng = runtime::Rng(r.next()).state();
  return spec;
}

void expect_same(const SampleResult& a, const SampleResult& b, const std::string& what) {
  EXPECT_EQ(a.token, b.token) << what;
  EXPECT_EQ(a.rng, b.rng) << what;
  EXPECT_EQ(a.logprobs.chosen.token, b.logprobs.chosen.token) << what;
  EXPECT_EQ(std::bit_cast<uint32_t>(a.logprobs.chosen.logprob),
            std::bit_cast<uint32_t>(b.logprobs.chosen.logprob))
      << what;
  ASSERT_EQ(a.logprobs.top.size(), b.logprobs.top.size()) << what;
  for (size_t i = 0; i < a.logprobs.top.size(); ++i) {
    EXPECT_EQ(a.logprobs.top[i].token, b.logprobs.top[i].token) << what;
    EXPECT_EQ(std::bit_cast<uint32_t>(a.logprobs.top[i].logprob),
              std::bit_cast<uint32_t>(b.logprobs.top[i].logprob))
        << what;
  }
}

// det_exp is within a few ulp of the C library's exp over its domain, exactly 1 at 0 and 0 below
// kDetExpMin, for -inf and for NaN.
TEST(DeterministicSoftmax, DetExpIsCloseToExpAndExactAtTheEnds) {
  EXPECT_EQ(runtime::det_exp(0.0), 1.0);
  EXPECT_EQ(runtime::det_exp(-0.0), 1.0);
  EXPECT_EQ(runtime::det_exp(-std::numeric_limits<double>::infinity()), 0.0);
  EXPECT_EQ(runtime::det_exp(std::numeric_limits<double>::quiet_NaN()), 0.0);
  EXPECT_EQ(runtime::det_exp(runtime::kDetExpMin - 1e-9), 0.0);
  EXPECT_GT(runtime::det_exp(runtime::kDetExpMin), 0.0);
  TestRng r{5};
  int64_t worst = 0;
  for (int i = 0; i < 200000; ++i) {
    const double x = i < 100000 ? -static_cast<double>(r.next() % 708000000) * 1e-6
                                : -std::ldexp(static_cast<double>(r.next() % 1000000), -40);
    const double got = runtime::det_exp(x), want = std::exp(x);
    const int64_t ulps = std::abs(std::bit_cast<int64_t>(got) - std::bit_cast<int64_t>(want));
    worst = std::max(worst, ulps);
  }
  EXPECT_LE(worst, 2) << "ulps from std::exp";
}

// The definition's promise to a device: a head of the candidate order either decides exactly as
// the whole list does (same token, same stream) or says it cannot (nullopt). Random rows and
// specs, heads of 1 to 64 candidates; both outcomes must occur.
TEST(DeterministicSoftmax, AHeadDecidesAsTheWholeListOrNotAtAll) {
  TestRng r{0xabcdef};
  int decided = 0, undecided = 0;
  std::vector<float> scratch;
  for (const int32_t vocab : {512, 5000}) {
    for (int trial = 0; trial < 150; ++trial) {
      std::vector<float> row(static_cast<size_t>(vocab));
      const float spread = trial % 3 == 0 ? 2.0f : 20.0f;
      for (float& v : row) v = r.uniform(-spread, spread);
      row[3] = row[9];  // a tie
      SampleSpec spec = random_spec(r, vocab);
      if (spec.temperature == 0.0f) spec.temperature = 0.7f;
      if (spec.top_k == 1) spec.top_k = 0;
      spec.logprobs = -1;
      runtime::apply_edits(row, spec.edits);
      spec.edits.clear();
      const double inv_t = 1.0 / static_cast<double>(spec.temperature);
      double total = 0.0;
      const std::vector<runtime::WeightedToken> all = runtime::weigh_row(row, inv_t, total);
      const SampleResult whole = runtime::sample_row(row, spec, scratch);
      // sample_row orders only its first 256 candidates when they decide (vocab 5000 here):
      // the same choice and stream as the whole sorted list's.
      runtime::Rng list_rng = runtime::Rng::from_state(spec.rng);
      EXPECT_EQ(runtime::choose_from_head(all, true, total, spec, list_rng), whole.token)
          << vocab << " trial " << trial;
      EXPECT_EQ(list_rng.state(), whole.rng) << vocab << " trial " << trial;
      for (const size_t c : {size_t{1}, size_t{2}, size_t{8}, size_t{64}}) {
        const size_t n = std::min(c, all.size());
        runtime::Rng rng = runtime::Rng::from_state(spec.rng);
        const auto token =
            runtime::choose_from_head(std::span(all).first(n), n == all.size(), total, spec, rng);
        if (!token) {
          ++undecided;
          continue;
        }
        ++decided;
        EXPECT_EQ(*token, whole.token) << vocab << " trial " << trial << " head " << c;
        EXPECT_EQ(rng.state(), whole.rng) << vocab << " trial " << trial << " head " << c;
      }
    }
  }
  EXPECT_GT(decided, 100);
  EXPECT_GT(undecided, 100);
}

class BackendSample : public ::testing::TestWithParam<std::string_view> {
 protected:
  // A device backend runs under its validation layer here: any message fails the test.
  void SetUp() override {
    setenv("MLXLA_VULKAN_VALIDATION", "1", 0);
#if MLXLA_HAVE_VULKAN
    runtime::vulkan::clear_validation_messages();
#endif
  }
  void TearDown() override {
#if MLXLA_HAVE_VULKAN
    for (const std::string& message : runtime::vulkan::validation_messages())
      ADD_FAILURE() << "Vulkan validation: " << message;
#endif
  }
};

/// The registry's backend `name`; skips the test when it has no device here (vulkan).
std::unique_ptr<runtime::Backend> backend_or_skip(std::string_view name) {
  auto backend = runtime::make_backend(name, {});
  if (!backend.ok() && backend.error().category() == ErrorCategory::kUnsupported) return nullptr;
  EXPECT_TRUE(backend.ok()) << backend.error().message();
  return backend.ok() ? std::move(*backend) : nullptr;
}

TEST_P(BackendSample, InPlaceDownloadedAndHostChoicesAreIdentical) {
  auto made = backend_or_skip(GetParam());
  if (!made) GTEST_SKIP() << GetParam() << " has no usable device here";
  auto* backend = &made;
  // 61: one row spans two words of the device's edit bitmap; 300: more than the 64 lanes of
  // the device's argmax.
  for (const int32_t kVocab : {61, 300}) {
    constexpr int32_t kRows = 3;
    TestRng r{0x9e3779b97f4a7c15ULL};
    std::vector<float> logits(kRows * kVocab);
    for (float& v : logits) v = r.uniform(-8.0f, 8.0f);
    logits[5] = logits[7];  // a tie
    logits[kVocab + 2] = -std::numeric_limits<float>::infinity();
    logits[2 * kVocab + 4] = std::numeric_limits<float>::quiet_NaN();  // never chosen
    graph::TensorType type{graph::ElementType::kF32, {kRows, kVocab}};
    auto buffer =
        runtime::upload_new(**backend, {type, reinterpret_cast<std::byte*>(logits.data())});
    ASSERT_TRUE(buffer.ok()) << buffer.error().message();
    std::vector<float> scratch;
    for (int trial = 0; trial < 300; ++trial) {
      const SampleSpec spec = random_spec(r, kVocab);
      const int64_t row = r.below(kRows);
      const std::span<const float> host(logits.data() + row * kVocab, kVocab);
      const SampleResult expected = runtime::sample_row(host, spec, scratch);
      auto in_place = (*backend)->sample(**buffer, row, spec);
      ASSERT_TRUE(in_place.ok()) << in_place.error().message();
      // The interface's default: download the row, choose on the host.
      auto downloaded = (*backend)->runtime::Backend::sample(**buffer, row, spec);
      ASSERT_TRUE(downloaded.ok()) << downloaded.error().message();
      const std::string what = "trial " + std::to_string(trial);
      expect_same(*in_place, expected, what + " in place");
      expect_same(*downloaded, expected, what + " downloaded");
      // The log-probabilities are those of the edited row, and the stream moved only when a draw
      // was needed.
      if (spec.logprobs >= 0) {
        std::vector<float> edited(host.begin(), host.end());
        runtime::apply_edits(edited, spec.edits);
        EXPECT_EQ(expected.logprobs.chosen.logprob,
                  runtime::compute_logprobs(edited, expected.token, 0).chosen.logprob);
      }
    }
  }
}

// Several rows chosen in one call (Backend::sample_rows, what BatchEngine's ragged step uses)
// choose as sample_row does row by row, whatever mix of greedy, sampled and logprobs specs; on
// Vulkan the device choices of one call are one queue submission.
TEST_P(BackendSample, SampleRowsChooseAsEachRowAlone) {
  auto made = backend_or_skip(GetParam());
  if (!made) GTEST_SKIP() << GetParam() << " has no usable device here";
  constexpr int32_t kVocab = 300, kRows = 5;
  TestRng r{0x5851f42d4c957f2dULL};
  std::vector<float> logits(kRows * kVocab);
  for (float& v : logits) v = r.uniform(-6.0f, 6.0f);
  logits[3 * kVocab + 9] = std::numeric_limits<float>::quiet_NaN();
  graph::TensorType type{graph::ElementType::kF32, {kRows, kVocab}};
  auto buffer = runtime::upload_new(*made, {type, reinterpret_cast<std::byte*>(logits.data())});
  ASSERT_TRUE(buffer.ok()) << buffer.error().message();
  std::vector<float> scratch;
  int one_submission = 0;  // Vulkan calls whose every choice was the device's
  for (int trial = 0; trial < 40; ++trial) {
    std::vector<int64_t> rows;
    std::vector<SampleSpec> specs;
    const int32_t n = 1 + r.below(7);  // rows may repeat
    bool host_only = false;
    for (int32_t k = 0; k < n; ++k) {
      rows.push_back(r.below(kRows));
      specs.push_back(random_spec(r, kVocab));
      if (trial % 4 != 0) specs.back().logprobs = -1;  // most calls without a host choice
      host_only = host_only || specs.back().logprobs >= 0;
    }
#if MLXLA_HAVE_VULKAN
    auto* vulkan = dynamic_cast<runtime::vulkan::VulkanBackend*>(made.get());
    const int64_t submits = vulkan ? vulkan->device()->submits() : 0;
    const int64_t fallbacks = vulkan ? vulkan->sample_fallbacks() : 0;
#endif
    auto got = made->sample_rows(**buffer, rows, specs);
    ASSERT_TRUE(got.ok()) << got.error().message();
    ASSERT_EQ(got->size(), rows.size());
    for (size_t k = 0; k < rows.size(); ++k) {
      const std::span<const float> host(logits.data() + rows[k] * kVocab, kVocab);
      expect_same((*got)[k], runtime::sample_row(host, specs[k], scratch),
                  "trial " + std::to_string(trial) + " row " + std::to_string(k));
    }
#if MLXLA_HAVE_VULKAN
    if (vulkan && !host_only && vulkan->sample_fallbacks() == fallbacks) {
      EXPECT_EQ(vulkan->device()->submits() - submits, 1) << "trial " << trial;
      ++one_submission;
    }
#endif
  }
#if MLXLA_HAVE_VULKAN
  if (dynamic_cast<runtime::vulkan::VulkanBackend*>(made.get()) != nullptr) {
    EXPECT_GT(one_submission, 10);
  }
#endif
  const std::vector<int64_t> one = {0};
  EXPECT_FALSE(made->sample_rows(**buffer, one, std::vector<SampleSpec>(2)).ok());
}

// Greedy choices on rows built to hit the edge cases a device argmax can get wrong (the random
// specs above reach greedy with few edits and almost never tie at the maximum): ties at the
// maximum in different lanes, an edited token tying an unedited one, more edits than one pass of
// the device's edit loop (64), an edit that makes NaN (-inf + inf), rows of only NaN or only
// -inf, and repeated edits of one token (applied in order).
TEST_P(BackendSample, GreedyEdgeCasesChooseAsTheHost) {
  auto made = backend_or_skip(GetParam());
  if (!made) GTEST_SKIP() << GetParam() << " has no usable device here";
  constexpr int32_t kVocab = 300;
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  struct Case {
    std::string name;
    std::vector<float> row;
    std::vector<LogitEdit> edits;
  };
  std::vector<Case> cases;
  auto flat = [&](float v) { return std::vector<float>(kVocab, v); };
  {
    Case c{"tie across lanes", flat(0.0f), {}};
    c.row[3] = c.row[131] = c.row[299] = 5.0f;
    cases.push_back(c);
  }
  {
    Case c{"edited ties unedited", flat(-1.0f), {}};
    c.row[200] = 4.0f;
    c.row[17] = 1.0f;
    c.edits.push_back({LogitEdit::Kind::kAdd, 17, 3.0f});  // 1 + 3 == 4: the lower id wins
    cases.push_back(c);
  }
  {
    Case c{"edited above, later edit back down", flat(0.0f), {}};
    c.row[250] = 2.0f;
    c.edits.push_back({LogitEdit::Kind::kAdd, 9, 10.0f});
    c.edits.push_back({LogitEdit::Kind::kRepetition, 9, 2.0f});
    c.edits.push_back({LogitEdit::Kind::kAdd, 9, -9.0f});
    cases.push_back(c);
  }
  {
    Case c{"150 edits", flat(0.0f), {}};
    TestRng r{42};
    for (float& v : c.row) v = r.uniform(-3.0f, 3.0f);
    for (int i = 0; i < 150; ++i) {
      const int32_t token = r.below(kVocab);
      if (i % 3 == 0)
        c.edits.push_back({LogitEdit::Kind::kRepetition, token, r.uniform(0.5f, 2.0f)});
      else
        c.edits.push_back({LogitEdit::Kind::kAdd, token, r.uniform(-4.0f, 4.0f)});
    }
    cases.push_back(c);
  }
  {
    Case c{"edit makes NaN", flat(0.0f), {}};
    c.row[70] = -inf;
    c.row[71] = 1.0f;
    c.edits.push_back({LogitEdit::Kind::kAdd, 70, inf});  // -inf + inf = NaN: never chosen
    cases.push_back(c);
  }
  cases.push_back({"all NaN", flat(nan), {}});
  cases.push_back({"all -inf", flat(-inf), {}});
  {
    Case c{"-inf but one edited up", flat(-inf), {}};
    c.edits.push_back({LogitEdit::Kind::kAdd, 123, inf});
    cases.push_back(c);
  }
  std::vector<float> scratch;
  for (const Case& c : cases) {
    SampleSpec spec;  // greedy, no log-probabilities: the device path where a backend has one
    spec.temperature = 0.0f;
    spec.edits = c.edits;
    graph::TensorType type{graph::ElementType::kF32, {1, kVocab}};
    std::vector<float> row = c.row;
    auto buffer = runtime::upload_new(*made, {type, reinterpret_cast<std::byte*>(row.data())});
    ASSERT_TRUE(buffer.ok()) << buffer.error().message();
    const SampleResult expected = runtime::sample_row(c.row, spec, scratch);
    auto got = made->sample(**buffer, 0, spec);
    ASSERT_TRUE(got.ok()) << c.name << ": " << got.error().message();
    expect_same(*got, expected, c.name);
  }
}

TEST_P(BackendSample, RefusesWhatIsNotARowOfLogits) {
  auto made = backend_or_skip(GetParam());
  if (!made) GTEST_SKIP() << GetParam() << " has no usable device here";
  auto* backend = &made;
  auto ids = (*backend)->allocate({graph::ElementType::kI32, {2, 8}});
  ASSERT_TRUE(ids.ok());
  auto r = (*backend)->sample(**ids, 0, {});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message().find("f32"), std::string::npos) << r.error().message();
  auto logits = (*backend)->allocate({graph::ElementType::kF32, {2, 8}});
  ASSERT_TRUE(logits.ok());
  for (const int64_t row : {int64_t{-1}, int64_t{2}, int64_t{1} << 40}) {
    r = (*backend)->sample(**logits, row, {});
    ASSERT_FALSE(r.ok()) << row;
    EXPECT_NE(r.error().message().find("outside [0, 2)"), std::string::npos) << r.error().message();
  }
  // A buffer of another backend instance is refused, not read.
  auto other = runtime::make_backend(GetParam(), {});
  ASSERT_TRUE(other.ok());
  EXPECT_FALSE((*other)->sample(**logits, 0, {}).ok());
}

INSTANTIATE_TEST_SUITE_P(Registry, BackendSample, ::testing::ValuesIn(runtime::backend_names()));

#if MLXLA_HAVE_VULKAN
/// A Vulkan backend listing `candidates` for non-greedy choices; null when there is no device.
std::unique_ptr<runtime::vulkan::VulkanBackend> vulkan_or_null(int32_t candidates) {
  runtime::vulkan::VulkanOptions options;
  options.sample_candidates = candidates;
  auto made = runtime::vulkan::VulkanBackend::create(options);
  if (!made.ok()) return nullptr;
  return std::move(*made);
}

/// Rows that stress the device's choice: spreads narrow and wide, ties at and around the head's
/// boundary, -inf, NaN, huge and tiny (subnormal) logits, -0 next to +0, all -inf but one.
std::vector<float> hard_rows(int32_t vocab, int32_t rows, uint64_t seed) {
  TestRng r{seed};
  const float inf = std::numeric_limits<float>::infinity();
  std::vector<float> out(static_cast<size_t>(vocab) * static_cast<size_t>(rows));
  for (int32_t q = 0; q < rows; ++q) {
    float* row = out.data() + static_cast<size_t>(q) * static_cast<size_t>(vocab);
    const int kind = q % 6;
    for (int32_t i = 0; i < vocab; ++i) {
      switch (kind) {
        case 0:
          row[i] = r.uniform(-3.0f, 3.0f);
          break;
        case 1:
          row[i] = r.uniform(-30.0f, 30.0f);
          break;
        case 2:
          row[i] = static_cast<float>(r.below(7)) * 0.5f;
          break;  // many ties
        case 3:
          row[i] = r.below(5) == 0 ? -inf : r.uniform(-8.0f, 8.0f);
          break;
        case 4:
          row[i] = -inf;
          break;
        default:
          row[i] = r.uniform(-1e-37f, 1e-37f);
          break;  // tiny, some subnormal
      }
    }
    if (kind == 3) row[vocab / 2] = std::numeric_limits<float>::quiet_NaN();
    if (kind == 4) row[r.below(vocab)] = 1.0f;  // all -inf but one
    if (kind == 5) {
      row[1] = 0.0f;
      row[2] = -0.0f;
      row[3] = std::bit_cast<float>(1u);  // the smallest subnormal
      row[4] = 3e38f;                     // huge: every other weight is 0
    }
  }
  return out;
}

std::vector<SampleSpec> device_specs(TestRng& r, int32_t vocab) {
  std::vector<SampleSpec> specs;
  auto add = [&](float t, int32_t k, float p, float m) {
    SampleSpec s;
    s.temperature = t;
    s.top_k = k;
    s.top_p = p;
    s.min_p = m;
    s.rng = runtime::Rng(r.next()).state();
    specs.push_back(s);
  };
  add(1.0f, 0, 1.0f, 0.0f);  // temperature only
  add(0.3f, 0, 1.0f, 0.0f);
  add(2.5f, 0, 1.0f, 0.0f);
  add(0.8f, 5, 1.0f, 0.0f);  // top-k
  add(0.8f, 40, 1.0f, 0.0f);
  add(1.0f, 300, 1.0f, 0.0f);
  add(0.7f, 0, 0.9f, 0.0f);  // top-p
  add(1.2f, 0, 0.5f, 0.0f);
  add(1.0f, 0, 1.0f, 0.1f);  // min-p
  add(1.0f, 0, 1.0f, 0.01f);
  add(0.9f, 50, 0.95f, 0.02f);  // all of them
  SampleSpec edited = specs.back();
  for (int i = 0; i < 40; ++i) {
    const int32_t token = r.below(vocab);
    if (i % 2 == 0)
      edited.edits.push_back({LogitEdit::Kind::kRepetition, token, r.uniform(0.5f, 2.0f)});
    else
      edited.edits.push_back({LogitEdit::Kind::kAdd, token, r.uniform(-5.0f, 5.0f)});
  }
  edited.edits.push_back({LogitEdit::Kind::kAdd, 7, 12.0f});  // pushed to the top
  specs.push_back(edited);
  edited.temperature = 1.0f;
  edited.top_k = 0;
  edited.top_p = 1.0f;
  edited.min_p = 0.0f;
  specs.push_back(edited);
  return specs;
}

// The device's non-greedy choice equals sample_row, token and stream, over rows, specs and seeds,
// with the default head (mostly decided on the device's list) and with a head of 3 (mostly the
// row-download fallback); W comes back bit-equal to weigh_row's. Vocabularies: stories260K's 512
// and a larger synthetic one; rows of one batched buffer.
TEST(DeviceSampling, NonGreedyChoicesEqualSampleRow) {
  for (const int32_t candidates : {256, 3}) {
    auto backend = vulkan_or_null(candidates);
    if (!backend) GTEST_SKIP() << "no usable Vulkan device here";
    runtime::vulkan::clear_validation_messages();
    int64_t checked = 0, totals = 0;
    for (const int32_t vocab : {512, 20000}) {
      constexpr int32_t kRows = 6;
      const std::vector<float> logits = hard_rows(vocab, kRows, 99 + vocab);
      graph::TensorType type{graph::ElementType::kF32, {kRows, vocab}};
      std::vector<float> copy = logits;
      auto buffer =
          runtime::upload_new(*backend, {type, reinterpret_cast<std::byte*>(copy.data())});
      ASSERT_TRUE(buffer.ok()) << buffer.error().message();
      TestRng r{static_cast<uint64_t>(vocab)};
      std::vector<float> scratch;
      const int seeds = vocab > 1000 ? 1 : 3;
      for (int seed = 0; seed < seeds; ++seed) {
        for (const SampleSpec& spec : device_specs(r, vocab)) {
          for (int32_t row = 0; row < kRows; ++row) {
            const std::span<const float> host(logits.data() + row * vocab,
                                              static_cast<size_t>(vocab));
            const SampleResult expected = runtime::sample_row(host, spec, scratch);
            auto got = backend->sample(**buffer, row, spec);
            ASSERT_TRUE(got.ok()) << got.error().message();
            const std::string what =
                "vocab " + std::to_string(vocab) + " row " + std::to_string(row) + " T " +
                std::to_string(spec.temperature) + " k " + std::to_string(spec.top_k) + " head " +
                std::to_string(candidates);
            EXPECT_EQ(got->token, expected.token) << what;
            EXPECT_EQ(got->rng, expected.rng) << what;
            ++checked;
            // W, bit for bit, where the head was decided on the device.
            std::vector<float> edited(host.begin(), host.end());
            runtime::apply_edits(edited, spec.edits);
            const double inv_t = 1.0 / static_cast<double>(spec.temperature);
            if (!runtime::is_greedy(edited, spec, inv_t)) {
              double total = 0.0;
              (void)runtime::weigh_row(edited, inv_t, total);
              EXPECT_EQ(std::bit_cast<uint64_t>(backend->last_sample_total()),
                        std::bit_cast<uint64_t>(total))
                  << what;
              ++totals;
            }
          }
        }
      }
    }
    EXPECT_GT(checked, 100);
    EXPECT_GT(totals, 50);
    // The small head falls back often; the default one rarely (top-k 300 on flat rows).
    if (candidates == 3) {
      EXPECT_GT(backend->sample_fallbacks(), 20);
    } else {
      EXPECT_LT(backend->sample_fallbacks(), checked / 4);
    }
    for (const std::string& message : runtime::vulkan::validation_messages())
      ADD_FAILURE() << "Vulkan validation: " << message;
  }
}

// A non-greedy choice the device's head decides reads back the head (8 bytes a candidate and 20
// more), not the row (4 bytes a token); logprobs asked for still download the row.
TEST(DeviceSampling, NonGreedyChoiceDoesNotDownloadTheRow) {
  auto backend = vulkan_or_null(64);
  if (!backend) GTEST_SKIP() << "no usable Vulkan device here";
  constexpr int32_t kVocab = 32000;
  std::vector<float> logits(kVocab);
  TestRng r{3};
  for (float& v : logits) v = r.uniform(-10.0f, 10.0f);
  graph::TensorType type{graph::ElementType::kF32, {1, kVocab}};
  auto buffer = runtime::upload_new(*backend, {type, reinterpret_cast<std::byte*>(logits.data())});
  ASSERT_TRUE(buffer.ok());
  SampleSpec spec;
  spec.temperature = 0.8f;
  spec.top_k = 40;
  spec.top_p = 0.95f;
  spec.rng = runtime::Rng(11).state();
  std::vector<float> scratch;
  const uint64_t before = backend->downloaded_bytes();
  auto got = backend->sample(**buffer, 0, spec);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->token, runtime::sample_row(logits, spec, scratch).token);
  EXPECT_EQ(backend->sample_fallbacks(), 0);
  EXPECT_EQ(backend->downloaded_bytes() - before, 20u + 8u * 64u);
  spec.logprobs = 2;
  const uint64_t middle = backend->downloaded_bytes();
  ASSERT_TRUE(backend->sample(**buffer, 0, spec).ok());
  EXPECT_EQ(backend->downloaded_bytes() - middle, 4u * kVocab);
}
#endif

TEST(SamplerOnBackend, NextSpecThenAcceptEqualsSamplingOnTheHost) {
  SamplingParams params;
  params.temperature = 0.9f;
  params.top_p = 0.95f;
  params.min_p = 0.02f;
  params.repetition_penalty = 1.3f;
  params.repetition_window = 6;
  params.frequency_penalty = 0.4f;
  params.presence_penalty = 0.25f;
  params.logit_bias = {{3, 2.5f}, {3, -1.0f}, {40, -100.0f}, {500, 7.0f}};
  params.logprobs = 4;
  params.seed = 1234;
  Sampler host(params), split(params);
  TestRng r{77};
  std::vector<int32_t> context = {1, 3, 3, 9}, generated;
  std::vector<float> scratch;
  for (int step = 0; step < 120; ++step) {
    std::vector<float> logits(48);
    for (float& v : logits) v = r.uniform(-4.0f, 4.0f);
    const int32_t a = host.sample(logits, context, generated);
    const int32_t b =
        split.accept(runtime::sample_row(logits, split.next_spec(context, generated), scratch));
    ASSERT_EQ(a, b) << "step " << step;
    EXPECT_EQ(host.last_logprobs().chosen.logprob, split.last_logprobs().chosen.logprob);
    ASSERT_EQ(host.last_logprobs().top.size(), split.last_logprobs().top.size());
    context.push_back(a);
    generated.push_back(a);
  }
}

/// A constraint that allows every token: it sends the sampler down the host path (logits
/// downloaded and masked on the host) without changing what it chooses.
class AllowAll final : public TokenConstraint {
 public:
  void mask_logits(std::span<float>) override {}
  void accept(int32_t) override {}
};
class AllowAllFactory final : public TokenConstraintFactory {
 public:
  std::unique_ptr<TokenConstraint> create() const override { return std::make_unique<AllowAll>(); }
};

SamplingParams hot_params(bool via_host) {
  SamplingParams p;
  p.temperature = 1.1f;
  p.top_k = 40;
  p.top_p = 0.97f;
  p.repetition_penalty = 1.15f;
  p.frequency_penalty = 0.1f;
  p.logit_bias = {{5, 1.5f}};
  p.logprobs = 3;
  p.seed = 20261202;
  if (via_host) p.constraint = std::make_shared<AllowAllFactory>();
  return p;
}

std::filesystem::path demo_model() {
  return std::filesystem::path(MLXLA_SOURCE_DIR) / "models/demo-q4";
}

TEST(SamplerOnBackend, SessionGenerationsMatchTheDownloadPath) {
  for (const char* backend : {"cpu", "reference"}) {
    std::vector<std::vector<int32_t>> runs;
    for (const bool via_host : {false, true}) {
      SessionOptions options;
      options.backend = backend;
      auto session = Session::open(demo_model(), options);
      ASSERT_TRUE(session.ok()) << session.error().message();
      GenerationRequest request;
      request.prompt = (*session)->tokenizer()->encode("Q: 12+34= A:");
      request.max_tokens = testing::unless_sanitized(48, 16);
      request.stop_at_eos = false;
      auto g = (*session)->generate(request, hot_params(via_host));
      ASSERT_TRUE(g.ok()) << g.error().message();
      runs.push_back(g->tokens);
    }
    EXPECT_EQ(runs[0], runs[1]) << backend;
    EXPECT_EQ(runs[0].size(), static_cast<size_t>(testing::unless_sanitized(48, 16)));
  }
}

#if MLXLA_HAVE_VULKAN
// Three sampled requests decoding together on Vulkan (exact): every ragged step's choices are
// made on the device in the step's own submission (sample_rows), and the tokens equal the CPU
// backend's (exact: the same logits bit for bit, the same choices).
TEST(DeviceSampling, BatchEngineStepAndItsChoicesAreOneSubmission) {
  auto vulkan = vulkan_or_null(256);
  if (!vulkan) GTEST_SKIP() << "no usable Vulkan device here";
  const std::shared_ptr<runtime::vulkan::Device> device = vulkan->device();
  constexpr int kRequests = 3;
  const int32_t max_tokens = testing::unless_sanitized(24, 8);
  std::vector<int32_t> tokens[2][kRequests];
  int64_t submits = 0, steps = 0;
  for (int b = 0; b < 2; ++b) {
    std::unique_ptr<runtime::Backend> backend;
    if (b == 0) {
      backend = std::move(vulkan);
    } else {
      auto cpu = runtime::make_backend("cpu", {});
      ASSERT_TRUE(cpu.ok());
      backend = std::move(*cpu);
    }
    BatchEngineOptions options;
    options.slots = kRequests;
    options.capacity = 128;
    auto engine = BatchEngine::open(demo_model(), std::move(backend), options);
    ASSERT_TRUE(engine.ok()) << engine.error().message();
    const int64_t before = b == 0 ? device->submits() : 0;
    std::vector<std::shared_ptr<RequestHandle>> handles;
    for (int q = 0; q < kRequests; ++q) {
      GenerationRequest request;
      request.prompt = {1, 20 + q, 21, 22};
      request.max_tokens = max_tokens;
      request.stop_at_eos = false;
      SamplingParams params = hot_params(false);
      params.logprobs = -1;  // (log-probabilities download the row)
      params.seed = 7 + static_cast<uint64_t>(q);
      auto handle = (*engine)->submit(request, params);
      ASSERT_TRUE(handle.ok()) << handle.error().message();
      handles.push_back(*handle);
    }
    for (int q = 0; q < kRequests; ++q) {
      bool done = false;
      for (int polls = 0; polls < 1200 && !done; ++polls) {
        for (StreamEvent& e :
             handles[static_cast<size_t>(q)]->wait(std::chrono::milliseconds(100))) {
          ASSERT_TRUE(e.error.empty()) << e.error;
          done = done || e.done;
          tokens[b][q].insert(tokens[b][q].end(), e.tokens.begin(), e.tokens.end());
        }
      }
      ASSERT_TRUE(done);
      EXPECT_EQ(tokens[b][q].size(), static_cast<size_t>(max_tokens));
    }
    if (b == 0) {
      submits = device->submits() - before;
      steps = (*engine)->stats().ragged_steps;
    }
  }
  for (int q = 0; q < kRequests; ++q) EXPECT_EQ(tokens[0][q], tokens[1][q]) << "request " << q;
  // One submission per ragged step, plus a few per request outside them (its prefill, the copy
  // into its slot, its first choice, keeping its rows); before the batching a step took its
  // uploads, the step and a submission per sampled row (5 here).
  std::printf("vulkan batch engine: %lld submissions for %lld ragged steps and %d requests\n",
              static_cast<long long>(submits), static_cast<long long>(steps), kRequests);
  EXPECT_GE(steps, max_tokens - 1);
  EXPECT_LE(submits, steps + 6 * kRequests);
}
#endif

TEST(SamplerOnBackend, BatchEngineTokensAndLogprobsMatchTheDownloadPath) {
  BatchEngineOptions options;
  options.slots = 2;
  options.capacity = 256;
  auto backend = runtime::make_backend("cpu", {});
  ASSERT_TRUE(backend.ok());
  auto engine = BatchEngine::open(demo_model(), std::move(*backend), options);
  ASSERT_TRUE(engine.ok()) << engine.error().message();
  // Both requests run at once, each in its own slot: rows of one ragged step.
  GenerationRequest request;
  request.prompt = {1, 20, 21, 22, 23};
  request.max_tokens = testing::unless_sanitized(40, 12);
  request.stop_at_eos = false;
  auto on_device = (*engine)->submit(request, hot_params(false));
  auto on_host = (*engine)->submit(request, hot_params(true));
  ASSERT_TRUE(on_device.ok() && on_host.ok());
  std::vector<StreamEvent> events[2];
  for (int i = 0; i < 2; ++i) {
    const auto& handle = i == 0 ? *on_device : *on_host;
    bool done = false;
    for (int polls = 0; polls < 1200 && !done; ++polls) {
      for (StreamEvent& e : handle->wait(std::chrono::milliseconds(100))) {
        done = done || e.done;
        events[i].push_back(std::move(e));
      }
    }
    ASSERT_TRUE(done);
  }
  std::vector<int32_t> tokens[2];
  std::vector<TokenLogprobs> logprobs[2];
  for (int i = 0; i < 2; ++i) {
    for (const StreamEvent& e : events[i]) {
      tokens[i].insert(tokens[i].end(), e.tokens.begin(), e.tokens.end());
      logprobs[i].insert(logprobs[i].end(), e.logprobs.begin(), e.logprobs.end());
    }
  }
  EXPECT_EQ(tokens[0], tokens[1]);
  EXPECT_EQ(tokens[0].size(), static_cast<size_t>(testing::unless_sanitized(40, 12)));
  ASSERT_EQ(logprobs[0].size(), tokens[0].size());
  ASSERT_EQ(logprobs[1].size(), tokens[1].size());
  for (size_t t = 0; t < logprobs[0].size(); ++t) {
    EXPECT_EQ(logprobs[0][t].chosen.token, logprobs[1][t].chosen.token) << t;
    EXPECT_EQ(logprobs[0][t].chosen.logprob, logprobs[1][t].chosen.logprob) << t;
    ASSERT_EQ(logprobs[0][t].top.size(), 3u);
    for (size_t k = 0; k < 3; ++k) {
      EXPECT_EQ(logprobs[0][t].top[k].token, logprobs[1][t].top[k].token) << t;
      EXPECT_EQ(logprobs[0][t].top[k].logprob, logprobs[1][t].top[k].logprob) << t;
    }
  }
}

}  // namespace
}  // namespace mlxla::engine
