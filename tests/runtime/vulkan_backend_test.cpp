// The Vulkan backend (runtime::vulkan) against the CPU backend, one shader at a time, on small
// graphs built here: quantized_dot for every bit width x group size x precision, dense and
// general dot_general, rms_norm, rope (default, llama3, traditional), attention over f32 and f16
// caches (decode and causal prefill), window_attention over a ring, argmax,
// exp/logistic/divide/converts, reduce, gather and the in-place KV-cache update. Everything is
// expected bit for bit (the exact policy), under the Khronos validation layer (any message
// fails). Runs on lavapipe in CI; no Vulkan device: skip.
// ctest-labels: unit numerics
#include <gtest/gtest.h>

#if MLXLA_HAVE_VULKAN

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>

#include "graph/builder.h"
#include "graph/composites.h"
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
using testing::f16_of;
using testing::i32s;
using testing::random_f32;

class VulkanBackendTest : public ::testing::Test {
 protected:
  void SetUp() override {
    setenv("MLXLA_VULKAN_VALIDATION", "1", 0);
    vulkan::clear_validation_messages();
    auto backend = vulkan::VulkanBackend::create({});
    if (!backend.ok()) {
      if (backend.error().category() == ErrorCategory::kUnsupported)
        GTEST_SKIP() << "no usable Vulkan device: " << backend.error().message();
      FAIL() << backend.error().message();
    }
    vulkan_ = std::move(*backend);
    auto cpu = make_backend("cpu", BackendOptions{});
    ASSERT_TRUE(cpu.ok()) << cpu.error().message();
    cpu_ = std::move(*cpu);
  }
  void TearDown() override {
    for (const std::string& m : vulkan::validation_messages())
      ADD_FAILURE() << "Vulkan validation: " << m;
  }

  /// Runs `module` on both backends (twice, so state written by the first call is read by the
  /// second) and expects bitwise-equal outputs and state.
  void expect_equal(const graph::Module& module, const std::vector<Buffer>& weights,
                    const std::vector<Buffer>& inputs, const std::vector<Buffer>& state = {}) {
    std::vector<BufferView> wv, iv;
    for (const auto& w : weights) wv.push_back(w.view());
    for (const auto& in : inputs) iv.push_back(in.view());
    auto vexe = compile_with_views(*vulkan_, module, wv);
    ASSERT_TRUE(vexe.ok()) << vexe.error().message();
    auto cexe = compile_with_views(*cpu_, module, wv);
    ASSERT_TRUE(cexe.ok()) << cexe.error().message();
    std::vector<Buffer> vs = state, cs = state;
    std::vector<MutableBufferView> vsv, csv;
    for (auto& s : vs) vsv.push_back(s.mutable_view());
    for (auto& s : cs) csv.push_back(s.mutable_view());
    for (int call = 0; call < 2; ++call) {
      auto vout = execute_on_host(*vulkan_, **vexe, iv, vsv);
      ASSERT_TRUE(vout.ok()) << vout.error().message();
      auto cout = execute_on_host(*cpu_, **cexe, iv, csv);
      ASSERT_TRUE(cout.ok()) << cout.error().message();
      ASSERT_EQ(vout->size(), cout->size());
      for (size_t i = 0; i < vout->size(); ++i) {
        ASSERT_EQ((*vout)[i].type, (*cout)[i].type);
        const auto& a = (*vout)[i].bytes;
        const auto& b = (*cout)[i].bytes;
        size_t first = 0;
        while (first < a.size() && a[first] == b[first]) ++first;
        EXPECT_EQ(first, a.size())
            << "output " << i << " differs from byte " << first << " (call " << call << ")";
      }
      for (size_t i = 0; i < vs.size(); ++i)
        EXPECT_EQ(vs[i].bytes, cs[i].bytes) << "state " << i << " differs (call " << call << ")";
    }
  }

  std::unique_ptr<vulkan::VulkanBackend> vulkan_;
  std::unique_ptr<Backend> cpu_;
};

TEST_F(VulkanBackendTest, ListsDevicesAndRunsUnderValidation) {
  auto devices = vulkan::list_devices();
  ASSERT_TRUE(devices.ok()) << devices.error().message();
  ASSERT_FALSE(devices->empty());
  EXPECT_FALSE((*devices)[0].name.empty());
  EXPECT_GT((*devices)[0].subgroup_size, 0u);
  const char* v = std::getenv("MLXLA_VULKAN_VALIDATION");
  if (v != nullptr && std::string(v) != "0") EXPECT_TRUE(vulkan_->device()->validation());
  auto bad = vulkan::VulkanBackend::create({static_cast<int>(devices->size())});
  EXPECT_FALSE(bad.ok());
}

