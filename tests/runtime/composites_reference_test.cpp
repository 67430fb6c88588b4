// The mlxla composites' decompositions, run by the reference interpreter, against independent
// scalar implementations written here: exact where the contract is exact (dequantization via
// one-hot activations, argmax), a tolerance from the op's error bound otherwise.
// Lives in tests/runtime/ because it needs the interpreter (tests/graph links mlxla_graph only).
// ctest-labels: unit numerics
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

#include <gtest/gtest.h>

#include "checkpoint/safetensors.h"
#include "graph/composites.h"
#include "quant/half.h"
#include "runtime/reference/interpreter.h"
#include "support/test_support.h"

namespace mlxla::graph {
namespace {

using runtime::Buffer;
using runtime::BufferView;

template <typename T>
Buffer buffer_of(ElementType element, std::vector<int64_t> shape, const std::vector<T>& values) {
  Buffer b = Buffer::zeros(TensorType{element, std::move(shape)});
  EXPECT_EQ(b.bytes.size(), values.size() * sizeof(T));
  std::memcpy(b.bytes.data(), values.data(), std::min(b.bytes.size(), values.size() * sizeof(T)));
  return b;
}

template <typename T>
std::vector<T> values_of(const Buffer& b) {
  std::vector<T> out(b.bytes.size() / sizeof(T));
  std::memcpy(out.data(), b.bytes.data(), out.size() * sizeof(T));
  return out;
}

// main(args...) = body(args); interpreted; its one result.
template <typename Body>
Buffer run(const std::vector<Buffer>& args, Body body) {
  Module module;
  Builder b(module, "main");
  std::vector<ValueId> params;
  for (size_t i = 0; i < args.size(); ++i)
    params.push_back(b.parameter(args[i].type, std::string(1, static_cast<char>('a' + i))));
  b.return_values({body(b, params)});
  std::vector<BufferView> views;
  for (const Buffer& a : args) views.push_back(a.view());
  auto results = runtime::reference::interpret(module, "main", views);
  EXPECT_TRUE(results.ok()) << results.error().message();
  return results.ok() ? (*results)[0] : Buffer{};
}

uint32_t bits_of(float f) {
  uint32_t u;
  std::memcpy(&u, &f, 4);
  return u;
}

float round_to(float v, ElementType precision) {
  if (precision == ElementType::kF16) return quant::f16_to_f32(quant::f32_to_f16(v));
  if (precision == ElementType::kBF16) return quant::bf16_to_f32(quant::f32_to_bf16(v));
  return v;
}

// The identity as x: y[k, n] = narrow(W[n, k]) exactly (one product with 1, the rest with 0).
std::vector<float> identity(int64_t k) {
  std::vector<float> x(static_cast<size_t>(k * k), 0.0f);
  for (int64_t i = 0; i < k; ++i) x[static_cast<size_t>(i * k + i)] = 1.0f;
  return x;
}

TEST(CompositesReference, QuantizedDotDequantizesExactly) {
  std::mt19937 rng(7);
  const int64_t n = 5, k = 64;
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (ElementType precision : {ElementType::kF32, ElementType::kF16, ElementType::kBF16}) {
      const int group = 32;
      std::vector<uint32_t> codes(static_cast<size_t>(n * k));
      for (auto& c : codes) c = rng() % (1u << bits);
      // Pack LSB-first, bit by bit (independently of the codec).
      std::vector<uint32_t> packed(static_cast<size_t>(n * k * bits / 32), 0);
      for (int64_t r = 0; r < n; ++r) {
        for (int64_t j = 0; j < k; ++j) {
          for (int bit = 0; bit < bits; ++bit) {
            const int64_t i = j * bits + bit;
            const uint32_t v = (codes[static_cast<size_t>(r * k + j)] >> bit) & 1u;
            packed[static_cast<size_t>(r * k * bits / 32 + i / 32)] |= v << (i % 32);
          }
        }
      }
      std::vector<uint16_t> scales, biases;
      for (int64_t i = 0; i < n * k / group; ++i) {
        scales.push_back(
            quant::f32_to_f16(static_cast<float>(static_cast<int>(rng() % 2001) - 1000) * 1.3e-4f));
        biases.push_back(
            quant::f32_to_f16(static_cast<float>(static_cast<int>(rng() % 2001) - 1000) * 7.1e-4f));
      }
      const Buffer y =
          run({buffer_of(ElementType::kF32, {k, k}, identity(k)),
               buffer_of(ElementType::kU32, {n, k * bits / 32}, packed),
               buffer_of(ElementType::kF16, {n, k / group}, scales),
               buffer_of(ElementType::kF16, {n, k / group}, biases)},
              [&](Builder& b, std::vector<ValueId> p) {
                return quantized_dot(b, p[0], p[1], p[2], p[3], {bits, group, precision});
              });
      const std::vector<float> out = values_of<float>(y);
      ASSERT_EQ(out.size(), static_cast<size_t>(k * n));
      for (int64_t r = 0; r < n; ++r) {
        for (int64_t j = 0; j < k; ++j) {
          const size_t g = static_cast<size_t>(r * (k / group) + j / group);
          const float scaled = static_cast<float>(codes[static_cast<size_t>(r * k + j)]) *
                               quant::f16_to_f32(scales[g]);
          const float w = round_to(scaled + quant::f16_to_f32(biases[g]), precision);
          ASSERT_EQ(bits_of(out[static_cast<size_t>(j * n + r)]), bits_of(w))
              << "bits " << bits << " precision " << element_name(precision) << " [" << r << ", "
              << j << "]";
        }
      }
    }
  }
}

// MLX's own dequantization (W_hat_f32 in the fixtures, made by MLX) equals the decomposition's.
TEST(CompositesReference, QuantizedDotMatchesMlxFixtures) {
  MLXLA_REQUIRE_SHARED("fixtures/mlx-quant/b3_g32_f16.safetensors");
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (int group : {32, 64, 128}) {
      for (const char* dtype : {"f32", "f16", "bf16"}) {
        std::string name = "b";
        name += std::to_string(bits);
        name += "_g";
        name += std::to_string(group);
        name += "_";
        name += dtype;
        auto file = checkpoint::SafetensorsFile::open(testing::shared_dir() / "fixtures/mlx-quant" /
                                                      (name + ".safetensors"));
        ASSERT_TRUE(file.ok()) << file.error().message();
        auto tensor = [&](const char* t, ElementType element) {
          const checkpoint::TensorView v = *file->get(t);
          Buffer b =
              Buffer::zeros({element, std::vector<int64_t>(v.shape().begin(), v.shape().end())});
          std::memcpy(b.bytes.data(), v.data, v.nbytes());
          return b;
        };
        const ElementType scale_type = std::string(dtype) == "f32"   ? ElementType::kF32
                                       : std::string(dtype) == "f16" ? ElementType::kF16
                                                                     : ElementType::kBF16;
        const Buffer expected = tensor("W_hat_f32", ElementType::kF32);  // [48, 256]
        const Buffer y =
            run({buffer_of(ElementType::kF32, {256, 256}, identity(256)),
                 tensor("wq", ElementType::kU32), tensor("scales", scale_type),
                 tensor("biases", scale_type)},
                [&](Builder& b, std::vector<ValueId> p) {
                  return quantized_dot(b, p[0], p[1], p[2], p[3], {bits, group, ElementType::kF32});
                });
        const std::vector<float> out = values_of<float>(y), want = values_of<float>(expected);
        ASSERT_EQ(out.size(), want.size());
        for (size_t r = 0; r < 48; ++r) {
          for (size_t c = 0; c < 256; ++c) {
            ASSERT_EQ(bits_of(out[c * 48 + r]), bits_of(want[r * 256 + c]))
                << name << " [" << r << ", " << c << "]";
          }
        }
      }
    }
  }
}

