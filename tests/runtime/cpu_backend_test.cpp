// The CPU runtime against the reference interpreter on graphs built here: every fused step
// (quantized_dot over all bit widths and group sizes, weight dots at every precision, rms_norm,
// rope, attention, window_attention, argmax) and the in-place KV-cache update, for 1, 2 and 3
// threads.
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <cstring>
#include <limits>
#include <random>

#include "graph/builder.h"
#include "graph/composite_emit.h"
#include "graph/composites.h"
#include "quant/affine.h"
#include "quant/half.h"
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

/// Runs `module` on both backends with the same inputs, state and weights and expects
/// bitwise-equal outputs and state.
void expect_backends_agree(const graph::Module& module, const std::vector<Buffer>& weights,
                           const std::vector<Buffer>& inputs, const std::vector<Buffer>& state,
                           int threads) {
  std::vector<BufferView> weight_views;
  for (const auto& w : weights) weight_views.push_back(w.view());
  std::vector<BufferView> input_views;
  for (const auto& in : inputs) input_views.push_back(in.view());

  auto reference = reference::make_reference_backend();
  auto ref_exe = compile_with_views(*reference, module, weight_views);
  ASSERT_TRUE(ref_exe.ok()) << ref_exe.error().message();
  auto cpu = cpu::CpuBackend::create({threads, std::nullopt, 0});
  ASSERT_TRUE(cpu.ok());
  auto cpu_exe = compile_with_views(**cpu, module, weight_views);
  ASSERT_TRUE(cpu_exe.ok()) << cpu_exe.error().message();

  std::vector<Buffer> ref_state = state, cpu_state = state;
  std::vector<MutableBufferView> ref_views, cpu_views;
  for (auto& s : ref_state) ref_views.push_back(s.mutable_view());
  for (auto& s : cpu_state) cpu_views.push_back(s.mutable_view());
  // Two calls, so that state written by the first is read by the second.
  for (int call = 0; call < 2; ++call) {
    auto ref_out = execute_on_host(*reference, **ref_exe, input_views, ref_views);
    ASSERT_TRUE(ref_out.ok()) << ref_out.error().message();
    auto cpu_out = execute_on_host(**cpu, **cpu_exe, input_views, cpu_views);
    ASSERT_TRUE(cpu_out.ok()) << cpu_out.error().message();
    ASSERT_EQ(ref_out->size(), cpu_out->size());
    for (size_t i = 0; i < ref_out->size(); ++i) {
      ASSERT_EQ((*ref_out)[i].type, (*cpu_out)[i].type);
      EXPECT_EQ(0, std::memcmp((*ref_out)[i].bytes.data(), (*cpu_out)[i].bytes.data(),
                               (*ref_out)[i].bytes.size()))
          << "output " << i << " differs (call " << call << ", threads " << threads << ")";
    }
    for (size_t i = 0; i < ref_state.size(); ++i) {
      EXPECT_EQ(ref_state[i].bytes, cpu_state[i].bytes) << "state " << i << " differs";
    }
  }
}

struct PackedCase {
  int bits;
  int group;
};

class QuantizedDotTest : public ::testing::TestWithParam<std::tuple<int, int, int>> {};

TEST_P(QuantizedDotTest, MatchesReference) {
  const auto [bits, group, threads] = GetParam();
  const int64_t n = 37, k = 256, m = 3;
  // Quantize a random matrix with the real codec, f16 scales.
  Buffer w = random_f32({ElementType::kF32, {n, k}}, 7, 0.1f);
  quant::AffineLayout layout{n, k, bits, group};
  auto q = quant::quantize(w.bytes, DType::kF32, layout, DType::kF16);
  ASSERT_TRUE(q.ok()) << q.error().message();
  graph::Module module;
  Builder b(module, "main");
  const auto x = b.parameter({ElementType::kF32, {m, k}}, "x");
  const auto packed =
      b.parameter({ElementType::kU32, {n, k * bits / 32}}, "w", graph::ParamRole::kWeight);
  const auto scales =
      b.parameter({ElementType::kF16, {n, k / group}}, "s", graph::ParamRole::kWeight);
  const auto biases =
      b.parameter({ElementType::kF16, {n, k / group}}, "b", graph::ParamRole::kWeight);
  const auto y =
      graph::quantized_dot(b, x, packed, scales, biases, {bits, group, ElementType::kF32});
  const auto y16 =
      graph::quantized_dot(b, x, packed, scales, biases, {bits, group, ElementType::kF16});
  b.return_values({y, y16, graph::argmax(b, y)});
  std::vector<Buffer> weights = {
      {module.main().type(packed), q->packed},
      {module.main().type(scales), q->scales},
      {module.main().type(biases), q->biases},
  };
  expect_backends_agree(module, weights, {random_f32({ElementType::kF32, {m, k}}, 11)}, {},
                        threads);
}