// VulkanOptions::memory_limit (MLXLA_VULKAN_MEMORY_LIMIT): an allocation past it is an
// out-of-memory error naming the limit, the backend stays usable, released bytes count again.
TEST_F(VulkanBackendTest, MemoryLimitFailsAllocationsWithAnError) {
  EXPECT_EQ(*vulkan::parse_memory_limit("1024"), 1024u);
  EXPECT_EQ(*vulkan::parse_memory_limit("512M"), uint64_t{512} << 20);
  EXPECT_EQ(*vulkan::parse_memory_limit("2g"), uint64_t{2} << 30);
  for (const char* bad : {"", "M", "12X", "1.5G", "10MB", "-4", "99999999999999999999"})
    EXPECT_FALSE(vulkan::parse_memory_limit(bad).ok()) << bad;
  vulkan::VulkanOptions options;
  options.memory_limit = 64 << 10;
  auto made = vulkan::VulkanBackend::create(options);
  ASSERT_TRUE(made.ok()) << made.error().message();
  vulkan::VulkanBackend& backend = **made;
  auto small = backend.allocate({ElementType::kF32, {1024}});
  ASSERT_TRUE(small.ok()) << small.error().message();
  EXPECT_EQ(backend.device()->allocated_bytes(), 4096u);
  auto big = backend.allocate({ElementType::kF32, {16 << 10}});  // 64 KiB on top of 4 KiB
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().category(), ErrorCategory::kIo);
  EXPECT_NE(big.error().message().find("memory limit"), std::string::npos) << big.error().message();
  // Weights past the limit: bind_weights fails and frees what it had uploaded.
  std::vector<WeightTensor> weights;
  const Buffer w = random_f32({ElementType::kF32, {8 << 10}}, 1);  // 32 KiB each
  for (const char* name : {"a", "b"}) weights.push_back({name, w.view()});
  auto bound = backend.bind_weights(std::move(weights), nullptr);
  EXPECT_FALSE(bound.ok());
  EXPECT_EQ(backend.device()->allocated_bytes(), 4096u);
  small->reset();
  EXPECT_EQ(backend.device()->allocated_bytes(), 0u);
  auto fits = backend.allocate({ElementType::kF32, {16 << 10}});  // exactly the limit
  EXPECT_TRUE(fits.ok()) << fits.error().message();
}

TEST_F(VulkanBackendTest, QuantizedDotEveryWidthGroupAndPrecision) {
  const int64_t n = 37, k = 256, m = 3;
  for (int bits : {2, 3, 4, 5, 6, 8}) {
    for (int group : {32, 64, 128}) {
      SCOPED_TRACE("bits " + std::to_string(bits) + " group " + std::to_string(group));
      Buffer w = random_f32({ElementType::kF32, {n, k}}, 7 + bits, 0.1f);
      auto q = quant::quantize(w.bytes, DType::kF32, quant::AffineLayout{n, k, bits, group},
                               group == 64 ? DType::kBF16 : DType::kF16);
      ASSERT_TRUE(q.ok()) << q.error().message();
      const ElementType st = group == 64 ? ElementType::kBF16 : ElementType::kF16;
      graph::Module module;
      Builder b(module, "main");
      const auto x = b.parameter({ElementType::kF32, {m, k}}, "x");
      const auto packed =
          b.parameter({ElementType::kU32, {n, k * bits / 32}}, "w", graph::ParamRole::kWeight);
      const auto scales = b.parameter({st, {n, k / group}}, "s", graph::ParamRole::kWeight);
      const auto biases = b.parameter({st, {n, k / group}}, "b", graph::ParamRole::kWeight);
      std::vector<graph::ValueId> outs;
      for (auto p : {ElementType::kF32, ElementType::kF16, ElementType::kBF16})
        outs.push_back(graph::quantized_dot(b, x, packed, scales, biases, {bits, group, p}));
      outs.push_back(graph::argmax(b, outs[0]));
      b.return_values(outs);
      const std::vector<Buffer> weights = {{module.main().type(packed), q->packed},
                                           {module.main().type(scales), q->scales},
                                           {module.main().type(biases), q->biases}};
      expect_equal(module, weights, {random_f32({ElementType::kF32, {m, k}}, 11)});
    }
  }
}