TEST(CompositesReference, RmsNorm) {
  std::mt19937 rng(3);
  std::normal_distribution<float> normal(0.0f, 2.0f);
  const int64_t rows = 3, d = 48;
  std::vector<float> x(rows * d), w(d);
  for (auto& v : x) v = normal(rng);
  for (auto& v : w) v = normal(rng);
  const double eps = 1e-5;
  const Buffer y =
      run({buffer_of(ElementType::kF32, {rows, d}, x), buffer_of(ElementType::kF32, {d}, w)},
          [&](Builder& b, std::vector<ValueId> p) { return rms_norm(b, p[0], p[1], {eps}); });
  const std::vector<float> out = values_of<float>(y);
  for (int64_t r = 0; r < rows; ++r) {
    double sum = 0;
    for (int64_t i = 0; i < d; ++i) sum += double(x[r * d + i]) * double(x[r * d + i]);
    const double inv = 1.0 / std::sqrt(sum / d + double(static_cast<float>(eps)));
    for (int64_t i = 0; i < d; ++i) {
      const double want = double(x[r * d + i]) * inv * double(w[i]);
      // f32 sum of d squares (relative error <= d * 2^-24), rsqrt and three products: a few ulps
      // more.
      EXPECT_NEAR(out[r * d + i], want, std::abs(want) * double(d + 8) * 0x1p-24) << r << ", " << i;
    }
  }
}

