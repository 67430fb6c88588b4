// The Vulkan backend's fast policy, shader by shader: quantized_dot (int8 activations, integer
// group dots, subgroup reductions) and rms_norm (subgroup reduction) against the CPU backend's
// exact result within bounds derived below, for every bits x group x scale dtype; the packed
// int8 dot product variant bitwise equal to the plain integer one, and the pipelines without a
// required subgroup size (one subgroup per workgroup) equal to those with; a row batched equal to
// the same row alone; NaN and infinity in an activation group give NaN outputs. Under the
// Khronos validation layer (any message fails); no Vulkan device: skip.
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#if MLXLA_HAVE_VULKAN

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

#include "graph/builder.h"
#include "graph/composites.h"
#include "kernels/cpu/kernels.h"
#include "quant/affine.h"
#include "quant/half.h"
#include "runtime/backend_registry.h"
#include "runtime/vulkan/device.h"
#include "runtime/vulkan/vulkan_backend.h"

#include "support/host_buffers.h"

namespace mlxla::runtime {
namespace {

using graph::Builder;
using graph::ElementType;
using graph::TensorType;
using testing::random_f32;

constexpr double kEps = 0x1p-24;  // unit roundoff of f32
double gamma(double n) {
  return n * kEps / (1.0 - n * kEps);
}

std::vector<float> floats(const Buffer& b) {
  std::vector<float> out(b.bytes.size() / 4);
  std::memcpy(out.data(), b.bytes.data(), out.size() * 4);
  return out;
}

float scale_value(const std::vector<std::byte>& bytes, int64_t i, DType dtype) {
  if (dtype == DType::kF32) {
    float v;
    std::memcpy(&v, bytes.data() + i * 4, 4);
    return v;
  }
  uint16_t h;
  std::memcpy(&h, bytes.data() + i * 2, 2);
  return dtype == DType::kF16 ? quant::f16_to_f32(h) : quant::bf16_to_f32(h);
}

class VulkanFastTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("MLXLA_VULKAN_VALIDATION", "1", 0);
    vulkan::clear_validation_messages();
    vulkan::VulkanOptions options;
    options.policy = kernels::Policy::kFast;
    auto fast = vulkan::VulkanBackend::create(options);
    if (!fast.ok()) {
      if (fast.error().category() == ErrorCategory::kUnsupported)
        GTEST_SKIP() << "no Vulkan device with the fast policy's needs: " << fast.error().message();
      FAIL() << fast.error().message();
    }
    fast_ = std::move(*fast);
    options.int8_dot = false;
    auto plain = vulkan::VulkanBackend::create(options);
    ASSERT_TRUE(plain.ok()) << plain.error().message();
    plain_ = std::move(*plain);
    options.int8_dot = true;
    options.subgroup_size_control = false;
    auto uncontrolled = vulkan::VulkanBackend::create(options);
    ASSERT_TRUE(uncontrolled.ok()) << uncontrolled.error().message();
    uncontrolled_ = std::move(*uncontrolled);
    auto cpu = make_backend("cpu", BackendOptions{});
    ASSERT_TRUE(cpu.ok()) << cpu.error().message();
    cpu_ = std::move(*cpu);
  }
  void TearDown() override {
    for (const std::string& m : vulkan::validation_messages())
      ADD_FAILURE() << "Vulkan validation: " << m;
  }

  /// The outputs of `module` on `backend`.
  std::vector<Buffer> run(Backend& backend, const graph::Module& module,
                          const std::vector<Buffer>& weights, const std::vector<Buffer>& inputs) {
    std::vector<BufferView> wv, iv;
    for (const auto& w : weights) wv.push_back(w.view());
    for (const auto& in : inputs) iv.push_back(in.view());
    auto exe = compile_with_views(backend, module, wv);
    EXPECT_TRUE(exe.ok()) << exe.error().message();
    if (!exe.ok()) return {};
    auto out = execute_on_host(backend, **exe, iv, {});
    EXPECT_TRUE(out.ok()) << out.error().message();
    return out.ok() ? std::move(*out) : std::vector<Buffer>{};
  }

  std::unique_ptr<vulkan::VulkanBackend> fast_, plain_, uncontrolled_;
  std::unique_ptr<Backend> cpu_;
};

