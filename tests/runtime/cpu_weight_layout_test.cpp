// The CPU runtime's weight layouts: a model run with interleaved weight copies (R = 4 and 8
// under the exact policy, the fast layout of 16 rows under the fast policy) gives the same logits
// bit for bit as the same model read in place, for 1-3 threads with every op split, through
// prefill (m > 1) and decode (m = 1); and the backend reports what it applied (every projection,
// the tied lm_head included, whose embedding gather then reads the copy; under the fast policy
// only 4- and 8-bit weights are copied).
// ctest-labels: numerics
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "graph/builder.h"
#include "graph/composites.h"
#include "kernels/cpu/interleave.h"
#include "quant/affine.h"
#include "runtime/backend_registry.h"
#include "runtime/cpu/cpu_backend.h"
#include "runtime/model_runner.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

struct Run {
  std::vector<std::vector<float>> logits;
  cpu::WeightLayout applied = cpu::WeightLayout::kInPlace;
  int64_t copied = 0;
  int64_t tensors = 0;
  int interleave_rows = 0;
};

Run run_model(const std::filesystem::path& dir, kernels::Policy policy, cpu::WeightLayout layout,
              int rows, int threads, std::optional<kernels::Isa> isa) {
  cpu::CpuOptions options;
  options.isa = isa;
  options.threads = threads;
  options.parallel_min_bytes = threads > 1 ? 0 : 256 << 10;
  options.policy = policy;
  options.weight_layout = layout;
  options.interleave_rows = rows;
  auto backend = cpu::CpuBackend::create(options);
  EXPECT_TRUE(backend.ok());
  if (!backend.ok()) return {};
  cpu::CpuBackend* raw = backend->get();
  RunnerOptions ro;
  ro.capacity = 32;
  ro.prefill_chunk = 5;
  auto runner = ModelRunner::open(dir, std::move(*backend), ro);
  EXPECT_TRUE(runner.ok()) << (runner.ok() ? "" : runner.error().message());
  if (!runner.ok()) return {};
  Run out;
  auto first = (*runner)->prefill(std::vector<int32_t>{1, 5, 7, 2, 9, 3, 4});  // chunks of 5 and 2
  EXPECT_TRUE(first.ok());
  if (!first.ok()) return out;
  out.logits.push_back(first->logits);
  int32_t token = first->next_token;
  for (int i = 0; i < 6; ++i) {
    auto step = (*runner)->decode(token);
    EXPECT_TRUE(step.ok());
    if (!step.ok()) return out;
    out.logits.push_back(step->logits);
    token = step->next_token;
  }
  out.applied = raw->weight_layout();
  out.copied = raw->interleaved_bytes();
  out.tensors = raw->interleaved_tensors();
  out.interleave_rows = raw->interleave_rows();
  return out;
}

/// quantized: the checkpoint's quantized matrices, its embedding included: the embedding is tied
/// to the lm_head, and its gather must not keep the head from being interleaved. bits: theirs.
/// isa: the kernel table forced (none: the best).
void check_layouts_agree(const std::filesystem::path& dir, int64_t quantized, int bits,
                         std::optional<kernels::Isa> isa = std::nullopt) {
  const kernels::KernelContext best =
      isa ? kernels::KernelContext::with_isa(*isa).value() : kernels::KernelContext::best();
  SCOPED_TRACE(kernels::isa_name(best.isa()));
  for (kernels::Policy policy : {kernels::Policy::kExact, kernels::Policy::kFast}) {
    const bool fast = policy == kernels::Policy::kFast;
    const bool native = fast ? best.has_fast_interleaved() : best.has_interleaved_matvec();
    // The fast layout's native kernels take 4 and 8 bits; other widths stay in place.
    const bool copies = native && (!fast || kernels::fast_layout_bits(bits));
    const Run reference = run_model(dir, policy, cpu::WeightLayout::kInPlace, 4, 1, isa);
    ASSERT_EQ(reference.logits.size(), 7u);
    EXPECT_EQ(reference.applied, cpu::WeightLayout::kInPlace);
    EXPECT_EQ(reference.copied, 0);
    for (int rows : {4, 8}) {
      for (int threads : {1, 2, 3}) {
        const Run got = run_model(dir, policy, cpu::WeightLayout::kInterleaved, rows, threads, isa);
        EXPECT_EQ(got.applied,
                  native ? cpu::WeightLayout::kInterleaved : cpu::WeightLayout::kInPlace);
        if (native) {
          EXPECT_EQ(got.interleave_rows, fast ? kernels::kFastInterleave : rows);
        }
        if (copies) {
          EXPECT_GT(got.copied, 0);
          EXPECT_EQ(got.tensors, quantized) << dir.filename() << ": tied lm_head included";
        } else {
          EXPECT_EQ(got.tensors, 0) << dir.filename();
        }
        ASSERT_EQ(got.logits.size(), reference.logits.size());
        for (size_t i = 0; i < got.logits.size(); ++i) {
          ASSERT_EQ(got.logits[i].size(), reference.logits[i].size());
          EXPECT_EQ(std::memcmp(got.logits[i].data(), reference.logits[i].data(),
                                got.logits[i].size() * 4),
                    0)
              << dir.filename() << " policy " << static_cast<int>(policy) << " R=" << rows
              << " threads " << threads << " step " << i;
        }
      }
    }
  }
}