TEST(CompositesReference, RopeRotateHalf) {
  const int64_t t = 4, h = 3, d = 8;
  std::mt19937 rng(5);
  std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
  std::vector<float> x(t * h * d);
  for (auto& v : x) v = uniform(rng);
  const std::vector<int32_t> pos = {0, 1, 17, 300};
  RopeAttrs attrs;
  attrs.theta = 500000.0;
  attrs.scaling = RopeScaling::kLlama3;
  attrs.factor = 8.0;
  attrs.original_max_position_embeddings = 16;
  const std::vector<float> inv = rope_inv_freq(d, attrs);
  const Buffer y =
      run({buffer_of(ElementType::kF32, {t, h, d}, x), buffer_of(ElementType::kI32, {t}, pos)},
          [&](Builder& b, std::vector<ValueId> p) { return rope(b, p[0], p[1], attrs); });
  const std::vector<float> out = values_of<float>(y);
  for (int64_t ti = 0; ti < t; ++ti) {
    for (int64_t hi = 0; hi < h; ++hi) {
      for (int64_t i = 0; i < d; ++i) {
        const int64_t f = i % (d / 2);
        const float angle = static_cast<float>(pos[ti]) * inv[f];  // f32 angle, as specified
        const float* row = &x[(ti * h + hi) * d];
        const double rotated = i < d / 2 ? -double(row[i + d / 2]) : double(row[i - d / 2]);
        const double want =
            double(row[i]) * std::cos(double(angle)) + rotated * std::sin(double(angle));
        EXPECT_NEAR(out[(ti * h + hi) * d + i], want,
                    4e-7 * (std::abs(double(row[i])) + std::abs(rotated)) + 1e-7)
            << ti << ", " << hi << ", " << i;
      }
    }
  }
}

TEST(CompositesReference, AttentionGroupedCausalMasked) {
  const int64_t t = 3, heads = 4, kv = 2, d = 4, cap = 6;
  std::mt19937 rng(11);
  std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
  std::vector<float> q(t * heads * d), k(cap * kv * d), v(cap * kv * d);
  for (auto* vec : {&q, &k, &v})
    for (auto& e : *vec) e = uniform(rng);
  const double scale = 0.5;
  struct Case {
    std::vector<int32_t> positions;
    int32_t length;
  };
  for (const Case& c : std::vector<Case>{{{2, 3, 4}, 5}, {{0, 1, 5}, 3}, {{1, 1, 1}, 0}}) {
    const Buffer y = run({buffer_of(ElementType::kF32, {t, heads, d}, q),
                          buffer_of(ElementType::kF32, {cap, kv, d}, k),
                          buffer_of(ElementType::kF32, {cap, kv, d}, v),
                          buffer_of(ElementType::kI32, {t}, c.positions),
                          buffer_of(ElementType::kI32, {}, std::vector<int32_t>{c.length})},
                         [&](Builder& b, std::vector<ValueId> p) {
                           return attention(b, p[0], p[1], p[2], p[3], p[4], {scale});
                         });
    const std::vector<float> out = values_of<float>(y);
    for (int64_t ti = 0; ti < t; ++ti) {
      for (int64_t hi = 0; hi < heads; ++hi) {
        const int64_t g = hi / (heads / kv);
        std::vector<double> weights(cap, 0.0);
        double max = -1e300, sum = 0;
        std::vector<bool> visible(cap);
        bool any = false;
        for (int64_t j = 0; j < cap; ++j) {
          visible[j] = j <= c.positions[ti] && j < c.length;
          any = any || visible[j];
        }
        for (int64_t j = 0; j < cap; ++j) {
          double s = 0;
          for (int64_t e = 0; e < d; ++e)
            s += double(q[(ti * heads + hi) * d + e]) * double(k[(j * kv + g) * d + e]);
          weights[j] = any ? (visible[j] ? s * scale : -1e300) : 0.0;  // no visible key: uniform
          max = std::max(max, weights[j]);
        }
        for (auto& w : weights) sum += (w = std::exp(w - max));
        for (int64_t e = 0; e < d; ++e) {
          double want = 0;
          for (int64_t j = 0; j < cap; ++j)
            want += weights[j] / sum * double(v[(j * kv + g) * d + e]);
          const float got = out[(ti * heads + hi) * d + e];
          ASSERT_FALSE(std::isnan(got));
          EXPECT_NEAR(got, want, 1e-5)
              << "length " << c.length << " t " << ti << " h " << hi << " e " << e;
        }
      }
    }
  }
}