TEST_F(VulkanFastTest, DeviceReportsTheFastShape) {
  const vulkan::FastShape& f = fast_->fast_shape();
  EXPECT_EQ(f.lanes, fast_->device()->info().subgroup_size);
  EXPECT_GE(f.subgroups, 1u);
  EXPECT_EQ(f.int8_dot, fast_->device()->info().int8_dot);
  EXPECT_FALSE(plain_->fast_shape().int8_dot);
  EXPECT_EQ(uncontrolled_->fast_shape().subgroups, 1u);
  EXPECT_FALSE(uncontrolled_->fast_shape().fixed_size);
  std::printf("fast shape: %u lanes, %u subgroups per workgroup, fixed size %d, int8 dot %d\n",
              f.lanes, f.subgroups, f.fixed_size ? 1 : 0, f.int8_dot ? 1 : 0);
}

// Error bound of one fast output against the CPU's exact one, per output (m, n). Notation: K
// inputs in G groups of gs, stored scale s_g and bias b_g (exact in f32), weight codes q_p,
// c = 2^(bits-1), b'_g = b_g + s_g c, activation scale d_g and codes x8_p (fast_activations.comp
// computes them as kernels::quantize_activations does: the same d and codes), y* = sum_p x_p
// (s q_p + b) exactly.
//  - int8 rounding: x_p = d x8_p + r_p with |r_p| <= d (1/2 + 381 eps) <= d (1/2 + 2^-15)
//    (docs/KERNELS.md), and sum_p x_p (s q_p + b) = s sum_p x_p (q_p - c) + b' X_g with
//    X_g = sum_p x_p, so replacing x by d x8 in the first part moves y by at most
//      A = sum_g |s_g| d_g (1/2 + 2^-15) sum_p |q_p - c|.
//  - f32 roundings of the fast shader: the integer part P_g - c Xs_g is exact (and exact in f32);
//    t_g = s_g d_g, b'_g and the product of each fma carry one rounding each; Vulkan's fma may
//    round twice (lavapipe: a multiply and an add), so each fma is a product plus an add. Each
//    lane adds at most 2G terms, subgroupAdd at most L - 1 more (any order), and X_g is a
//    sequential sum of gs floats, so with S = sum_g |s_g| d_g sum_p |q_p - c| |x8_p| and
//    Bx = sum_g |b'_g| sum_p |x_p|: at most gamma(2G + L + gs + 3) (S + Bx).
//  - the CPU's exact kernel (docs/KERNELS.md): 1.01 eps sum_p |x_p| (2 |q_p s| + |b|) +
//    gamma(K/16 + 6) sum_p |x_p| |w_hat_p|.
// A is the worst case (every rounding aligned); typical errors are about A / sqrt(gs), which the
// relative RMS check below bounds.
double fast_bound(const float* x, const kernels::QuantizedActivations& xq, int64_t row,
                  const uint8_t* codes, const float* s, const float* b, int64_t k, int bits,
                  int group, uint32_t lanes) {
  const double c = std::ldexp(1.0, bits - 1);
  const int64_t groups = k / group;
  double a = 0, scaled = 0, bias = 0, exact = 0, exact_w = 0;
  for (int64_t g = 0; g < groups; ++g) {
    const double d = xq.scales[static_cast<size_t>(row * groups + g)];
    const double sg = s[g], bg = b[g], bprime = std::fabs(bg + sg * c);
    double centred = 0, centred_x8 = 0, abs_x = 0;
    for (int64_t p = g * group; p < (g + 1) * group; ++p) {
      const double q = codes[p], xv = std::fabs(static_cast<double>(x[p]));
      centred += std::fabs(q - c);
      centred_x8 += std::fabs(q - c) * std::fabs(xq.codes[static_cast<size_t>(row * k + p)]);
      abs_x += xv;
      const float w_hat = static_cast<float>(codes[p]) * s[g] + b[g];
      exact += xv * (2 * std::fabs(q * sg) + std::fabs(bg));
      exact_w += xv * std::fabs(static_cast<double>(w_hat));
    }
    a += std::fabs(sg) * d * (0.5 + 0x1p-15) * centred;
    scaled += std::fabs(sg) * d * centred_x8;
    bias += std::fabs(bprime) * abs_x;
  }
  const double n_fast = 2.0 * static_cast<double>(groups) + lanes + group + 3;
  return a + gamma(n_fast) * (scaled + bias) + 1.01 * kEps * exact +
         gamma(static_cast<double>(k) / 16 + 6) * exact_w;
}

