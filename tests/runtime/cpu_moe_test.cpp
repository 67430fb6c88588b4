// mlxla.moe: the CPU runtime's fused steps against the reference interpretation of the
// decomposition, bit for bit (decode and prefill shapes, both routings, ties, every thread
// count, f32/f16 precision, f16/bf16 scales; gpt_oss's fp-mode experts with biases and the
// clamped SwiGLU under both policies), and the property that one expert routed top-1 is the
// dense gated MLP of that expert's weights, bit for bit.
// ctest-labels: unit numerics
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <bit>
#include <limits>

#include <gtest/gtest.h>

#include "graph/builder.h"
#include "graph/composites.h"
#include "quant/affine.h"
#include "quant/fp_modes.h"
#include "runtime/cpu/cpu_backend.h"
#include "runtime/reference/reference_backend.h"

#include "support/host_buffers.h"

namespace mlxla::runtime {
namespace {

using graph::Builder;
using graph::ElementType;
using graph::TensorType;
using testing::f16_of;
using testing::i32s;
using testing::random_f32;

// A stacked [E, N, K] projection quantized with the real codec (rows = E * N).
struct Stacked {
  Buffer packed, scales, biases;
};

Stacked quantize_stacked(int64_t e, int64_t n, int64_t k, int bits, int group, DType scale_dtype,
                         uint32_t seed) {
  const Buffer w = random_f32({ElementType::kF32, {e * n, k}}, seed, 0.3f);
  auto q = quant::quantize(w.bytes, DType::kF32, {e * n, k, bits, group}, scale_dtype);
  EXPECT_TRUE(q.ok()) << q.error().message();
  const ElementType se = scale_dtype == DType::kF16 ? ElementType::kF16 : ElementType::kBF16;
  return {{{ElementType::kU32, {e, n, k * bits / 32}}, q->packed},
          {{se, {e, n, k / group}}, q->scales},
          {{se, {e, n, k / group}}, q->biases}};
}

struct Graph {
  graph::Module module;
  std::vector<Buffer> weights;
};

// main(x [T, H], logits [T, E]) -> moe at f32 and at f16 precision.
void build(Graph& g, int64_t t, int64_t e, int64_t hidden, int64_t inter, graph::MoeAttrs attrs,
           DType scale_dtype) {
  Builder b(g.module, "main");
  const auto x = b.parameter({ElementType::kF32, {t, hidden}}, "x");
  const auto logits = b.parameter({ElementType::kF32, {t, e}}, "logits");
  std::vector<graph::ExpertWeights> projections;
  uint32_t seed = 100;
  for (auto [n, k] : {std::pair{inter, hidden}, {inter, hidden}, {hidden, inter}}) {
    Stacked s = quantize_stacked(e, n, k, attrs.bits, attrs.group_size, scale_dtype, seed++);
    graph::ExpertWeights w;
    const std::string id = std::to_string(seed);  // weight sets bind by unique name
    w.packed = b.parameter(s.packed.type, "w" + id, graph::ParamRole::kWeight);
    w.scales = b.parameter(s.scales.type, "s" + id, graph::ParamRole::kWeight);
    w.biases = b.parameter(s.biases.type, "b" + id, graph::ParamRole::kWeight);
    g.weights.push_back(std::move(s.packed));
    g.weights.push_back(std::move(s.scales));
    g.weights.push_back(std::move(s.biases));
    if (attrs.expert_bias) {  // gpt_oss: an additive bias [E, out] per projection
      Buffer bias = random_f32({ElementType::kF32, {e, n}}, seed + 50, 0.5f);
      w.bias = b.parameter(bias.type, "c" + id, graph::ParamRole::kWeight);
      g.weights.push_back(std::move(bias));
    }
    projections.push_back(w);
  }
  attrs.precision = ElementType::kF32;
  const auto y = graph::moe(b, x, logits, projections[0], projections[1], projections[2], attrs);
  attrs.precision = ElementType::kF16;
  const auto y16 = graph::moe(b, x, logits, projections[0], projections[1], projections[2], attrs);
  b.return_values({y, y16});
}

std::vector<Buffer> run(const graph::Module& module, const std::vector<Buffer>& weights,
                        const std::vector<Buffer>& inputs, int threads,
                        kernels::Policy policy = kernels::Policy::kExact,
                        std::optional<kernels::Isa> isa = std::nullopt) {
  std::vector<BufferView> weight_views, input_views;
  for (const auto& w : weights) weight_views.push_back(w.view());
  for (const auto& in : inputs) input_views.push_back(in.view());
  std::unique_ptr<Backend> backend;
  if (threads == 0) {
    backend = reference::make_reference_backend();
  } else {
    cpu::CpuOptions options;
    options.threads = threads;
    options.parallel_min_bytes = 0;  // every step through the threaded path
    options.policy = policy;
    options.isa = isa;
    auto cpu = cpu::CpuBackend::create(options);
    EXPECT_TRUE(cpu.ok());
    backend = std::move(*cpu);
  }
  auto exe = compile_with_views(*backend, module, weight_views);
  EXPECT_TRUE(exe.ok()) << exe.error().message();
  if (!exe.ok()) return {};
  auto out = execute_on_host(*backend, **exe, input_views, {});
  EXPECT_TRUE(out.ok()) << out.error().message();
  return out.ok() ? std::move(*out) : std::vector<Buffer>{};
}

struct MoeCase {
  int64_t tokens;
  int64_t top_k;
  graph::MoeRouting routing;
  bool normalize;
  int bits;
  DType scale_dtype;
  bool gpt_oss = false;  // expert biases and the clamped SwiGLU
};

class CpuMoe : public ::testing::TestWithParam<MoeCase> {};

TEST_P(CpuMoe, FusedStepsEqualTheReferenceInterpretationBitwise) {
  const MoeCase& c = GetParam();
  const int64_t e = 8, hidden = 64, inter = 96;
  graph::MoeAttrs attrs;
  attrs.experts = e;
  attrs.top_k = c.top_k;
  attrs.routing = c.routing;
  attrs.normalize = c.normalize;
  attrs.bits = c.bits;
  attrs.group_size = 32;
  if (c.gpt_oss) {
    attrs.activation = "swiglu_clamped";
    attrs.expert_bias = true;
  }
  Graph g;
  build(g, c.tokens, e, hidden, inter, attrs, c.scale_dtype);
  Buffer x = random_f32({ElementType::kF32, {c.tokens, hidden}}, 1, 1.0f);
  Buffer logits = random_f32({ElementType::kF32, {c.tokens, e}}, 2, 3.0f);
  // Ties: the first token's logits all equal (experts 0..k-1 in index order), the second's
  // with a repeated maximum.
  for (int64_t i = 0; i < e; ++i) {
    const float same = 0.5f;
    std::memcpy(logits.bytes.data() + i * 4, &same, 4);
  }
  if (c.tokens > 1) {
    const float top = 9.0f;
    std::memcpy(logits.bytes.data() + (e + 2) * 4, &top, 4);
    std::memcpy(logits.bytes.data() + (e + 5) * 4, &top, 4);
  }
  const std::vector<Buffer> reference = run(g.module, g.weights, {x, logits}, 0);
  ASSERT_EQ(reference.size(), 2u);
  for (int threads : {1, 2, 3}) {
    const std::vector<Buffer> cpu = run(g.module, g.weights, {x, logits}, threads);
    ASSERT_EQ(cpu.size(), 2u);
    for (size_t i = 0; i < 2; ++i) {
      EXPECT_EQ(reference[i].bytes, cpu[i].bytes)
          << "result " << i << " (precision " << (i ? "f16" : "f32") << "), threads " << threads;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Shapes, CpuMoe,
    ::testing::Values(MoeCase{1, 2, graph::MoeRouting::kSoftmaxTopK, true, 4, DType::kF16},
                      MoeCase{1, 8, graph::MoeRouting::kSoftmaxTopK, false, 8, DType::kBF16},
                      MoeCase{5, 3, graph::MoeRouting::kSoftmaxTopK, true, 3, DType::kBF16},
                      MoeCase{16, 2, graph::MoeRouting::kTopKSoftmax, false, 4, DType::kF16},
                      MoeCase{33, 1, graph::MoeRouting::kTopKSoftmax, false, 6, DType::kBF16},
                      MoeCase{7, 4, graph::MoeRouting::kTopKSoftmax, false, 2, DType::kF16},
                      MoeCase{1, 2, graph::MoeRouting::kTopKSoftmax, false, 4, DType::kBF16, true},
                      MoeCase{19, 3, graph::MoeRouting::kTopKSoftmax, false, 8, DType::kF16, true}),
    [](const ::testing::TestParamInfo<MoeCase>& info) {
      const MoeCase& c = info.param;
      return "t" + std::to_string(c.tokens) + "_k" + std::to_string(c.top_k) + "_" +
             (c.routing == graph::MoeRouting::kSoftmaxTopK ? "softmax_topk" : "topk_softmax") +
             (c.normalize ? "_normalized" : "") + "_q" + std::to_string(c.bits) +
             (c.gpt_oss ? "_biased_clamped" : "");
    });

// Router logits with NaNs (payloads and signs of their own), +-inf and signed zeros: the fused
// steps equal the reference interpretation bit for bit (the maximum keeps the first NaN as the
// interpreter's reduce does), no expert index leaves [0, E) (ASan watches the gathers), and a
// row with genuine -inf logits still selects k distinct experts.
TEST(CpuMoe, NonFiniteRouterLogitsEqualTheReferenceBitwise) {
  const int64_t e = 4, hidden = 64, inter = 32, tokens = 5;
  for (auto routing : {graph::MoeRouting::kSoftmaxTopK, graph::MoeRouting::kTopKSoftmax}) {
    graph::MoeAttrs attrs;
    attrs.experts = e;
    attrs.top_k = 3;
    attrs.routing = routing;
    attrs.normalize = routing == graph::MoeRouting::kSoftmaxTopK;
    attrs.bits = 4;
    attrs.group_size = 32;
    Graph g;
    build(g, tokens, e, hidden, inter, attrs, DType::kBF16);
    const Buffer x = random_f32({ElementType::kF32, {tokens, hidden}}, 3, 1.0f);
    const float inf = std::numeric_limits<float>::infinity();
    const float nan_a = std::bit_cast<float>(uint32_t{0x7fc01234});  // payload
    const float nan_b = std::bit_cast<float>(uint32_t{0xffc00077});  // negative, payload
    const float rows[tokens][e] = {{1.0f, nan_a, 2.0f, nan_b},
                                   {nan_b, -inf, inf, 0.5f},
                                   {-0.0f, 0.0f, -0.0f, -inf},
                                   {inf, inf, -inf, nan_a},
                                   {5.0f, -inf, -inf, -inf}};
    Buffer logits = random_f32({ElementType::kF32, {tokens, e}}, 4, 1.0f);
    std::memcpy(logits.bytes.data(), rows, sizeof(rows));
    const std::vector<Buffer> reference = run(g.module, g.weights, {x, logits}, 0);
    ASSERT_EQ(reference.size(), 2u);
    for (int threads : {1, 3}) {
      const std::vector<Buffer> cpu = run(g.module, g.weights, {x, logits}, threads);
      ASSERT_EQ(cpu.size(), 2u);
      for (size_t i = 0; i < 2; ++i) EXPECT_EQ(reference[i].bytes, cpu[i].bytes) << i;
    }
    if (routing != graph::MoeRouting::kTopKSoftmax) continue;
    // [5, -inf, -inf, -inf] top-3 on raw logits: experts 0, 1, 2 as mlx's argpartition gives
    // (not expert 0 three times). Expert 1's gate biases set to +inf make its output non-finite,
    // so its zero weight still shows (0 * inf = NaN) in every output of that row, in both
    // backends. (NaN payloads from inf - inf inside the contractions depend on summation order,
    // so this part compares NaN-ness, not bytes.)
    Buffer& gate_biases = g.weights[2];
    const size_t per_expert = gate_biases.bytes.size() / static_cast<size_t>(e);
    for (size_t b = per_expert; b < 2 * per_expert; b += 2) {
      gate_biases.bytes[b] = std::byte{0x80};  // bf16 +inf 0x7f80, little-endian
      gate_biases.bytes[b + 1] = std::byte{0x7f};
    }
    for (int threads : {0, 2}) {
      const std::vector<Buffer> out = run(g.module, g.weights, {x, logits}, threads);
      ASSERT_EQ(out.size(), 2u);
      for (size_t i = 0; i < 2; ++i) {
        std::vector<float> y(static_cast<size_t>(tokens * hidden));
        ASSERT_EQ(out[i].bytes.size(), y.size() * 4);
        std::memcpy(y.data(), out[i].bytes.data(), out[i].bytes.size());
        for (int64_t c = 0; c < hidden; ++c) {
          EXPECT_TRUE(std::isnan(y[static_cast<size_t>(4 * hidden + c)]))
              << "threads " << threads << " result " << i << " col " << c;
        }
      }
    }
  }
}

// Policy fast: int8 activations per expert (gate/up input, then down input). Independent of the
// thread count bit for bit; within the int8 rounding of the exact result: each quantization
// step rounds an activation by at most half a step of max|group| / 127, ~0.4% of the group's
// scale, two such stages plus the weights' spread: 3% of max|y| bounds it with margin.
// Also for gpt_oss's flavour on affine experts (biases, the clamped SwiGLU, topk_softmax).
TEST(CpuMoe, FastPolicyIsThreadIndependentAndCloseToExact) {
  for (const bool gpt_oss : {false, true}) {
    for (int64_t tokens : {int64_t{1}, int64_t{9}}) {
      graph::MoeAttrs attrs;
      attrs.experts = 8;
      attrs.top_k = 2;
      attrs.routing = gpt_oss ? graph::MoeRouting::kTopKSoftmax : graph::MoeRouting::kSoftmaxTopK;
      attrs.normalize = !gpt_oss;
      attrs.bits = 4;
      attrs.group_size = 64;
      if (gpt_oss) {
        attrs.activation = "swiglu_clamped";
        attrs.expert_bias = true;
      }
      Graph g;
      build(g, tokens, 8, 128, 128, attrs, DType::kBF16);
      const Buffer x = random_f32({ElementType::kF32, {tokens, 128}}, 8, 1.0f);
      const Buffer logits = random_f32({ElementType::kF32, {tokens, 8}}, 9, 3.0f);
      const auto exact = run(g.module, g.weights, {x, logits}, 2);
      const auto fast1 = run(g.module, g.weights, {x, logits}, 1, kernels::Policy::kFast);
      const auto fast3 = run(g.module, g.weights, {x, logits}, 3, kernels::Policy::kFast);
      ASSERT_EQ(exact.size(), 2u);
      ASSERT_EQ(fast1.size(), 2u);
      ASSERT_EQ(fast3.size(), 2u);
      EXPECT_EQ(fast1[0].bytes, fast3[0].bytes) << "tokens " << tokens;
      std::vector<float> a(static_cast<size_t>(tokens * 128)), b(a.size());
      std::memcpy(a.data(), exact[0].bytes.data(), a.size() * 4);
      std::memcpy(b.data(), fast1[0].bytes.data(), b.size() * 4);
      float scale = 0, worst = 0;
      for (size_t i = 0; i < a.size(); ++i) {
        scale = std::max(scale, std::abs(a[i]));
        worst = std::max(worst, std::abs(a[i] - b[i]));
      }
      EXPECT_GT(scale, 0.0f);
      EXPECT_LE(worst, 0.03f * scale) << "tokens " << tokens << (gpt_oss ? " gpt_oss" : "");
      EXPECT_NE(exact[0].bytes, fast1[0].bytes) << "the fast policy did not run";
    }
  }
}

// Projections longer than one part's slice of rows (kSliceRows = 256 in moe_step.cpp), neither a
// multiple of it: the gate/up parts are (routed expert, slice) units and the down parts slices
// of columns, 2 slices each here (320 intermediate rows; 288 hidden columns, 160 + 128 under
// fast). Exact equals the reference interpretation bit for bit on every ISA compiled in and 1, 2
// or 3 threads; fast gives the same bytes on every ISA and thread count (each ISA's fast kernel
// equals the scalar one).
TEST(CpuMoe, SlicedExpertUnitsEqualTheReferenceOnEveryIsaAndThreadCount) {
  const int64_t e = 8, hidden = 288, inter = 320;
  // 23 tokens x 3 slots: more routed rows than the fast policy quantizes in the routing step.
  for (int64_t tokens : {int64_t{1}, int64_t{23}}) {
    graph::MoeAttrs attrs;
    attrs.experts = e;
    attrs.top_k = 3;
    attrs.routing = graph::MoeRouting::kSoftmaxTopK;
    attrs.normalize = true;
    attrs.bits = 4;
    attrs.group_size = 32;
    Graph g;
    build(g, tokens, e, hidden, inter, attrs, DType::kBF16);
    const Buffer x = random_f32({ElementType::kF32, {tokens, hidden}}, 21, 1.0f);
    const Buffer logits = random_f32({ElementType::kF32, {tokens, e}}, 22, 3.0f);
    const std::vector<Buffer> reference = run(g.module, g.weights, {x, logits}, 0);
    ASSERT_EQ(reference.size(), 2u);
    const std::vector<Buffer> fast_scalar =
        run(g.module, g.weights, {x, logits}, 1, kernels::Policy::kFast, kernels::Isa::kScalar);
    ASSERT_EQ(fast_scalar.size(), 2u);
    EXPECT_NE(fast_scalar[0].bytes, reference[0].bytes) << "the fast policy did not run";
    for (kernels::Isa isa : kernels::KernelContext::available_isas()) {
      for (int threads : {1, 2, 3}) {
        const std::vector<Buffer> exact =
            run(g.module, g.weights, {x, logits}, threads, kernels::Policy::kExact, isa);
        const std::vector<Buffer> fast =
            run(g.module, g.weights, {x, logits}, threads, kernels::Policy::kFast, isa);
        ASSERT_EQ(exact.size(), 2u);
        ASSERT_EQ(fast.size(), 2u);
        for (size_t i = 0; i < 2; ++i) {
          EXPECT_EQ(reference[i].bytes, exact[i].bytes)
              << kernels::isa_name(isa) << " tokens " << tokens << " threads " << threads
              << " result " << i;
          EXPECT_EQ(fast_scalar[i].bytes, fast[i].bytes)
              << kernels::isa_name(isa) << " fast, tokens " << tokens << " threads " << threads
              << " result " << i;
        }
      }
    }
  }
}

// One expert routed top-1 gets weight 1 (softmax over one logit, or over the one selected),
// so the layer is the dense gated MLP down(silu(gate x) * up x) of that expert: bit for bit.
TEST(CpuMoe, OneExpertTopOneIsTheDenseMlp) {
  const int64_t t = 3, hidden = 64, inter = 64;
  for (auto routing : {graph::MoeRouting::kSoftmaxTopK, graph::MoeRouting::kTopKSoftmax}) {
    graph::Module module;
    Builder b(module, "main");
    const auto x = b.parameter({ElementType::kF32, {t, hidden}}, "x");
    const auto logits = b.parameter({ElementType::kF32, {t, 1}}, "logits");
    std::vector<Buffer> weights;
    std::vector<graph::ExpertWeights> stacked;
    std::vector<graph::ExpertWeights> flat;  // the same bytes as 2-D matrices
    uint32_t seed = 40;
    for (auto [n, k] : {std::pair{inter, hidden}, {inter, hidden}, {hidden, inter}}) {
      Stacked s = quantize_stacked(1, n, k, 4, 32, DType::kF16, seed++);
      graph::ExpertWeights w3, w2;
      const std::string id = std::to_string(seed);  // weight sets bind by unique name
      w3.packed = b.parameter(s.packed.type, "w" + id, graph::ParamRole::kWeight);
      w3.scales = b.parameter(s.scales.type, "s" + id, graph::ParamRole::kWeight);
      w3.biases = b.parameter(s.biases.type, "b" + id, graph::ParamRole::kWeight);
      w2.packed = b.reshape(w3.packed, {n, k * 4 / 32});
      w2.scales = b.reshape(w3.scales, {n, k / 32});
      w2.biases = b.reshape(w3.biases, {n, k / 32});
      stacked.push_back(w3);
      flat.push_back(w2);
      weights.push_back(std::move(s.packed));
      weights.push_back(std::move(s.scales));
      weights.push_back(std::move(s.biases));
    }
    graph::MoeAttrs attrs;
    attrs.experts = 1;
    attrs.top_k = 1;
    attrs.routing = routing;
    attrs.normalize = true;
    attrs.bits = 4;
    attrs.group_size = 32;
    const auto routed = graph::moe(b, x, logits, stacked[0], stacked[1], stacked[2], attrs);
    const graph::QuantizedDotAttrs dot{4, 32, ElementType::kF32};
    const auto gate =
        graph::quantized_dot(b, x, flat[0].packed, flat[0].scales, flat[0].biases, dot);
    const auto up = graph::quantized_dot(b, x, flat[1].packed, flat[1].scales, flat[1].biases, dot);
    const auto activated = b.multiply(gate, b.logistic(gate));
    const auto h = b.multiply(activated, up);
    const auto dense =
        graph::quantized_dot(b, h, flat[2].packed, flat[2].scales, flat[2].biases, dot);
    b.return_values({routed, dense});
    const Buffer xs = random_f32({ElementType::kF32, {t, hidden}}, 5, 1.0f);
    const Buffer ls = random_f32({ElementType::kF32, {t, 1}}, 6, 2.0f);
    for (int threads : {0, 2}) {  // 0: the reference interpreter
      const std::vector<Buffer> out = run(module, weights, {xs, ls}, threads);
      ASSERT_EQ(out.size(), 2u);
      EXPECT_EQ(out[0].bytes, out[1].bytes) << "threads " << threads;
    }
  }
}

// gpt_oss's experts: mxfp4 (or mxfp8) codes with ui8 E8M0 scale bytes (nvfp4: E2M1 codes with
// ui8 E4M3 scale bytes per 16, its own 256-entry scale table), an additive
// bias [E, out] per projection, the clamped SwiGLU (pre-activations large enough that both
// clamps bite). The fused steps equal the reference interpretation bit for bit under both
// policies (fp experts run the dense kernel on decoded rows), for every thread count, at f32 and
// f16 precision, decode and prefill shapes.
TEST(CpuMoe, FpExpertsWithBiasesAndClampedSwigluEqualTheReferenceBitwise) {
  const int64_t e = 4, hidden = 64, inter = 96;
  for (const quant::FpMode mode :
       {quant::FpMode::kMxfp4, quant::FpMode::kMxfp8, quant::FpMode::kNvfp4}) {
    const int bits = quant::fp_mode_bits(mode), group = quant::fp_mode_group_size(mode);
    const bool nv = mode == quant::FpMode::kNvfp4;
    for (int64_t tokens : {int64_t{1}, int64_t{6}, int64_t{17}}) {
      graph::Module module;
      Builder b(module, "main");
      const auto x = b.parameter({ElementType::kF32, {tokens, hidden}}, "x");
      const auto logits = b.parameter({ElementType::kF32, {tokens, e}}, "logits");
      std::vector<Buffer> weights;
      std::vector<graph::ExpertWeights> projections;
      std::mt19937 rng(static_cast<uint32_t>(7 * bits + tokens + (nv ? 1000 : 0)));
      uint32_t seed = 200;
      for (auto [n, k] : {std::pair{inter, hidden}, {inter, hidden}, {hidden, inter}}) {
        Buffer packed = Buffer::zeros({ElementType::kU32, {e, n, k * bits / 32}});
        for (auto& byte : packed.bytes) byte = static_cast<std::byte>(rng() & 0xff);
        if (bits == 8) {  // no E4M3 NaN-like extremes needed: MLX decodes 0x7f as 480 anyway
          for (auto& byte : packed.bytes) byte &= std::byte{0xbf};
        }
        Buffer scales = Buffer::zeros({ElementType::kU8, {e, n, k / group}});
        for (auto& byte : scales.bytes) {  // E8M0 2^0, 2^-1, 2^-2; E4M3 0.5 .. 1.875
          byte = static_cast<std::byte>(nv ? 0x30 + rng() % 16 : 127 - rng() % 3);
        }
        Buffer bias = random_f32({ElementType::kF32, {e, n}}, seed++, 0.5f);
        graph::ExpertWeights w;
        const std::string id = std::to_string(seed);
        w.packed = b.parameter(packed.type, "w" + id, graph::ParamRole::kWeight);
        w.scales = b.parameter(scales.type, "s" + id, graph::ParamRole::kWeight);
        w.bias = b.parameter(bias.type, "c" + id, graph::ParamRole::kWeight);
        projections.push_back(w);
        weights.push_back(std::move(packed));
        weights.push_back(std::move(scales));
        weights.push_back(std::move(bias));
      }
      graph::MoeAttrs attrs;
      attrs.experts = e;
      attrs.top_k = 2;
      attrs.routing = graph::MoeRouting::kTopKSoftmax;
      attrs.activation = "swiglu_clamped";
      attrs.fp = true;
      attrs.expert_bias = true;
      attrs.bits = bits;
      attrs.group_size = group;
      attrs.e4m3_scales = nv;
      const std::vector<float> table = quant::fp_code_values(bits);
      const std::vector<float> scale_table = quant::fp_scale_values(mode);
      attrs.precision = ElementType::kF32;
      const auto y = graph::moe(b, x, logits, projections[0], projections[1], projections[2], attrs,
                                table, scale_table);
      attrs.precision = ElementType::kF16;
      const auto y16 = graph::moe(b, x, logits, projections[0], projections[1], projections[2],
                                  attrs, table, scale_table);
      b.return_values({y, y16});
      const Buffer xs = random_f32({ElementType::kF32, {tokens, hidden}}, 11, 1.0f);
      const Buffer ls = random_f32({ElementType::kF32, {tokens, e}}, 12, 3.0f);
      const std::vector<Buffer> reference = run(module, weights, {xs, ls}, 0);
      ASSERT_EQ(reference.size(), 2u);
      for (auto policy : {kernels::Policy::kExact, kernels::Policy::kFast}) {
        for (int threads : {1, 2, 3}) {
          const std::vector<Buffer> cpu = run(module, weights, {xs, ls}, threads, policy);
          ASSERT_EQ(cpu.size(), 2u);
          for (size_t i = 0; i < 2; ++i) {
            EXPECT_EQ(reference[i].bytes, cpu[i].bytes)
                << quant::fp_mode_name(mode) << " tokens " << tokens << " threads " << threads
                << " result " << i << (policy == kernels::Policy::kFast ? " fast" : " exact");
          }
        }
      }
    }
  }
}

// gpt_oss's flavour of the property: one mxfp4 expert with biases, routed top-1 (weight 1), is
// the dense layer fp_quantized_dot + bias, the clamped SwiGLU, fp_quantized_dot + bias: bit for
// bit in the reference interpreter and the CPU runtime.
TEST(CpuMoe, OneFpExpertTopOneIsTheDenseClampedSwigluMlp) {
  const int64_t t = 3, hidden = 64, inter = 64;
  graph::Module module;
  Builder b(module, "main");
  const auto x = b.parameter({ElementType::kF32, {t, hidden}}, "x");
  const auto logits = b.parameter({ElementType::kF32, {t, 1}}, "logits");
  std::vector<Buffer> weights;
  std::vector<graph::ExpertWeights> stacked, flat;
  std::mt19937 rng(77);
  uint32_t seed = 300;
  for (auto [n, k] : {std::pair{inter, hidden}, {inter, hidden}, {hidden, inter}}) {
    Buffer packed = Buffer::zeros({ElementType::kU32, {1, n, k * 4 / 32}});
    for (auto& byte : packed.bytes) byte = static_cast<std::byte>(rng() & 0xff);
    Buffer scales = Buffer::zeros({ElementType::kU8, {1, n, k / 32}});
    for (auto& byte : scales.bytes) byte = static_cast<std::byte>(127 - rng() % 3);
    Buffer bias = random_f32({ElementType::kF32, {1, n}}, seed++, 0.5f);
    graph::ExpertWeights w3, w2;
    const std::string id = std::to_string(seed);
    w3.packed = b.parameter(packed.type, "w" + id, graph::ParamRole::kWeight);
    w3.scales = b.parameter(scales.type, "s" + id, graph::ParamRole::kWeight);
    w3.bias = b.parameter(bias.type, "c" + id, graph::ParamRole::kWeight);
    // The dense side takes the scales decoded on the host (fp_quantized_dot's f32 scales).
    Buffer decoded = Buffer::zeros({ElementType::kF32, {n, k / 32}});
    for (int64_t i = 0; i < decoded.type.numel(); ++i) {
      const float v = quant::e8m0_value(static_cast<uint8_t>(scales.bytes[static_cast<size_t>(i)]));
      std::memcpy(decoded.bytes.data() + i * 4, &v, 4);
    }
    w2.packed = b.reshape(w3.packed, {n, k * 4 / 32});
    w2.scales = b.parameter(decoded.type, "f" + id, graph::ParamRole::kWeight);
    w2.bias = b.reshape(w3.bias, {n});
    stacked.push_back(w3);
    flat.push_back(w2);
    weights.push_back(std::move(packed));
    weights.push_back(std::move(scales));
    weights.push_back(std::move(bias));
    weights.push_back(std::move(decoded));
  }
  graph::MoeAttrs attrs;
  attrs.experts = 1;
  attrs.top_k = 1;
  attrs.routing = graph::MoeRouting::kTopKSoftmax;
  attrs.activation = "swiglu_clamped";
  attrs.fp = true;
  attrs.expert_bias = true;
  attrs.bits = 4;
  attrs.group_size = 32;
  const std::vector<float> table = quant::fp_code_values(4);
  std::vector<float> scale_table;
  for (int byte = 0; byte < 256; ++byte)
    scale_table.push_back(quant::e8m0_value(static_cast<uint8_t>(byte)));
  const auto routed =
      graph::moe(b, x, logits, stacked[0], stacked[1], stacked[2], attrs, table, scale_table);
  const graph::QuantizedDotAttrs dot{4, 32, ElementType::kF32};
  auto project = [&](const graph::ExpertWeights& w, graph::ValueId in) {
    const auto y = graph::fp_quantized_dot(b, in, w.packed, w.scales, dot, table);
    const auto bias = b.broadcast_in_dim(w.bias, b.shape(y), {1});
    return b.add(y, bias);
  };
  const auto gate = project(flat[0], x);
  const auto up = project(flat[1], x);
  const std::vector<int64_t> shape = b.shape(gate);
  const auto limit = b.splat_f32(7.0f, shape);
  const auto minus_limit = b.splat_f32(-7.0f, shape);
  const auto g = b.minimum(gate, limit);
  const auto u_low = b.maximum(up, minus_limit);
  const auto u = b.minimum(u_low, limit);
  const auto alpha = b.splat_f32(1.702f, shape);
  const auto scaled = b.multiply(alpha, g);
  const auto glu = b.multiply(g, b.logistic(scaled));
  const auto one = b.splat_f32(1.0f, shape);
  const auto h = b.multiply(glu, b.add(u, one));
  const auto dense = project(flat[2], h);
  b.return_values({routed, dense});
  const Buffer xs = random_f32({ElementType::kF32, {t, hidden}}, 5, 1.0f);
  const Buffer ls = random_f32({ElementType::kF32, {t, 1}}, 6, 2.0f);
  for (int threads : {0, 2}) {  // 0: the reference interpreter
    const std::vector<Buffer> out = run(module, weights, {xs, ls}, threads);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].bytes, out[1].bytes) << "threads " << threads;
  }
}

}  // namespace
}  // namespace mlxla::runtime
