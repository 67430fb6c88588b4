// ModelRunner's prefix-reuse operations (snapshot_slot, can_restore, restore_sequence) and the
// property the server's prefix cache rests on: under the exact CPU policy the KV rows and
// logits of a sequence do not depend on where its prefill chunks start, nor on whether a row
// was written by a prefill chunk, the decode graph or a ragged step (so any cached row may be
// reused: engine::PrefixReuse::kAnyRows); the fast policy too (one summation order for every
// number of rows, docs/KERNELS.md "Policy fast"). Sixteen sequences decoded by ragged steps equal
// each decoded alone. Bit for bit, on models/demo-q4 (full-length caches) and a gemma3_text
// written by `mlxla synth` (rotating caches).
// ctest-labels: numerics e2e
#include <gtest/gtest.h>

#include <cstring>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "support/synthetic_model.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

// The prefill chunk is 16 and the capacity 60: a 58-token sequence prefilled from 0 takes the
// decode fallback for positions 48..57 (48 + 16 > 60); from other starts the fallback begins
// elsewhere, so rows written by both graphs are compared.
constexpr int64_t kCapacity = 60;
constexpr int64_t kChunk = 16;
constexpr int64_t kLength = 58;

struct Model {
  std::string name;
  kernels::Policy policy = kernels::Policy::kExact;
  bool rotating = false;
  /// Rows do not depend on how the sequence was cut (else only whole-chunk splits are checked).
  bool any_rows = true;
};

std::filesystem::path demo_dir() {
  return std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4";
}

/// A gemma3_text with two sliding-window layers (window 5: rotating caches) and one global one,
/// written once per test program.
std::filesystem::path gemma_dir() {
  static std::unique_ptr<testing::ScratchDir> dir;
  if (!dir) {
    dir = std::make_unique<testing::ScratchDir>("runner_snapshot_gemma");
    const nlohmann::json config = {{"model_type", "gemma3_text"},
                                   {"hidden_size", 64},
                                   {"intermediate_size", 128},
                                   {"num_attention_heads", 4},
                                   {"num_key_value_heads", 2},
                                   {"head_dim", 32},
                                   {"num_hidden_layers", 3},
                                   {"vocab_size", 256},
                                   {"rms_norm_eps", 1e-5},
                                   {"rope_theta", 10000.0},
                                   {"rope_local_base_freq", 100.0},
                                   {"query_pre_attn_scalar", 24},
                                   {"sliding_window", 5},
                                   {"sliding_window_pattern", 3},
                                   {"max_position_embeddings", 512},
                                   {"torch_dtype", "bfloat16"}};
    testing::SyntheticModel model;
    model.config_json = config.dump(2);
    model.bits = 4;
    model.group_size = 32;
    model.seed = 5;
    testing::write_synthetic_model(dir->path() / "model", model);
  }
  return dir->path() / "model";
}

std::unique_ptr<ModelRunner> open(const Model& m, model::Precision kv = model::Precision::kF16) {
  RunnerOptions options;
  options.capacity = kCapacity;
  options.prefill_chunk = kChunk;
  options.kv_dtype = kv;
  cpu::CpuOptions cpu_options;
  cpu_options.threads = 2;
  cpu_options.parallel_min_bytes = 0;  // every splittable op through the threaded path
  cpu_options.policy = m.policy;
  auto cpu = cpu::CpuBackend::create(cpu_options);
  EXPECT_TRUE(cpu.ok());
  if (!cpu.ok()) return nullptr;
  auto runner = ModelRunner::open(m.rotating ? gemma_dir() : demo_dir(), std::move(*cpu), options);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  if (!runner.ok()) return nullptr;
  EXPECT_TRUE((*runner)->reset_slots(2).ok());
  return std::move(*runner);
}

std::vector<int32_t> sequence(int64_t vocab) {
  std::vector<int32_t> out;
  for (int64_t i = 0; i < kLength; ++i) out.push_back(static_cast<int32_t>((3 + 41 * i) % vocab));
  return out;
}

void expect_same_logits(const StepOutput& a, const StepOutput& b, const std::string& what) {
  ASSERT_EQ(a.logits.size(), b.logits.size()) << what;
  EXPECT_EQ(a.next_token, b.next_token) << what;
  EXPECT_EQ(std::memcmp(a.logits.data(), b.logits.data(), a.logits.size() * sizeof(float)), 0)
      << what << ": logits differ";
}