TEST_F(VulkanFastTest, QuantizedDotWithinTheDerivedBoundEveryWidthGroupAndScaleType) {
  const int64_t n = 37, k = 384, m = 5;  // m: a tile of 4 rows and one more
  const uint32_t lanes = fast_->fast_shape().lanes;
  double sum_err2 = 0, sum_ref2 = 0, worst_ratio = 0;
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (int group : {32, 64, 128}) {
      for (DType sd : {DType::kF32, DType::kF16, DType::kBF16}) {
        SCOPED_TRACE("bits " + std::to_string(bits) + " group " + std::to_string(group) +
                     " scales " + std::to_string(static_cast<int>(sd)));
        const uint32_t seed = static_cast<uint32_t>(bits * 1000 + group * 3 + static_cast<int>(sd));
        Buffer wf = random_f32({ElementType::kF32, {n, k}}, seed, 0.1f);
        auto q = quant::quantize(wf.bytes, DType::kF32, quant::AffineLayout{n, k, bits, group}, sd);
        ASSERT_TRUE(q.ok()) << q.error().message();
        const ElementType st = sd == DType::kF32   ? ElementType::kF32
                               : sd == DType::kF16 ? ElementType::kF16
                                                   : ElementType::kBF16;
        graph::Module module;
        Builder b(module, "main");
        const auto x = b.parameter({ElementType::kF32, {m, k}}, "x");
        std::vector<graph::ValueId> solo;
        for (int64_t r = 0; r < m; ++r)
          solo.push_back(b.parameter({ElementType::kF32, {1, k}}, "x" + std::to_string(r)));
        const auto packed =
            b.parameter({ElementType::kU32, {n, k * bits / 32}}, "w", graph::ParamRole::kWeight);
        const auto scales = b.parameter({st, {n, k / group}}, "s", graph::ParamRole::kWeight);
        const auto biases = b.parameter({st, {n, k / group}}, "b", graph::ParamRole::kWeight);
        const graph::QuantizedDotAttrs attrs{bits, group, ElementType::kF32};
        std::vector<graph::ValueId> outs = {
            graph::quantized_dot(b, x, packed, scales, biases, attrs)};
        for (auto v : solo)
          outs.push_back(graph::quantized_dot(b, v, packed, scales, biases, attrs));
        b.return_values(outs);
        const std::vector<Buffer> weights = {{module.main().type(packed), q->packed},
                                             {module.main().type(scales), q->scales},
                                             {module.main().type(biases), q->biases}};
        // Activations of mixed magnitudes (a spread of group maxima), one zero group.
        Buffer xb = random_f32({ElementType::kF32, {m, k}}, seed + 1, 2.0f);
        std::vector<float> xv = floats(xb);
        for (int64_t i = 0; i < m * k; ++i) xv[i] *= 1.0f + static_cast<float>((i / 32) % 5);
        for (int64_t i = 0; i < group; ++i) xv[static_cast<size_t>(k + i)] = 0.0f;
        std::memcpy(xb.bytes.data(), xv.data(), xv.size() * 4);
        std::vector<Buffer> inputs = {xb};
        for (int64_t r = 0; r < m; ++r) {
          Buffer row = Buffer::zeros({ElementType::kF32, {1, k}});
          std::memcpy(row.bytes.data(), xv.data() + r * k, k * 4);
          inputs.push_back(row);
        }
        const auto fast = run(*fast_, module, weights, inputs);
        const auto plain = run(*plain_, module, weights, inputs);
        const auto uncontrolled = run(*uncontrolled_, module, weights, inputs);
        const auto exact = run(*cpu_, module, weights, inputs);
        ASSERT_EQ(fast.size(), static_cast<size_t>(m + 1));
        ASSERT_EQ(plain.size(), fast.size());
        ASSERT_EQ(exact.size(), fast.size());
        // Packed int8 dot products == plain integers, bit for bit (integer sums are exact).
        for (size_t i = 0; i < fast.size(); ++i) EXPECT_EQ(fast[i].bytes, plain[i].bytes) << i;
        // One subgroup per workgroup without a required size: the same lanes, the same bits
        // (when the default subgroup size is the one the controlled pipelines require).
        ASSERT_EQ(uncontrolled.size(), fast.size());
        for (size_t i = 0; i < fast.size(); ++i)
          EXPECT_EQ(fast[i].bytes, uncontrolled[i].bytes) << i;
        // Batched == solo, bit for bit.
        const std::vector<float> y = floats(fast[0]), ye = floats(exact[0]);
        for (int64_t r = 0; r < m; ++r) {
          EXPECT_EQ(
              std::memcmp(y.data() + r * n, fast[static_cast<size_t>(r + 1)].bytes.data(), n * 4),
              0)
              << "row " << r << " batched differs from solo";
        }
        // Within the bound, per output.
        kernels::QuantizedActivations xq;
        kernels::quantize_activations(xv.data(), m, k, k, group, &xq);
        std::vector<uint8_t> codes(static_cast<size_t>(k));
        std::vector<float> s(static_cast<size_t>(k / group)), bb(s.size());
        bool differs = false;
        for (int64_t j = 0; j < n; ++j) {
          quant::unpack_row(q->packed.data() + j * k * bits / 8, bits, k, codes.data());
          for (int64_t g = 0; g < k / group; ++g) {
            s[g] = scale_value(q->scales, j * (k / group) + g, sd);
            bb[g] = scale_value(q->biases, j * (k / group) + g, sd);
          }
          for (int64_t r = 0; r < m; ++r) {
            const double bound = fast_bound(xv.data() + r * k, xq, r, codes.data(), s.data(),
                                            bb.data(), k, bits, group, lanes);
            const double err =
                std::fabs(static_cast<double>(y[r * n + j]) - static_cast<double>(ye[r * n + j]));
            ASSERT_LE(err, bound) << "row " << r << " output " << j;
            worst_ratio = std::max(worst_ratio, err / bound);
            differs = differs || y[r * n + j] != ye[r * n + j];
            sum_err2 += err * err;
            sum_ref2 += static_cast<double>(ye[r * n + j]) * static_cast<double>(ye[r * n + j]);
          }
        }
        EXPECT_TRUE(differs) << "fast equals exact bit for bit: is the fast shader running?";
      }
    }
  }
  // Typical error: relative RMS well below the worst case (the CPU's fast policy: 0.6%).
  const double rms = std::sqrt(sum_err2 / sum_ref2);
  std::printf(
      "fast quantized_dot: relative RMS error %.3g%% over every configuration, worst error "
      "%.3g of its bound\n",
      100 * rms, worst_ratio);
  EXPECT_LT(rms, 0.02);
}