INSTANTIATE_TEST_SUITE_P(AllWidths, QuantizedDotTest,
                         ::testing::Combine(::testing::Values(2, 3, 4, 5, 6, 8),
                                            ::testing::Values(32, 64, 128),
                                            ::testing::Values(1, 2, 3)));

TEST(CpuBackend, DenseDotsAtEveryPrecisionMatchReference) {
  for (auto precision : {ElementType::kF32, ElementType::kF16, ElementType::kBF16}) {
    for (auto storage : {ElementType::kF32, ElementType::kF16}) {
      graph::Module module;
      Builder b(module, "main");
      const int64_t n = 29, k = 72;
      const auto x = b.parameter({ElementType::kF32, {2, k}}, "x");
      const auto w = b.parameter({storage, {n, k}}, "w", graph::ParamRole::kWeight);
      b.return_values({graph::dense_dot(b, x, w, precision)});
      Buffer wf = random_f32({ElementType::kF32, {n, k}}, 3);
      Buffer wb = Buffer::zeros({storage, {n, k}});
      for (int64_t i = 0; i < n * k; ++i) {
        float v;
        std::memcpy(&v, wf.bytes.data() + i * 4, 4);
        if (storage == ElementType::kF32) {
          std::memcpy(wb.bytes.data() + i * 4, &v, 4);
        } else {
          const uint16_t h = quant::f32_to_f16(v);
          std::memcpy(wb.bytes.data() + i * 2, &h, 2);
        }
      }
      for (int threads : {1, 2, 3}) {
        expect_backends_agree(module, {wb}, {random_f32({ElementType::kF32, {2, k}}, 5)}, {},
                              threads);
      }
    }
  }
}

TEST(CpuBackend, NormRopeAttentionAndInPlaceCacheMatchReference) {
  const int64_t t = 3, heads = 4, kv = 2, dim = 8, cap = 16, hidden = heads * dim;
  graph::Module module;
  Builder b(module, "main");
  const auto x = b.parameter({ElementType::kF32, {t, hidden}}, "x");
  const auto pos = b.parameter({ElementType::kI32, {t}}, "positions");
  const auto start = b.parameter({ElementType::kI32, {}}, "start");
  const auto cache =
      b.parameter({ElementType::kF32, {2, cap, kv, dim}}, "cache", graph::ParamRole::kKvCache);
  const auto norm_w = b.parameter({ElementType::kF32, {hidden}}, "norm", graph::ParamRole::kWeight);
  const auto normed = graph::rms_norm(b, x, norm_w, {1e-5});
  graph::RopeAttrs rope_attrs;
  rope_attrs.theta = 500000.0;
  rope_attrs.scaling = graph::RopeScaling::kLlama3;
  rope_attrs.factor = 32.0;
  rope_attrs.original_max_position_embeddings = 8;
  const auto q = graph::rope(b, b.reshape(normed, {t, heads, dim}), pos, rope_attrs);
  const auto k = b.slice(q, {0, 0, 0}, {t, kv, dim});
  const auto zero = b.splat_i32(0, {});
  const auto one = b.splat_i32(1, {});
  // Write k at [0, start, 0, 0] and v (= k * 2) at [1, start, 0, 0], in place.
  auto c1 = b.dynamic_update_slice(cache, b.reshape(k, {1, t, kv, dim}), {zero, start, zero, zero});
  auto v = b.multiply(k, b.splat_f32(2.0f, {t, kv, dim}));
  auto c2 = b.dynamic_update_slice(c1, b.reshape(v, {1, t, kv, dim}), {one, start, zero, zero});
  const auto kc = b.reshape(b.slice(c2, {0, 0, 0, 0}, {1, cap, kv, dim}), {cap, kv, dim});
  const auto vc = b.reshape(b.slice(c2, {1, 0, 0, 0}, {2, cap, kv, dim}), {cap, kv, dim});
  const auto length = b.add(start, b.splat_i32(static_cast<int32_t>(t), {}));
  const auto att = graph::attention(b, q, kc, vc, pos, length, {0.35});
  b.return_values({att, c2});
  b.alias(cache, 1);

  Buffer positions = Buffer::zeros({ElementType::kI32, {t}});
  Buffer start_buf = Buffer::zeros({ElementType::kI32, {}});
  const int32_t s = 5;
  for (int32_t i = 0; i < t; ++i) {
    const int32_t p = s + i;
    std::memcpy(positions.bytes.data() + i * 4, &p, 4);
  }
  std::memcpy(start_buf.bytes.data(), &s, 4);
  Buffer cache_buf = random_f32({ElementType::kF32, {2, cap, kv, dim}}, 9);
  for (int threads : {1, 2, 3}) {
    expect_backends_agree(module, {random_f32({ElementType::kF32, {hidden}}, 4)},
                          {random_f32({ElementType::kF32, {t, hidden}}, 8), positions, start_buf},
                          {cache_buf}, threads);
  }
}