TEST(CpuWeightLayout, DemoModelInterleavedEqualsInPlace) {
  // Every ISA here (AVX2: Zen 2/3, most client CPUs, has its own interleaved kernels).
  for (kernels::Isa isa : kernels::KernelContext::available_isas()) {
    check_layouts_agree(std::filesystem::path(MLXLA_SOURCE_DIR) / "models" / "demo-q4", 4 * 7 + 1,
                        4, isa);  // 4 layers of 7 projections, the embedding
  }
}

TEST(CpuWeightLayout, SharedStoriesCheckpointsInterleavedEqualsInPlace) {
  MLXLA_REQUIRE_SHARED("models/stories260K-mlx-q3-g32-f16");
  for (const auto& [name, bits] :
       {std::pair{"stories260K-mlx-q3-g32-f16", 3}, std::pair{"stories260K-mlx-q6-g32-f16", 6},
        std::pair{"stories260K-mlx-q8-g32-f16", 8}}) {
    // 5 layers of 6 quantized projections (down_proj, k = 172, is stored f16), the embedding.
    check_layouts_agree(mlxla::testing::shared_dir() / "models" / name, 5 * 6 + 1, bits);
  }
}

TEST(CpuWeightLayout, ScalarIsaReadsInPlace) {
  cpu::CpuOptions options;
  options.threads = 1;
  options.isa = kernels::Isa::kScalar;
  auto backend = cpu::CpuBackend::create(options);
  ASSERT_TRUE(backend.ok());
  EXPECT_EQ((*backend)->weight_layout(), cpu::WeightLayout::kInPlace);
  options.isa.reset();
  options.interleave_rows = 5;
  if (kernels::KernelContext::best().has_interleaved_matvec()) {
    EXPECT_FALSE(cpu::CpuBackend::create(options).ok()) << "interleave_rows 5 must be refused";
  }
}

// Interleaved copies belong to the weight set they were made for. One backend compiling against
// a second set whose tensors live at the first (dead) set's addresses, with other contents, must
// read the new contents: a backend-wide cache keyed by address once handed back the old copy.
TEST(CpuWeightLayout, ANewWeightSetAtADeadSetsAddressesReadsItsOwnBytes) {
  cpu::CpuOptions options;
  options.threads = 2;
  options.weight_layout = cpu::WeightLayout::kInterleaved;
  auto cpu_backend = cpu::CpuBackend::create(options);
  ASSERT_TRUE(cpu_backend.ok()) << cpu_backend.error().message();
  if ((*cpu_backend)->weight_layout() != cpu::WeightLayout::kInterleaved)
    GTEST_SKIP() << "this CPU's kernels read packed weights in place (no interleaved matvec)";
  auto reference = make_backend("reference");
  ASSERT_TRUE(reference.ok());
  const int64_t n = 24, k = 128, bits = 4, group = 64;
  graph::Module module;
  graph::Builder b(module, "main");
  const auto x = b.parameter({graph::ElementType::kF32, {1, k}}, "x");
  const auto packed =
      b.parameter({graph::ElementType::kU32, {n, k * bits / 32}}, "w", graph::ParamRole::kWeight);
  const auto scales =
      b.parameter({graph::ElementType::kF16, {n, k / group}}, "s", graph::ParamRole::kWeight);
  const auto biases =
      b.parameter({graph::ElementType::kF16, {n, k / group}}, "b", graph::ParamRole::kWeight);
  b.return_values({graph::quantized_dot(
      b, x, packed, scales, biases,
      {static_cast<int>(bits), static_cast<int>(group), graph::ElementType::kF32})});
  std::vector<float> xs(k);
  for (int64_t i = 0; i < k; ++i) xs[static_cast<size_t>(i)] = std::sin(0.37f * i);
  const BufferView xv{{graph::ElementType::kF32, {1, k}}, reinterpret_cast<std::byte*>(xs.data())};
  // One set of host buffers, overwritten between the two weight sets: same addresses.
  std::vector<std::byte> wq, ws, wb;
  for (int round = 0; round < 2; ++round) {
    std::vector<float> w(static_cast<size_t>(n * k));
    for (size_t i = 0; i < w.size(); ++i)
      w[i] = std::cos(0.013f * static_cast<float>(i) * (round + 1)) * (round == 0 ? 1.0f : -2.0f);
    auto q = quant::quantize(
        std::as_bytes(std::span(w)), DType::kF32,
        quant::AffineLayout{n, k, static_cast<int>(bits), static_cast<int>(group)}, DType::kF16);
    ASSERT_TRUE(q.ok()) << q.error().message();
    if (round == 0) {
      wq = q->packed;
      ws = q->scales;
      wb = q->biases;
    } else {
      ASSERT_EQ(wq.size(), q->packed.size());
      std::memcpy(wq.data(), q->packed.data(), wq.size());
      std::memcpy(ws.data(), q->scales.data(), ws.size());
      std::memcpy(wb.data(), q->biases.data(), wb.size());
    }
    const std::vector<BufferView> views = {{module.main().type(packed), wq.data()},
                                           {module.main().type(scales), ws.data()},
                                           {module.main().type(biases), wb.data()}};
    std::vector<std::vector<std::byte>> results;
    for (Backend* backend : {static_cast<Backend*>(cpu_backend->get()), reference->get()}) {
      auto exe = compile_with_views(*backend, module, views);
      ASSERT_TRUE(exe.ok()) << exe.error().message();
      auto out = execute_on_host(*backend, **exe, std::span(&xv, 1), {});
      ASSERT_TRUE(out.ok()) << out.error().message();
      results.push_back((*out)[0].bytes);
    }  // the executables, and with them the weight sets, die here
    EXPECT_EQ(results[0], results[1]) << "round " << round;
  }
}

}  // namespace
}  // namespace mlxla::runtime