TEST_F(VulkanFastTest, NanOrInfinityInAGroupGivesNanOutputs) {
  const int64_t n = 9, k = 128, m = 3, bits = 4, group = 64;
  Buffer wf = random_f32({ElementType::kF32, {n, k}}, 5, 0.1f);
  auto q =
      quant::quantize(wf.bytes, DType::kF32, quant::AffineLayout{n, k, bits, group}, DType::kF16);
  ASSERT_TRUE(q.ok());
  graph::Module module;
  Builder b(module, "main");
  const auto x = b.parameter({ElementType::kF32, {m, k}}, "x");
  const auto packed =
      b.parameter({ElementType::kU32, {n, k * bits / 32}}, "w", graph::ParamRole::kWeight);
  const auto scales =
      b.parameter({ElementType::kF16, {n, k / group}}, "s", graph::ParamRole::kWeight);
  const auto biases =
      b.parameter({ElementType::kF16, {n, k / group}}, "b", graph::ParamRole::kWeight);
  b.return_values(
      {graph::quantized_dot(b, x, packed, scales, biases,
                            {static_cast<int>(bits), static_cast<int>(group), ElementType::kF32})});
  Buffer xb = random_f32({ElementType::kF32, {m, k}}, 6);
  std::vector<float> xv = floats(xb);
  xv[70] = std::numeric_limits<float>::quiet_NaN();     // row 0, second group
  xv[k + 3] = -std::numeric_limits<float>::infinity();  // row 1, first group
  std::memcpy(xb.bytes.data(), xv.data(), xv.size() * 4);
  const auto y = run(*fast_, module,
                     {{module.main().type(packed), q->packed},
                      {module.main().type(scales), q->scales},
                      {module.main().type(biases), q->biases}},
                     {xb});
  ASSERT_EQ(y.size(), 1u);
  const std::vector<float> out = floats(y[0]);
  for (int64_t j = 0; j < n; ++j) {
    EXPECT_TRUE(std::isnan(out[j])) << j;
    EXPECT_TRUE(std::isnan(out[n + j])) << j;
    EXPECT_TRUE(std::isfinite(out[2 * n + j])) << j;
  }
}