TEST_F(VulkanBackendTest, DenseDotsAtEveryPrecision) {
  for (auto precision : {ElementType::kF32, ElementType::kF16, ElementType::kBF16}) {
    graph::Module module;
    Builder b(module, "main");
    const int64_t n = 29, k = 72;
    const auto x = b.parameter({ElementType::kF32, {2, k}}, "x");
    const auto w = b.parameter({ElementType::kF16, {n, k}}, "w", graph::ParamRole::kWeight);
    b.return_values({graph::dense_dot(b, x, w, precision)});
    expect_equal(module, {f16_of(random_f32({ElementType::kF32, {n, k}}, 3))},
                 {random_f32({ElementType::kF32, {2, k}}, 5)});
  }
}

TEST_F(VulkanBackendTest, ElementwiseReduceAndConverts) {
  graph::Module module;
  Builder b(module, "main");
  const int64_t r = 3, c = 37;
  const auto x = b.parameter({ElementType::kF32, {r, c}}, "x");
  const auto y = b.parameter({ElementType::kF32, {r, c}}, "y");
  const auto e = b.exponential(b.multiply(x, b.splat_f32(30.0f, {r, c})));
  const auto l = b.logistic(b.multiply(y, b.splat_f32(12.0f, {r, c})));
  const auto d = b.divide(x, y);
  const auto x2 = b.multiply(x, x);
  const auto s = b.rsqrt(b.add(x2, b.splat_f32(1e-3f, {r, c})));
  const auto h = b.convert(d, ElementType::kF16);
  const auto bf = b.convert(e, ElementType::kBF16);
  const auto zero = b.splat_f32(0.0f, {});
  const auto sum = b.reduce(b.add(e, l), zero, {1}, graph::ReduceBody::kAdd);
  const auto mx = b.convert(b.compare(x, y, graph::CompareDirection::kGt), ElementType::kI32);
  b.return_values({e, l, d, s, h, bf, b.convert(h, ElementType::kF32), sum, mx});
  expect_equal(module, {},
               {random_f32({ElementType::kF32, {r, c}}, 1, 3.0f),
                random_f32({ElementType::kF32, {r, c}}, 2, 3.0f)});
}

// A step given new buffers records its command buffer again (its descriptors name buffers), even
// when a new buffer has the handle of a freed one (a driver may reuse handles; lavapipe did not
// here): execute_on_host makes fresh input and output buffers every call, so each call must see
// its own input.
TEST_F(VulkanBackendTest, FreshBuffersAreBoundEvenWithAReusedHandle) {
  graph::Module module;
  Builder b(module, "main");
  const auto x = b.parameter({ElementType::kF32, {64}}, "x");
  const auto two = b.splat_f32(2.0f, {64});
  b.return_values({b.multiply(x, two)});
  auto exe = compile_with_views(*vulkan_, module, {});
  ASSERT_TRUE(exe.ok()) << exe.error().message();
  for (uint64_t seed = 1; seed <= 6; ++seed) {
    const Buffer in = random_f32({ElementType::kF32, {64}}, seed, 3.0f);
    const std::vector<BufferView> inputs = {in.view()};
    auto out = execute_on_host(*vulkan_, **exe, inputs, {});
    ASSERT_TRUE(out.ok()) << out.error().message();
    const auto* x_values = reinterpret_cast<const float*>(in.bytes.data());
    const auto* y_values = reinterpret_cast<const float*>((*out)[0].bytes.data());
    for (int i = 0; i < 64; ++i) ASSERT_EQ(y_values[i], 2.0f * x_values[i]) << "call " << seed;
  }
}