void expect_same_rows(ModelRunner& runner, const CacheSnapshot& a, const CacheSnapshot& b,
                      const std::string& what) {
  ASSERT_EQ(a.rows, b.rows) << what;
  ASSERT_EQ(a.buffers.size(), b.buffers.size()) << what;
  for (size_t c = 0; c < a.buffers.size(); ++c) {
    auto x = download_all(runner.backend(), *a.buffers[c]);
    auto y = download_all(runner.backend(), *b.buffers[c]);
    ASSERT_TRUE(x.ok() && y.ok()) << what;
    ASSERT_EQ(x->type, y->type) << what;
    EXPECT_TRUE(x->bytes == y->bytes) << what << ": cache " << c << " differs";
  }
}

/// Slot `slot` holding the first `rows` tokens of `ids` (prefilled alone, then copied in).
void fill_slot(ModelRunner& runner, const std::vector<int32_t>& ids, int64_t slot, int64_t rows) {
  runner.reset();
  ASSERT_TRUE(runner.prefill(std::span<const int32_t>(ids).first(static_cast<size_t>(rows))).ok());
  ASSERT_TRUE(runner.copy_to_slot(slot, rows).ok());
}

/// The single-sequence cache's first `rows` positions, through slot 1.
std::shared_ptr<const CacheSnapshot> sequence_rows(ModelRunner& runner, int64_t rows) {
  EXPECT_TRUE(runner.copy_to_slot(1, rows).ok());
  auto snapshot = runner.snapshot_slot(1, rows);
  EXPECT_TRUE(snapshot.ok()) << (snapshot.ok() ? "" : snapshot.error().message());
  return snapshot.ok() ? *snapshot : nullptr;
}

class RunnerSnapshot : public ::testing::TestWithParam<Model> {};

TEST_P(RunnerSnapshot, RowsAndLogitsDoNotDependOnWhereAPrefillStarts) {
  auto runner = open(GetParam());
  ASSERT_NE(runner, nullptr);
  const std::vector<int32_t> ids = sequence(runner->config().vocab_size);
  const std::span<const int32_t> all(ids);
  runner->reset();
  auto whole = runner->prefill(all);
  ASSERT_TRUE(whole.ok()) << whole.error().message();
  const auto reference = sequence_rows(*runner, kLength);
  ASSERT_NE(reference, nullptr);

  for (int64_t split : {1, 5, 15, 16, 17, 31, 32, 40, 48, 49, 57}) {
    if (!GetParam().any_rows && split % kChunk != 0) continue;
    const std::string at = "split at " + std::to_string(split);
    // A second prefill call starting at `split`.
    runner->reset();
    ASSERT_TRUE(runner->prefill(all.first(static_cast<size_t>(split))).ok());
    auto rest = runner->prefill(all.subspan(static_cast<size_t>(split)));
    ASSERT_TRUE(rest.ok()) << rest.error().message();
    expect_same_logits(*whole, *rest, at + ", prefill");
    expect_same_rows(*runner, *reference, *sequence_rows(*runner, kLength), at + ", prefill");
    if (!GetParam().any_rows) continue;

    // The rest one token at a time through the decode graph.
    runner->reset();
    ASSERT_TRUE(runner->prefill(all.first(static_cast<size_t>(split))).ok());
    StepOutput last;
    for (int64_t i = split; i < kLength; ++i) {
      auto step = runner->decode(ids[static_cast<size_t>(i)]);
      ASSERT_TRUE(step.ok()) << step.error().message();
      last = std::move(*step);
    }
    expect_same_logits(*whole, last, at + ", decode");
    expect_same_rows(*runner, *reference, *sequence_rows(*runner, kLength), at + ", decode");

    // The rest through ragged steps in slot 1 (slot 0 idle), as the batch engine decodes.
    runner->reset();
    ASSERT_TRUE(runner->prefill(all.first(static_cast<size_t>(split))).ok());
    ASSERT_TRUE(runner->copy_to_slot(1, split).ok());
    for (int64_t i = split; i < kLength; ++i) {
      const std::vector<int32_t> tokens = {0, ids[static_cast<size_t>(i)]};
      const std::vector<int32_t> positions = {0, static_cast<int32_t>(i)};
      auto step = runner->ragged(tokens, positions);
      ASSERT_TRUE(step.ok()) << step.error().message();
      last = std::move((*step)[1]);
    }
    expect_same_logits(*whole, last, at + ", ragged");
    auto ragged_rows = runner->snapshot_slot(1, kLength);
    ASSERT_TRUE(ragged_rows.ok());
    expect_same_rows(*runner, *reference, **ragged_rows, at + ", ragged");
  }
}