// Every RoPE variant (partial, traditional, linear, yarn, longrope, dynamic) and attention
// with a soft cap and a window: the fused kernels equal the reference interpretation of the
// decompositions bit for bit.
// The argmax step skips blocks of 16 that cannot change its choice: ties across blocks and
// with the tail, -inf everywhere, NaNs (the result is then `vocab`), against the reference
// and against the expected indices.
// Concatenate copies contiguous runs: along the first, a middle and the last dimension, parts
// of different extents (one empty), f32 and 2-byte f16 elements, equal to the reference.
TEST(CpuBackend, ConcatenateAlongEveryDimensionMatchesReference) {
  graph::Module module;
  Builder b(module, "main");
  const auto a = b.parameter({ElementType::kF32, {2, 3, 4}}, "a");
  const auto c = b.parameter({ElementType::kF32, {2, 1, 4}}, "c");
  const auto e = b.parameter({ElementType::kF32, {2, 0, 4}}, "e");
  const auto h = b.parameter({ElementType::kF16, {2, 3, 5}}, "h");
  const auto along0 = b.concatenate({a, a}, 0);
  const auto along1 = b.concatenate({a, e, c, a}, 1);
  const auto h_wide = b.concatenate({h, h}, 2);
  const auto along2 = b.concatenate({h_wide, h}, 2);
  b.return_values({along0, along1, along2});
  const Buffer h_values = f16_of(random_f32({ElementType::kF32, {2, 3, 5}}, 13));
  for (int threads : {1, 2}) {
    expect_backends_agree(module, {},
                          {random_f32({ElementType::kF32, {2, 3, 4}}, 11),
                           random_f32({ElementType::kF32, {2, 1, 4}}, 12),
                           random_f32({ElementType::kF32, {2, 0, 4}}, 14), h_values},
                          {}, threads);
  }
}

TEST(CpuBackend, ArgmaxTiesInfinitiesAndNaNsMatchReference) {
  constexpr int64_t kRows = 9, kVocab = 16 * 5 + 7;
  const float inf = std::numeric_limits<float>::infinity();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  Buffer x = random_f32({ElementType::kF32, {kRows, kVocab}}, 5);
  auto set = [&](int64_t r, int64_t i, float v) {
    std::memcpy(x.bytes.data() + (r * kVocab + i) * 4, &v, 4);
  };
  auto fill = [&](int64_t r, float v) {
    for (int64_t i = 0; i < kVocab; ++i) set(r, i, v);
  };
  set(1, 20, 5.0f);  // a tie across blocks: the first wins
  set(1, 70, 5.0f);
  fill(2, -inf);  // all -inf: index 0
  fill(3, -inf);  // a NaN in a block skipped for its maximum: vocab
  set(3, 60, nan);
  set(4, 84, 7.0f);  // the maximum in the tail
  set(5, 3, nan);    // a NaN early, larger values after it: vocab
  set(5, 40, 9.0f);
  fill(6, 1.0f);  // all equal: index 0
  fill(7, -inf);  // -inf, then a finite maximum
  set(7, 50, 2.0f);
  set(8, 15, 6.0f);  // a tie between the end of a block and the start of the next
  set(8, 16, 6.0f);
  int64_t first_random = 0;
  float best = -inf;
  for (int64_t i = 0; i < kVocab; ++i) {
    float v;
    std::memcpy(&v, x.bytes.data() + i * 4, 4);
    if (v > best) best = v, first_random = i;
  }
  const std::vector<int32_t> want = {
      static_cast<int32_t>(first_random), 20, 0, kVocab, 84, kVocab, 0, 50, 15};
  graph::Module module;
  Builder b(module, "main");
  const auto in = b.parameter({ElementType::kF32, {kRows, kVocab}}, "x");
  b.return_values({graph::argmax(b, in)});
  for (int threads : {1, 2}) expect_backends_agree(module, {}, {x}, {}, threads);
  auto cpu = cpu::CpuBackend::create({1, std::nullopt, 0});
  ASSERT_TRUE(cpu.ok());
  auto exe = compile_with_views(**cpu, module, {});
  ASSERT_TRUE(exe.ok()) << exe.error().message();
  const std::vector<BufferView> inputs = {x.view()};
  auto out = execute_on_host(**cpu, **exe, inputs, {});
  ASSERT_TRUE(out.ok()) << out.error().message();
  std::vector<int32_t> got(kRows);
  std::memcpy(got.data(), (*out)[0].bytes.data(), kRows * 4);
  EXPECT_EQ(got, want);
}