// tanh is glibc's tanhf (the fdlibm algorithm over expm1f, shaders/common.glsl): every branch
// (tiny, below 1, above 1 with k < 23, k >= 23, k > 56, saturated) at 64 points per binade.
TEST_F(VulkanBackendTest, TanhIsTheCLibrarys) {
  std::vector<float> xs = {0.0f, -0.0f, 1.0f, -1.0f, 22.0f, -22.0f, 0.5f, 0.25f};
  // Specials and the edges of glibc's branches: infinities, NaN, subnormals (the shader must not
  // flush them), FLT_MAX, just below and above 2^-55 and 22.
  const float inf = std::numeric_limits<float>::infinity();
  for (const float v :
       {inf, std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::denorm_min(),
        1e-40f, std::numeric_limits<float>::min(), std::numeric_limits<float>::max(),
        std::ldexp(1.0f, -55), std::nextafter(std::ldexp(1.0f, -55), 0.0f),
        std::nextafter(22.0f, 0.0f), std::nextafter(22.0f, inf)}) {
    xs.push_back(v);
    xs.push_back(-v);
  }
  for (int e = -60; e <= 5; ++e) {
    for (int i = 0; i < 64; ++i) {
      const float x = std::ldexp(
          1.0f + static_cast<float>(i * 37 % 64) / 64.0f + static_cast<float>(i) * 1.3e-6f, e);
      xs.push_back(x);
      xs.push_back(-x);
    }
  }
  const auto n = static_cast<int64_t>(xs.size());
  graph::Module module;
  Builder b(module, "main");
  const auto x = b.parameter({ElementType::kF32, {n}}, "x");
  b.return_values({b.tanh(x)});
  Buffer in = Buffer::zeros({ElementType::kF32, {n}});
  std::memcpy(in.bytes.data(), xs.data(), xs.size() * 4);
  expect_equal(module, {}, {in});
}

TEST_F(VulkanBackendTest, NormRopeAttentionAndInPlaceCache) {
  const int64_t heads = 4, kv = 2, dim = 16, cap = 24, hidden = heads * dim;
  for (const bool f16_cache : {false, true}) {
    for (const int64_t t : {int64_t{1}, int64_t{5}}) {  // decode and a causal prefill chunk
      SCOPED_TRACE(std::string(f16_cache ? "f16" : "f32") + " cache, t " + std::to_string(t));
      const ElementType ct = f16_cache ? ElementType::kF16 : ElementType::kF32;
      graph::Module module;
      Builder b(module, "main");
      const auto x = b.parameter({ElementType::kF32, {t, hidden}}, "x");
      const auto pos = b.parameter({ElementType::kI32, {t}}, "positions");
      const auto start = b.parameter({ElementType::kI32, {}}, "start");
      // [L, S, P, KV, D] as the model graphs have it (rope's cos/sin table covers P positions).
      const auto cache =
          b.parameter({ct, {2, 1, cap, kv, dim}}, "cache", graph::ParamRole::kKvCache);
      const auto norm_w =
          b.parameter({ElementType::kF32, {hidden}}, "norm", graph::ParamRole::kWeight);
      const auto normed = graph::rms_norm(b, x, norm_w, {1e-5});
      graph::RopeAttrs llama3;
      llama3.theta = 500000.0;
      llama3.scaling = graph::RopeScaling::kLlama3;
      llama3.factor = 32.0;
      llama3.original_max_position_embeddings = 8;
      graph::RopeAttrs traditional;
      traditional.traditional = true;
      // Dynamic NTK: positions 6.. are past max_position_embeddings, so the base moves.
      graph::RopeAttrs dynamic;
      dynamic.scaling = graph::RopeScaling::kDynamic;
      dynamic.factor = 2.0;
      dynamic.max_position_embeddings = 4;
      const auto shaped = b.reshape(normed, {t, heads, dim});
      const auto q = graph::rope(b, shaped, pos, llama3);
      const auto q2 = graph::rope(b, shaped, pos, traditional);
      const auto q3 = graph::rope(b, shaped, pos, dynamic);
      const auto k = b.convert(b.slice(q2, {0, 0, 0}, {t, kv, dim}), ct);
      const auto zero = b.splat_i32(0, {});
      const auto one = b.splat_i32(1, {});
      auto c1 = b.dynamic_update_slice(cache, b.reshape(k, {1, 1, t, kv, dim}),
                                       {zero, zero, start, zero, zero});
      const auto v = b.convert(b.slice(q, {0, 2, 0}, {t, 4, dim}), ct);
      auto c2 = b.dynamic_update_slice(c1, b.reshape(v, {1, 1, t, kv, dim}),
                                       {one, zero, start, zero, zero});
      const auto kc = b.reshape(b.slice(c2, {0, 0, 0, 0, 0}, {1, 1, cap, kv, dim}), {cap, kv, dim});
      const auto vc = b.reshape(b.slice(c2, {1, 0, 0, 0, 0}, {2, 1, cap, kv, dim}), {cap, kv, dim});
      const auto length = b.add(start, b.splat_i32(static_cast<int32_t>(t), {}));
      const auto att = graph::attention(b, q, kc, vc, pos, length, {0.25});
      b.return_values({q, q2, att, c2, q3});
      b.alias(cache, 3);
      std::vector<int32_t> p;
      const int32_t s = 6;
      for (int32_t i = 0; i < t; ++i) p.push_back(s + i);
      Buffer cache_buf = random_f32({ElementType::kF32, {2, 1, cap, kv, dim}}, 9);
      if (f16_cache) cache_buf = f16_of(cache_buf);
      expect_equal(
          module, {random_f32({ElementType::kF32, {hidden}}, 4)},
          {random_f32({ElementType::kF32, {t, hidden}}, 8, 2.0f), i32s(p, {t}), i32s({s}, {})},
          {cache_buf});
    }
  }
}

