// rms_norm, rope, attention, silu_mul, add, argmax against double-precision references, with
// tolerances derived from f32 error analysis (eps = 2^-24 unit roundoff, gamma_n ~ n * eps).
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

#include "kernels/cpu/ops.h"

namespace mlxla::kernels {
namespace {

constexpr double kEps = 1.0 / (1 << 24);  // unit roundoff of f32

std::vector<float> random_vec(size_t n, uint32_t seed, float sigma = 1.0f) {
  std::mt19937 rng(seed);
  std::normal_distribution<float> dist(0.0f, sigma);
  std::vector<float> v(n);
  for (auto& x : v) x = dist(rng);
  return v;
}

TEST(OpsTest, RmsNormWithinDerivedBound) {
  for (int64_t n : {7, 64, 2048, 3001}) {
    const std::vector<float> x = random_vec(static_cast<size_t>(n), 1, 3.0f);
    const std::vector<float> w = random_vec(static_cast<size_t>(n), 2);
    std::vector<float> out(static_cast<size_t>(n));
    rms_norm(x.data(), w.data(), n, 1e-5f, out.data());
    double sum_sq = 0;
    for (float v : x) sum_sq += double(v) * double(v);
    const double inv = 1.0 / std::sqrt(sum_sq / n + 1e-5);
    // Sum of squares: n/16 + 4 sequential roundings per lane chain; then mean, add, sqrt,
    // divide (halved by the square root) and two products.
    const double rel = (0.5 * (double(n) / 16 + 4 + 3) + 4) * kEps;
    for (int64_t i = 0; i < n; ++i) {
      const double want = double(x[i]) * inv * double(w[i]);
      EXPECT_NEAR(out[i], want, rel * std::fabs(want) + 1e-30) << "n=" << n << " i=" << i;
    }
  }
}

TEST(OpsTest, RopeMatchesRotateHalfDefinition) {
  const int64_t rows = 3, heads = 4, dim = 64, half = 32, stride = heads * dim + 5;
  std::vector<float> x = random_vec(static_cast<size_t>(rows * stride), 3);
  const std::vector<float> orig = x;
  std::vector<float> inv_freq(static_cast<size_t>(half));
  for (int64_t i = 0; i < half; ++i)
    inv_freq[i] = static_cast<float>(std::pow(500000.0, -2.0 * i / dim));
  const int64_t positions[rows] = {0, 17, 4095};
  rope_positions(x.data(), rows, stride, heads, dim, positions, inv_freq.data());
  for (int64_t r = 0; r < rows; ++r) {
    for (int64_t h = 0; h < heads; ++h) {
      for (int64_t i = 0; i < half; ++i) {
        const float angle = static_cast<float>(positions[r]) * inv_freq[i];  // f32, as specified
        const double c = std::cos(double(angle)), s = std::sin(double(angle));
        const size_t at = static_cast<size_t>(r * stride + h * dim + i);
        const double a = orig[at], b = orig[at + half];
        // Two rounded products and one add (3 eps of the magnitudes) plus f32 cos/sin (<= 2 eps
        // each).
        const double tol = 5 * kEps * (std::fabs(a) + std::fabs(b)) + 1e-30;
        EXPECT_NEAR(x[at], a * c - b * s, tol);
        EXPECT_NEAR(x[at + half], b * c + a * s, tol);
      }
    }
  }
  for (int64_t r = 0; r < rows; ++r) {  // the padding between rows is untouched
    for (int64_t j = heads * dim; j < stride; ++j)
      EXPECT_EQ(x[r * stride + j], orig[r * stride + j]);
  }
}

/// Double-precision attention for one head, and the derived f32 error bound for each output.
void reference_head(const float* q, const std::vector<float>& k, const std::vector<float>& v,
                    int64_t length, int64_t kv, const AttentionShape& s, float scale,
                    std::vector<double>& out, std::vector<double>& tol) {
  const int64_t d = s.head_dim, stride = s.n_kv_heads * d;
  std::vector<double> sc(static_cast<size_t>(length));
  double max_s = -1e300, score_err = 0;
  for (int64_t t = 0; t < length; ++t) {
    double acc = 0, mag = 0;
    for (int64_t i = 0; i < d; ++i) {
      acc += double(q[i]) * double(k[t * stride + kv * d + i]);
      mag += std::fabs(double(q[i]) * double(k[t * stride + kv * d + i]));
    }
    sc[t] = acc * double(scale);
    max_s = std::max(max_s, sc[t]);
    score_err = std::max(score_err, (double(d) / 16 + 6) * kEps * mag * double(scale));
  }
  double sum = 0;
  for (auto& x : sc) sum += (x = std::exp(x - max_s));
  out.assign(static_cast<size_t>(d), 0.0);
  tol.assign(static_cast<size_t>(d), 0.0);
  // Each probability is off by a relative 2*score_err (the max shift cancels to first order,
  // the exponent error does not) + exp/sum/divide roundings (length + 8) eps; the weighted sum
  // adds length roundings of magnitude sum p|v|.
  const double rel = 4 * score_err + 2 * (double(length) + 8) * kEps;
  for (int64_t t = 0; t < length; ++t) {
    const double p = sc[t] / sum;
    for (int64_t i = 0; i < d; ++i) {
      const double vi = v[t * stride + kv * d + i];
      out[i] += p * vi;
      tol[i] += p * std::fabs(vi) * rel;
    }
  }
}

TEST(OpsTest, AttentionDecodeAndPrefillWithinDerivedBound) {
  const AttentionShape shape{8, 2, 64};
  const int64_t capacity = 300, start = 250, rows = 5;
  const float scale = 0.125f;
  const std::vector<float> k = random_vec(static_cast<size_t>(capacity * 2 * 64), 5);
  const std::vector<float> v = random_vec(static_cast<size_t>(capacity * 2 * 64), 6);
  const int64_t width = shape.n_heads * shape.head_dim;
  const std::vector<float> q = random_vec(static_cast<size_t>(rows * width), 7, 2.0f);
  std::vector<float> out(static_cast<size_t>(rows * width), 0.0f);
  attention_prefill(q.data(), width, rows, start, k.data(), v.data(), shape, scale, out.data(),
                    width, 0, 3);
  attention_prefill(q.data(), width, rows, start, k.data(), v.data(), shape, scale, out.data(),
                    width, 3, shape.n_heads);
  std::vector<double> want, tol;
  for (int64_t c = 0; c < rows; ++c) {
    for (int64_t h = 0; h < shape.n_heads; ++h) {
      reference_head(&q[c * width + h * 64], k, v, start + c + 1, h / 4, shape, scale, want, tol);
      for (int64_t i = 0; i < 64; ++i) {
        EXPECT_NEAR(out[c * width + h * 64 + i], want[i], tol[i] + 1e-30)
            << c << "," << h << "," << i;
      }
    }
  }
  // Decode of the last row equals the prefill row exactly (same code path, same order).
  std::vector<float> dec(static_cast<size_t>(width));
  attention_decode(&q[(rows - 1) * width], k.data(), v.data(), start + rows, shape, scale,
                   dec.data(), 0, shape.n_heads);
  for (int64_t i = 0; i < width; ++i) EXPECT_EQ(dec[i], out[(rows - 1) * width + i]);
}

TEST(OpsTest, SiluMulAndAdd) {
  const std::vector<float> g = random_vec(1000, 8, 4.0f), u = random_vec(1000, 9);
  std::vector<float> out(1000), sum(1000);
  silu_mul(g.data(), u.data(), 1000, out.data());
  add(g.data(), u.data(), 1000, sum.data());
  for (size_t i = 0; i < 1000; ++i) {
    const double want = double(g[i]) / (1 + std::exp(-double(g[i]))) * double(u[i]);
    // exp (<= 2 eps), add, divide, two products.
    EXPECT_NEAR(out[i], want, 7 * kEps * std::fabs(want) + 1e-30);
    EXPECT_EQ(sum[i], g[i] + u[i]);
  }
}

TEST(OpsTest, ArgmaxTakesFirstMaximumAndSkipsNan) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  const std::vector<float> a = {1, 5, 3, 5, -2};
  EXPECT_EQ(argmax(a.data(), 5), 1);
  const std::vector<float> b = {nan, -1, nan, 2, 2};
  EXPECT_EQ(argmax(b.data(), 5), 3);
  const std::vector<float> c = {nan, nan};
  EXPECT_EQ(argmax(c.data(), 2), 0);
  const std::vector<float> d = {-std::numeric_limits<float>::infinity(), -3};
  EXPECT_EQ(argmax(d.data(), 2), 1);
  std::vector<float> big = random_vec(128256, 10);
  big[77777] = 100.0f;
  EXPECT_EQ(argmax(big.data(), 128256), 77777);
}

}  // namespace
}  // namespace mlxla::kernels