// gpt_oss's sinks: head h's softmax runs over its visible scores and sinks[h] (first, unscaled,
// no value), as mx.fast.scaled_dot_product_attention(sinks=...): checked in double.
TEST(CompositesReference, AttentionWithSinks) {
  const int64_t t = 3, heads = 4, kv = 2, d = 4, cap = 6;
  std::mt19937 rng(12);
  std::uniform_real_distribution<float> uniform(-1.0f, 1.0f);
  std::vector<float> q(t * heads * d), k(cap * kv * d), v(cap * kv * d);
  for (auto* vec : {&q, &k, &v})
    for (auto& e : *vec) e = uniform(rng);
  const std::vector<float> sinks = {-2.0f, 0.0f, 0.7f, 3.0f};
  const std::vector<int32_t> positions = {2, 3, 5};
  const int32_t length = 6;
  const double scale = 0.5;
  AttentionAttrs attrs{scale};
  attrs.sinks = true;
  const Buffer y = run(
      {buffer_of(ElementType::kF32, {t, heads, d}, q),
       buffer_of(ElementType::kF32, {cap, kv, d}, k), buffer_of(ElementType::kF32, {cap, kv, d}, v),
       buffer_of(ElementType::kI32, {t}, positions),
       buffer_of(ElementType::kI32, {}, std::vector<int32_t>{length}),
       buffer_of(ElementType::kF32, {heads}, sinks)},
      [&](Builder& b, std::vector<ValueId> p) {
        return attention(b, p[0], p[1], p[2], p[3], p[4], attrs, p[5]);
      });
  const std::vector<float> out = values_of<float>(y);
  for (int64_t ti = 0; ti < t; ++ti) {
    for (int64_t hi = 0; hi < heads; ++hi) {
      const int64_t g = hi / (heads / kv);
      std::vector<double> scores;
      double max = sinks[hi];
      for (int64_t j = 0; j <= positions[ti] && j < length; ++j) {
        double s = 0;
        for (int64_t e = 0; e < d; ++e)
          s += double(q[(ti * heads + hi) * d + e]) * double(k[(j * kv + g) * d + e]);
        scores.push_back(s * scale);
        max = std::max(max, s * scale);
      }
      double sum = std::exp(double(sinks[hi]) - max);
      for (double s : scores) sum += std::exp(s - max);
      // The f32 error bound, u = 2^-24, inputs in [-1, 1], |sinks| <= 3, n <= 7 softmax terms
      // (cap 6 keys and the sink): a score sums d products: error <= d * u * d = 16u, times the
      // exact scale 0.5: 8u; the maximum carries one score's 8u; s - max (|s - max| <= 2 + 3)
      // adds 5u: 21u absolute in exp's argument, plus 4u for exp itself: 25u relative per
      // term; the sequential sum of n positive terms adds (n - 1)u: 31u; the division adds u:
      // p_j within 57u relative; the output sums p_j * v_j (u each, then (n - 1)u for the
      // sum) with sum p_j |v_j| <= 1: 57u + u + 6u = 64u absolute.
      const double bound = 64.0 * std::ldexp(1.0, -24);
      for (int64_t e = 0; e < d; ++e) {
        double want = 0;
        for (size_t j = 0; j < scores.size(); ++j)
          want += std::exp(scores[j] - max) / sum * double(v[(j * kv + g) * d + e]);
        EXPECT_NEAR(out[(ti * heads + hi) * d + e], want, bound)
            << "t " << ti << " h " << hi << " e " << e;
      }
    }
  }
}

TEST(CompositesReference, ArgmaxFirstMaximum) {
  const float inf = std::numeric_limits<float>::infinity();
  const std::vector<float> x = {1, 3,     3, 2, -inf, -inf, -inf,  -inf,
                                0, -0.0f, 5, 5, -1,   -2,   -0.5f, -3};
  const Buffer y = run({buffer_of(ElementType::kF32, {4, 4}, x)},
                       [&](Builder& b, std::vector<ValueId> p) { return argmax(b, p[0]); });
  const std::vector<int32_t> ids = values_of<int32_t>(y);
  std::vector<int32_t> want;
  for (int r = 0; r < 4; ++r) {
    int32_t best = 0;
    for (int c = 1; c < 4; ++c)
      if (x[r * 4 + c] > x[r * 4 + best]) best = c;
    want.push_back(best);
  }
  EXPECT_EQ(ids, want);
}

}  // namespace
}  // namespace mlxla::graph