// mlxla.window_attention over a ring of W rows plus the step's own keys (f16): a decode step, a
// chunk whose ring still holds negative positions, a chunk longer than the ring with padding
// rows past kv_length.
TEST_F(VulkanBackendTest, WindowAttentionOverARing) {
  const int64_t heads = 4, kv = 2, dim = 16, ring = 5;
  struct Case {
    int64_t t;
    int32_t start;
    int32_t length;
  };
  // Sinks (gpt_oss) and a soft cap (gemma: glibc's tanhf) on top, one at a time; {0, 0, 1}: a
  // padding row sees no key, so the sink alone sets the maximum.
  for (const bool sinks : {false, true}) {
    for (const Case& c : std::vector<Case>{{1, 13, 14}, {4, 2, 6}, {7, 9, 15}, {2, 0, 0}}) {
      SCOPED_TRACE("t " + std::to_string(c.t) + " start " + std::to_string(c.start) +
                   (sinks ? " sinks" : " softcap"));
      graph::Module module;
      Builder b(module, "main");
      const auto q = b.parameter({ElementType::kF32, {c.t, heads, dim}}, "q");
      const auto pos = b.parameter({ElementType::kI32, {c.t}}, "positions");
      const auto len = b.parameter({ElementType::kI32, {}}, "length");
      const TensorType ring_type{ElementType::kF16, {ring, kv, dim}};
      const TensorType new_type{ElementType::kF16, {c.t, kv, dim}};
      const auto kr = b.parameter(ring_type, "k_ring", graph::ParamRole::kWeight);
      const auto vr = b.parameter(ring_type, "v_ring", graph::ParamRole::kWeight);
      const auto kn = b.parameter(new_type, "k_new", graph::ParamRole::kWeight);
      const auto vn = b.parameter(new_type, "v_new", graph::ParamRole::kWeight);
      graph::AttentionAttrs attrs{0.3, sinks ? 0.0 : 2.5, 5, sinks};
      graph::ValueId sink_values = graph::kNoValue;
      if (sinks)
        sink_values = b.parameter({ElementType::kF32, {heads}}, "sinks", graph::ParamRole::kWeight);
      b.return_values(
          {graph::window_attention(b, q, kr, vr, kn, vn, pos, len, attrs, sink_values)});
      std::vector<int32_t> p;
      for (int32_t i = 0; i < c.t; ++i) p.push_back(c.start + i);
      std::vector<Buffer> weights = {f16_of(random_f32({ElementType::kF32, {ring, kv, dim}}, 23)),
                                     f16_of(random_f32({ElementType::kF32, {ring, kv, dim}}, 24)),
                                     f16_of(random_f32({ElementType::kF32, {c.t, kv, dim}}, 25)),
                                     f16_of(random_f32({ElementType::kF32, {c.t, kv, dim}}, 26))};
      if (sinks) weights.push_back(random_f32({ElementType::kF32, {heads}}, 28, 4.0f));
      expect_equal(module, weights,
                   {random_f32({ElementType::kF32, {c.t, heads, dim}}, 27, 3.0f), i32s(p, {c.t}),
                    i32s({c.length}, {})});
    }
  }
}