TEST_P(RunnerSnapshot, RestoredPrefixContinuesBitForBit) {
  auto runner = open(GetParam());
  ASSERT_NE(runner, nullptr);
  const std::vector<int32_t> ids = sequence(runner->config().vocab_size);
  const std::span<const int32_t> all(ids);
  runner->reset();
  auto whole = runner->prefill(all);
  ASSERT_TRUE(whole.ok());
  const auto reference = sequence_rows(*runner, kLength);
  ASSERT_NE(reference, nullptr);
  int64_t expected_bytes = 0;
  for (const Buffer& cache : runner->caches()) {
    const auto& s = cache.type.shape;
    const int64_t kept = s[2] == kCapacity ? kLength : s[2];
    expected_bytes += s[0] * kept * s[3] * s[4] * graph::element_size(cache.type.element);
  }
  EXPECT_EQ(reference->bytes, expected_bytes);

  for (int64_t rows : {1, 9, 16, 30, 32, 47, 48, 57}) {
    if (!GetParam().any_rows && rows % kChunk != 0) continue;
    const std::string at = std::to_string(rows) + " restored rows";
    // A snapshot of exactly the prefix (what a finished shorter sequence leaves) ...
    runner->reset();
    ASSERT_TRUE(runner->prefill(all.first(static_cast<size_t>(rows))).ok());
    const auto prefix = sequence_rows(*runner, rows);
    ASSERT_NE(prefix, nullptr);
    ASSERT_TRUE(runner->can_restore(*prefix, rows));
    runner->reset();
    ASSERT_TRUE(runner->prefill(all.first(3)).ok());  // something else in the cache first
    ASSERT_TRUE(runner->restore_sequence(*prefix, rows).ok());
    EXPECT_EQ(runner->position(), rows);
    auto rest = runner->prefill(all.subspan(static_cast<size_t>(rows)));
    ASSERT_TRUE(rest.ok());
    expect_same_logits(*whole, *rest, at + " of a prefix snapshot");
    expect_same_rows(*runner, *reference, *sequence_rows(*runner, kLength),
                     at + " of a prefix snapshot");
    // ... and the first rows of a longer sequence's snapshot that continued differently, where
    // its caches allow it.
    std::vector<int32_t> other = ids;
    for (size_t i = static_cast<size_t>(rows); i < other.size(); ++i)
      other[i] = static_cast<int32_t>((other[i] + 7) % runner->config().vocab_size);
    runner->reset();
    ASSERT_TRUE(runner->prefill(other).ok());
    const auto longer = sequence_rows(*runner, kLength);
    ASSERT_NE(longer, nullptr);
    if (!runner->can_restore(*longer, rows)) {
      EXPECT_TRUE(GetParam().rotating) << at;
      EXPECT_FALSE(runner->restore_sequence(*longer, rows).ok()) << at;
      continue;
    }
    ASSERT_TRUE(runner->restore_sequence(*longer, rows).ok());
    rest = runner->prefill(all.subspan(static_cast<size_t>(rows)));
    ASSERT_TRUE(rest.ok());
    expect_same_logits(*whole, *rest, at + " of a longer snapshot");
    expect_same_rows(*runner, *reference, *sequence_rows(*runner, kLength),
                     at + " of a longer snapshot");
  }
}

TEST_P(RunnerSnapshot, SixteenRaggedStreamsEqualSoloRuns) {
  // 16 sequences of different lengths decoded together (16 activation rows per matmul: two
  // passes of the fast layout's kernel) give every row exactly what the sequence gives decoded
  // alone (one row), under either policy.
  constexpr int64_t kStreams = 16;
  constexpr int kSteps = 3;
  auto batch = open(GetParam());
  auto alone = open(GetParam());
  ASSERT_TRUE(batch && alone);
  ASSERT_TRUE(batch->reset_slots(kStreams).ok());
  const std::vector<int32_t> ids = sequence(batch->config().vocab_size);
  std::vector<int32_t> next(kStreams), positions(kStreams);
  std::vector<std::vector<StepOutput>> solo(kStreams);
  for (int64_t s = 0; s < kStreams; ++s) {
    const auto prompt = std::span<const int32_t>(ids).subspan(static_cast<size_t>(s),
                                                              static_cast<size_t>(3 + s % 7));
    batch->reset();
    auto out = batch->prefill(prompt);
    ASSERT_TRUE(out.ok()) << out.error().message();
    ASSERT_TRUE(batch->copy_to_slot(s, static_cast<int64_t>(prompt.size())).ok());
    next[static_cast<size_t>(s)] = out->next_token;
    positions[static_cast<size_t>(s)] = static_cast<int32_t>(prompt.size());
    alone->reset();
    ASSERT_TRUE(alone->prefill(prompt).ok());
    int32_t token = out->next_token;
    for (int step = 0; step < kSteps; ++step) {
      auto one = alone->decode(token);
      ASSERT_TRUE(one.ok()) << one.error().message();
      token = one->next_token;
      solo[static_cast<size_t>(s)].push_back(std::move(*one));
    }
  }
  for (int step = 0; step < kSteps; ++step) {
    auto rows = batch->ragged(next, positions);
    ASSERT_TRUE(rows.ok()) << rows.error().message();
    for (size_t s = 0; s < static_cast<size_t>(kStreams); ++s) {
      expect_same_logits((*rows)[s], solo[s][static_cast<size_t>(step)],
                         "stream " + std::to_string(s) + " step " + std::to_string(step));
      next[s] = (*rows)[s].next_token;
      ++positions[s];
    }
  }
}