// rms_norm_fast against the CPU's exact rms_norm, relative to |y|. With u = 2^-24, L lanes and
// ulp(v) <= 2u |v|: the fast sum of squares (nonnegative terms, each lane ceil(d/L) fmas of up to
// two roundings, then L - 1 adds) is within gamma(2 ceil(d/L) + L) relative; Vulkan's divide is
// within 2.5 ulp (5u), the + eps add u, inversesqrt 2 ulp (4u), and the square root halves the
// relative error of its argument: inv within (gamma(2 ceil(d/L) + L) + 6u) / 2 + 4u. The CPU's
// (sequential sum gamma(d), correctly rounded divide, add, sqrt and 1/x): (gamma(d) + 2u) / 2 + 2u.
// Both then round x * inv and * w (2u each). Second-order terms are covered by the factor 1.01.
TEST_F(VulkanFastTest, RmsNormWithinTheDerivedBound) {
  const uint32_t lanes = fast_->fast_shape().lanes;
  for (int64_t d : {int64_t{100}, int64_t{2048}}) {
    const int64_t rows = 5;
    graph::Module module;
    Builder b(module, "main");
    const auto x = b.parameter({ElementType::kF32, {rows, d}}, "x");
    const auto w = b.parameter({ElementType::kF32, {d}}, "w", graph::ParamRole::kWeight);
    b.return_values({graph::rms_norm(b, x, w, {1e-5})});
    const Buffer xb = random_f32({ElementType::kF32, {rows, d}}, 21, 3.0f);
    const std::vector<Buffer> weights = {random_f32({ElementType::kF32, {d}}, 22, 1.5f)};
    const auto fast = run(*fast_, module, weights, {xb});
    const auto uncontrolled = run(*uncontrolled_, module, weights, {xb});
    const auto exact = run(*cpu_, module, weights, {xb});
    ASSERT_EQ(fast.size(), 1u);
    ASSERT_EQ(uncontrolled.size(), 1u);
    ASSERT_EQ(exact.size(), 1u);
    EXPECT_EQ(fast[0].bytes, uncontrolled[0].bytes) << "one subgroup per workgroup differs";
    const std::vector<float> yf = floats(fast[0]), ye = floats(exact[0]);
    const double steps = 2.0 * static_cast<double>((d + lanes - 1) / lanes) + lanes;
    const double relative =
        1.01 * ((gamma(steps) + 6 * kEps) / 2 + 4 * kEps +
                (gamma(static_cast<double>(d)) + 2 * kEps) / 2 + 2 * kEps + 4 * kEps);
    double worst = 0;
    for (size_t i = 0; i < ye.size(); ++i) {
      const double err = std::fabs(static_cast<double>(yf[i]) - static_cast<double>(ye[i]));
      ASSERT_LE(err, relative * std::fabs(static_cast<double>(ye[i])))
          << "d " << d << " element " << i;
      if (ye[i] != 0) worst = std::max(worst, err / std::fabs(static_cast<double>(ye[i])));
    }
    std::printf("fast rms_norm d=%lld: worst relative error %.3g, bound %.3g\n",
                static_cast<long long>(d), worst, relative);
  }
}

}  // namespace
}  // namespace mlxla::runtime

#else  // built with MLXLA_VULKAN=OFF

TEST(VulkanFastTest, NotBuilt) {
  GTEST_SKIP() << "mlxla was configured with MLXLA_VULKAN=OFF (no libvulkan-dev/glslc)";
}

#endif  // MLXLA_HAVE_VULKAN