TEST_F(VulkanBackendTest, EmbeddingGatherTransposeAndConcatenate) {
  graph::Module module;
  Builder b(module, "main");
  const auto table = b.parameter({ElementType::kF16, {11, 6}}, "table", graph::ParamRole::kWeight);
  const auto ids = b.parameter({ElementType::kI32, {3}}, "ids");
  graph::GatherAttrs rows_of;
  rows_of.offset_dims = {1};
  rows_of.collapsed_slice_dims = {0};
  rows_of.start_index_map = {0};
  rows_of.index_vector_dim = 1;
  rows_of.slice_sizes = {1, 6};
  const auto rows = b.gather(table, b.reshape(ids, {3, 1}), rows_of);
  const auto wide = b.convert(rows, ElementType::kF32);
  const auto tr = b.transpose(wide, {1, 0});
  const auto cat = b.concatenate({wide, wide}, 1);
  b.return_values({rows, tr, cat});
  expect_equal(module, {f16_of(random_f32({ElementType::kF32, {11, 6}}, 3))},
               {i32s({4, 0, 10}, {3})});
}

// Gathers other than whole rows (gather.comp): the fp modes' code-table lookup of single
// elements, and a 2-index window gather with clamped starts (f16, narrow output words).
TEST_F(VulkanBackendTest, GeneralGathers) {
  graph::Module module;
  Builder b(module, "main");
  const auto table = b.parameter({ElementType::kF32, {16}}, "table", graph::ParamRole::kWeight);
  const auto codes = b.parameter({ElementType::kI32, {3, 5, 1}}, "codes");
  graph::GatherAttrs lookup;
  lookup.collapsed_slice_dims = {0};
  lookup.start_index_map = {0};
  lookup.index_vector_dim = 2;
  lookup.slice_sizes = {1};
  const auto values = b.gather(table, codes, lookup);
  const auto cube = b.parameter({ElementType::kF16, {6, 7, 4}}, "cube", graph::ParamRole::kWeight);
  const auto starts = b.parameter({ElementType::kI32, {2, 2}}, "starts");
  graph::GatherAttrs window;
  window.offset_dims = {1, 2};
  window.collapsed_slice_dims = {0};
  window.start_index_map = {0, 2};
  window.index_vector_dim = 1;
  window.slice_sizes = {1, 3, 2};
  const auto boxes = b.gather(cube, starts, window);
  b.return_values({values, boxes});
  std::vector<int32_t> c;
  for (int32_t i = 0; i < 15; ++i) c.push_back((i * 7) % 16);
  c[3] = -2;  // clamped to 0
  c[9] = 40;  // clamped to 15
  expect_equal(module,
               {random_f32({ElementType::kF32, {16}}, 41),
                f16_of(random_f32({ElementType::kF32, {6, 7, 4}}, 42))},
               {i32s(c, {3, 5, 1}), i32s({5, 3, -1, 9}, {2, 2})});
}

// Device memory runs out as an error naming it, never a crash; the backend stays usable.
TEST_F(VulkanBackendTest, DeviceMemoryExhaustionIsAnError) {
  auto huge = vulkan_->allocate({ElementType::kF32, {int64_t{1} << 36}});  // 256 GiB
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.error().message().find("memory"), std::string::npos) << huge.error().message();
  // Past the shaders' 32-bit byte addressing (4 GiB - 1): refused before Vulkan sees it.
  auto past_u32 = vulkan_->allocate({ElementType::kF32, {int64_t{1} << 30}});
  ASSERT_FALSE(past_u32.ok());
  EXPECT_NE(past_u32.error().message().find("32 bits"), std::string::npos)
      << past_u32.error().message();
  auto small = vulkan_->allocate({ElementType::kF32, {16}});
  EXPECT_TRUE(small.ok()) << small.error().message();
}

TEST_F(VulkanBackendTest, UnsupportedOpIsAClearCompileError) {
  graph::Module module;
  Builder b(module, "main");
  const auto x = b.parameter({ElementType::kF32, {4}}, "x");
  b.return_values({b.convert(x, ElementType::kI64)});
  auto exe = compile_with_views(*vulkan_, module, {});
  ASSERT_FALSE(exe.ok());
  EXPECT_NE(exe.error().message().find("convert"), std::string::npos) << exe.error().message();
}

}  // namespace
}  // namespace mlxla::runtime

#else  // built with MLXLA_VULKAN=OFF

TEST(VulkanBackendTest, NotBuilt) {
  GTEST_SKIP() << "mlxla was configured with MLXLA_VULKAN=OFF (no libvulkan-dev/glslc)";
}

#endif