TEST(CpuBackend, RopeVariantsAndCappedWindowedAttentionMatchReference) {
  const int64_t t = 4, heads = 4, kv = 2, dim = 16, cap = 16;
  std::vector<graph::RopeAttrs> variants(5);
  variants[0].scaling = graph::RopeScaling::kLinear;
  variants[0].factor = 2.0;
  variants[0].traditional = true;
  variants[0].rotary_dim = 12;
  variants[1].scaling = graph::RopeScaling::kYarn;
  variants[1].factor = 4.0;
  variants[1].original_max_position_embeddings = 8;
  variants[2].scaling = graph::RopeScaling::kLongrope;
  variants[2].rotary_dim = 8;
  variants[2].long_factor = {1.0, 1.5, 2.5, 4.0};
  variants[2].original_max_position_embeddings = 8;
  variants[2].max_position_embeddings = 64;
  variants[3].scaling = graph::RopeScaling::kDynamic;
  variants[3].factor = 3.0;
  variants[3].max_position_embeddings = 6;
  variants[4].traditional = true;
  for (size_t vi = 0; vi < variants.size(); ++vi) {
    graph::Module module;
    Builder b(module, "main");
    const auto x = b.parameter({ElementType::kF32, {t, heads, dim}}, "x");
    const auto pos = b.parameter({ElementType::kI32, {t}}, "positions");
    const auto length = b.parameter({ElementType::kI32, {}}, "length");
    const auto kc =
        b.parameter({ElementType::kF32, {cap, kv, dim}}, "k", graph::ParamRole::kWeight);
    const auto vc =
        b.parameter({ElementType::kF32, {cap, kv, dim}}, "v", graph::ParamRole::kWeight);
    const auto q = graph::rope(b, x, pos, variants[vi]);
    const auto att =
        graph::attention(b, q, kc, vc, pos, length, {0.4, vi % 2 ? 2.0 : 0.0, vi < 3 ? 3 : 0});
    b.return_values({q, att});
    Buffer positions = Buffer::zeros({ElementType::kI32, {t}});
    for (int32_t i = 0; i < t; ++i) {
      const int32_t p = 7 + 2 * i;  // past every original context above
      std::memcpy(positions.bytes.data() + i * 4, &p, 4);
    }
    Buffer length_buf = Buffer::zeros({ElementType::kI32, {}});
    const int32_t n = 14;
    std::memcpy(length_buf.bytes.data(), &n, 4);
    SCOPED_TRACE("variant " + std::to_string(vi));
    for (int threads : {1, 2}) {
      expect_backends_agree(
          module,
          {random_f32({ElementType::kF32, {cap, kv, dim}}, 11),
           random_f32({ElementType::kF32, {cap, kv, dim}}, 12)},
          {random_f32({ElementType::kF32, {t, heads, dim}}, 13), positions, length_buf}, {},
          threads);
    }
  }
}