TEST_P(RunnerSnapshot, BadArgumentsAreErrors) {
  auto runner = open(GetParam());
  ASSERT_NE(runner, nullptr);
  EXPECT_FALSE(runner->snapshot_slot(2, 4).ok());
  EXPECT_FALSE(runner->snapshot_slot(-1, 4).ok());
  EXPECT_FALSE(runner->snapshot_slot(0, 0).ok());
  EXPECT_FALSE(runner->snapshot_slot(0, kCapacity + 1).ok());
  const std::vector<int32_t> ids = sequence(runner->config().vocab_size);
  EXPECT_FALSE(runner->snapshot_slot(0, 10).ok());  // the slot holds nothing yet
  fill_slot(*runner, ids, 0, 10);
  EXPECT_FALSE(runner->snapshot_slot(0, 11).ok());  // past the slot's length
  auto snapshot = runner->snapshot_slot(0, 10);
  ASSERT_TRUE(snapshot.ok());
  EXPECT_FALSE(runner->can_restore(**snapshot, 11));
  EXPECT_FALSE(runner->can_restore(**snapshot, -1));
  const Status too_many = runner->restore_sequence(**snapshot, 11);
  ASSERT_FALSE(too_many.ok());
  EXPECT_NE(too_many.error().message().find("11 rows of a 10-row snapshot"), std::string::npos)
      << too_many.error().message();
  // A snapshot of another runner's cache type (f32 rows into an f16 cache) is refused.
  auto other = open(GetParam(), model::Precision::kF32);
  ASSERT_NE(other, nullptr);
  fill_slot(*other, ids, 0, 10);
  auto foreign = other->snapshot_slot(0, 10);
  ASSERT_TRUE(foreign.ok());
  const Status mismatch = runner->restore_sequence(**foreign, 10);
  ASSERT_FALSE(mismatch.ok());
  EXPECT_NE(mismatch.error().message().find("snapshot cache 0"), std::string::npos)
      << mismatch.error().message();
}

TEST(RunnerSnapshotRotating, AWrappedRingRestoresOnlyItsWholeLength) {
  auto runner = open(Model{"gemma", kernels::Policy::kExact, true});
  ASSERT_NE(runner, nullptr);
  ASSERT_EQ(runner->caches().size(), 4u);  // global layers full-length, local ones rotating
  const std::vector<int32_t> ids = sequence(runner->config().vocab_size);
  fill_slot(*runner, ids, 0, 30);
  auto wrapped = runner->snapshot_slot(0, 30);  // 30 positions through a ring of 5
  ASSERT_TRUE(wrapped.ok());
  EXPECT_TRUE(runner->can_restore(**wrapped, 30));
  EXPECT_FALSE(runner->can_restore(**wrapped, 29));
  EXPECT_FALSE(runner->can_restore(**wrapped, 5));
  EXPECT_FALSE(runner->snapshot_slot(0, 5).ok());  // a wrapped ring no longer holds 5 rows
  fill_slot(*runner, ids, 0, 5);
  auto short_one = runner->snapshot_slot(0, 5);  // the ring has not wrapped
  ASSERT_TRUE(short_one.ok());
  for (int64_t rows = 0; rows <= 5; ++rows) EXPECT_TRUE(runner->can_restore(**short_one, rows));
}

INSTANTIATE_TEST_SUITE_P(Models, RunnerSnapshot,
                         ::testing::Values(Model{"demo_q4_exact", kernels::Policy::kExact, false},
                                           Model{"demo_q4_fast", kernels::Policy::kFast, false},
                                           Model{"gemma3_rotating", kernels::Policy::kExact, true}),
                         [](const ::testing::TestParamInfo<Model>& p) { return p.param.name; });

}  // namespace
}  // namespace mlxla::runtime