// A hand-written mlxla.attention / mlxla.window_attention whose attributes say sinks = true but
// that carries no sinks operand (or sinks of the wrong shape) fails to compile on the CPU with
// an error naming the composite, instead of reading an operand that is not there.
TEST(CpuBackend, AttentionWithoutItsSinksOperandIsRefused) {
  const int64_t heads = 2, kv = 1, dim = 4, cap = 3;
  for (const bool window : {false, true}) {
    for (const bool wrong_shape : {false, true}) {
      graph::Module module;
      Builder b(module, "main");
      std::vector<graph::ValueId> operands = {
          b.parameter({ElementType::kF32, {1, heads, dim}}, "q"),
          b.parameter({ElementType::kF32, {cap, kv, dim}}, "k", graph::ParamRole::kWeight),
          b.parameter({ElementType::kF32, {cap, kv, dim}}, "v", graph::ParamRole::kWeight)};
      if (window) {
        operands.push_back(b.parameter({ElementType::kF32, {1, kv, dim}}, "kn"));
        operands.push_back(b.parameter({ElementType::kF32, {1, kv, dim}}, "vn"));
      }
      operands.push_back(b.parameter({ElementType::kI32, {1}}, "positions"));
      operands.push_back(b.parameter({ElementType::kI32, {}}, "length"));
      if (wrong_shape) operands.push_back(b.parameter({ElementType::kF32, {heads + 1}}, "sinks"));
      graph::AttentionAttrs attrs{0.5, 0.0, window ? int64_t{2} : int64_t{0}};
      attrs.sinks = true;
      const std::string_view name = window ? graph::kWindowAttentionName : graph::kAttentionName;
      const auto out =
          graph::detail::emit_composite(b, name, operands, graph::encode(attrs),
                                        [](Builder&, const std::vector<graph::ValueId>& p) {
                                          return std::vector<graph::ValueId>{p[0]};
                                        })[0];
      b.return_values({out});
      auto cpu = cpu::CpuBackend::create({1, std::nullopt, 0});
      ASSERT_TRUE(cpu.ok());
      const Buffer k = Buffer::zeros({ElementType::kF32, {cap, kv, dim}});
      const Buffer v = Buffer::zeros({ElementType::kF32, {cap, kv, dim}});
      auto exe = compile_with_views(**cpu, module, {k.view(), v.view()});
      ASSERT_FALSE(exe.ok()) << name << (wrong_shape ? " wrong shape" : " missing");
      EXPECT_NE(exe.error().message().find(std::string(name)), std::string::npos)
          << exe.error().message();
      EXPECT_NE(exe.error().message().find(wrong_shape ? "sinks must be f32 [heads]" : "operands"),
                std::string::npos)
          << exe.error().message();
    }
  }
}

// mlxla.window_attention over a ring of W rows plus the step's own keys: the CPU kernel equals
// the reference interpretation of its decomposition bit for bit, and both equal mlxla.attention
// over a full-length cache holding the same positions (f16 caches, soft cap on and off): a
// decode step, a chunk whose ring still holds negative positions, a chunk longer than the ring
// with padding rows past kv_length.
TEST(CpuBackend, WindowAttentionOverARingEqualsFullLengthAttention) {
  const int64_t heads = 4, kv = 2, dim = 16, ring = 5, window = 5;
  struct Case {
    int64_t t;
    int32_t start;
    int32_t length;
  };
  // gpt_oss's sinks: one logit per head (the last one large enough to take most of the mass).
  const std::vector<float> sink_values = {-1.0f, 0.5f, 2.0f, 8.0f};
  Buffer sinks = Buffer::zeros({ElementType::kF32, {heads}});
  std::memcpy(sinks.bytes.data(), sink_values.data(), sink_values.size() * 4);
  for (const Case& c : std::vector<Case>{{1, 13, 14}, {4, 2, 6}, {7, 9, 15}}) {
    for (const double softcap : {0.0, 1.5}) {
      for (const bool with_sinks : {false, true}) {
        SCOPED_TRACE("t " + std::to_string(c.t) + " start " + std::to_string(c.start) +
                     " softcap " + std::to_string(softcap) + (with_sinks ? " sinks" : ""));
        const int64_t cap = c.start + c.t;
        // Keys and values of every position, f16; the ring holds positions start - W .. start - 1
        // at row p mod W (rows of negative positions hold leftovers), the full cache position p at
        // p.
        const Buffer k_all = f16_of(random_f32({ElementType::kF32, {cap, kv, dim}}, 21));
        const Buffer v_all = f16_of(random_f32({ElementType::kF32, {cap, kv, dim}}, 22));
        const int64_t row = kv * dim * 2;
        Buffer k_ring = f16_of(random_f32({ElementType::kF32, {ring, kv, dim}}, 23));
        Buffer v_ring = f16_of(random_f32({ElementType::kF32, {ring, kv, dim}}, 24));
        Buffer k_new = Buffer::zeros({ElementType::kF16, {c.t, kv, dim}});
        Buffer v_new = Buffer::zeros({ElementType::kF16, {c.t, kv, dim}});
        for (int64_t p = std::max<int64_t>(0, c.start - ring); p < c.start; ++p) {
          std::memcpy(k_ring.bytes.data() + (p % ring) * row, k_all.bytes.data() + p * row, row);
          std::memcpy(v_ring.bytes.data() + (p % ring) * row, v_all.bytes.data() + p * row, row);
        }
        std::memcpy(k_new.bytes.data(), k_all.bytes.data() + c.start * row, c.t * row);
        std::memcpy(v_new.bytes.data(), v_all.bytes.data() + c.start * row, c.t * row);
        Buffer positions = Buffer::zeros({ElementType::kI32, {c.t}});
        for (int32_t i = 0; i < c.t; ++i) {
          const int32_t p = c.start + i;
          std::memcpy(positions.bytes.data() + i * 4, &p, 4);
        }
        Buffer length = Buffer::zeros({ElementType::kI32, {}});
        std::memcpy(length.bytes.data(), &c.length, 4);
        const Buffer q = random_f32({ElementType::kF32, {c.t, heads, dim}}, 25, 3.0f);
        graph::AttentionAttrs attrs{0.3, softcap, window};
        attrs.sinks = with_sinks;
        std::vector<Buffer> ring_weights = {k_ring, v_ring, k_new, v_new};
        std::vector<Buffer> full_weights = {k_all, v_all};
        if (with_sinks) {
          ring_weights.push_back(sinks);
          full_weights.push_back(sinks);
        }

        graph::Module ring_module;
        {
          Builder b(ring_module, "main");
          const auto qp = b.parameter(q.type, "q");
          const auto pos = b.parameter(positions.type, "positions");
          const auto len = b.parameter(length.type, "length");
          const auto kr = b.parameter(k_ring.type, "k_ring", graph::ParamRole::kWeight);
          const auto vr = b.parameter(v_ring.type, "v_ring", graph::ParamRole::kWeight);
          const auto kn = b.parameter(k_new.type, "k_new", graph::ParamRole::kWeight);
          const auto vn = b.parameter(v_new.type, "v_new", graph::ParamRole::kWeight);
          const auto sk = with_sinks ? b.parameter(sinks.type, "sinks", graph::ParamRole::kWeight)
                                     : graph::kNoValue;
          b.return_values({graph::window_attention(b, qp, kr, vr, kn, vn, pos, len, attrs, sk)});
        }
        for (int threads : {1, 2}) {
          expect_backends_agree(ring_module, ring_weights, {q, positions, length}, {}, threads);
        }
        graph::Module full_module;
        {
          Builder b(full_module, "main");
          const auto qp = b.parameter(q.type, "q");
          const auto pos = b.parameter(positions.type, "positions");
          const auto len = b.parameter(length.type, "length");
          const auto kc = b.parameter(k_all.type, "k", graph::ParamRole::kWeight);
          const auto vc = b.parameter(v_all.type, "v", graph::ParamRole::kWeight);
          const auto sk = with_sinks ? b.parameter(sinks.type, "sinks", graph::ParamRole::kWeight)
                                     : graph::kNoValue;
          b.return_values({graph::attention(b, qp, kc, vc, pos, len, attrs, sk)});
        }
        if (with_sinks) {
          for (int threads : {1, 2}) {
            expect_backends_agree(full_module, full_weights, {q, positions, length}, {}, threads);
            // No visible key at all (length 0): the sink alone, as the decomposition gives it.
            Buffer none = Buffer::zeros({ElementType::kI32, {}});
            expect_backends_agree(full_module, full_weights, {q, positions, none}, {}, threads);
          }
        }
        auto run = [&](const graph::Module& module, const std::vector<Buffer>& weights) {
          std::vector<BufferView> views;
          for (const auto& w : weights) views.push_back(w.view());
          auto backend = reference::make_reference_backend();
          auto exe = compile_with_views(*backend, module, views);
          EXPECT_TRUE(exe.ok());
          std::vector<BufferView> inputs = {q.view(), positions.view(), length.view()};
          auto out = execute_on_host(*backend, **exe, inputs, {});
          EXPECT_TRUE(out.ok());
          return (*out)[0];
        };
        const Buffer by_ring = run(ring_module, ring_weights);
        const Buffer by_full = run(full_module, full_weights);
        EXPECT_EQ(by_ring.bytes, by_full.bytes)
            << "window_attention differs from attention over the full cache";
      }
    }
  }
}

}  // namespace
}  // namespace mlxla::runtime
