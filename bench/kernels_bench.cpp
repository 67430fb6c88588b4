// Google Benchmark suite for the matmul kernels at Llama-3.2-1B shapes: per-projection
// throughput (GB/s of weight bytes) and a whole decode step (tok/s) streaming every layer.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "kernels/cpu/interleave.h"
#include "kernels/cpu/kernels.h"

namespace {

using mlxla::DType;
using namespace mlxla::kernels;

/// The Llama-3.2-1B projections [n, k]: q, k/v, o = 2048x2048 / 512x2048, gate/up, down, lm_head.
struct Shape {
  int64_t n, k;
};
constexpr Shape kShapes[] = {{2048, 2048}, {8192, 2048}, {2048, 8192}, {128256, 2048}};
constexpr Shape kLayer[] = {{2048, 2048}, {512, 2048},  {512, 2048}, {2048, 2048},
                            {8192, 2048}, {8192, 2048}, {2048, 8192}};
constexpr int kLayers = 16;

/// The kernel table measured: the best this CPU supports, or the one MLXLA_BENCH_ISA names
/// ("scalar", "avx2", "avx512", "amx"), so the AVX2 table (Zen 2/3, most client CPUs) is measured
/// on any CPU that has AVX2.
KernelContext bench_context() {
  static const KernelContext ctx = [] {
    const char* name = std::getenv("MLXLA_BENCH_ISA");
    if (name == nullptr || *name == '\0') return KernelContext::best();
    for (Isa isa : KernelContext::available_isas()) {
      if (std::strcmp(isa_name(isa), name) == 0) return KernelContext::with_isa(isa).value();
    }
    std::fprintf(stderr, "MLXLA_BENCH_ISA=%s: not an ISA this build and CPU support\n", name);
    std::exit(2);
  }();
  return ctx;
}

/// A packed matrix with random codes and f16 scales/biases (the mlx-community layout).
struct PackedMatrix {
  std::vector<std::byte> packed, scales, biases;
  PackedWeight view;

  PackedMatrix(Shape s, int bits, int group, uint32_t seed) {
    std::mt19937 rng(seed);
    packed.resize(static_cast<size_t>(s.n * s.k * bits / 8));
    for (auto& b : packed) b = static_cast<std::byte>(rng());
    const size_t groups = static_cast<size_t>(s.n * s.k / group);
    scales.resize(groups * 2);
    biases.resize(groups * 2);
    for (size_t i = 0; i < groups; ++i) {
      const uint16_t sc = 0x2000 + static_cast<uint16_t>(rng() % 0x400);  // ~0.01
      const uint16_t bi = 0xA000 + static_cast<uint16_t>(rng() % 0x400);  // ~-0.01
      std::memcpy(&scales[2 * i], &sc, 2);
      std::memcpy(&biases[2 * i], &bi, 2);
    }
    view = {packed.data(), scales.data(), biases.data(), DType::kF16, s.n, s.k, bits, group};
  }
  double bytes() const {
    return static_cast<double>(packed.size() + scales.size() + biases.size());
  }
};

std::vector<float> activations(int64_t m, int64_t k) {
  std::mt19937 rng(9);
  std::normal_distribution<float> dist(0.0f, 1.0f);
  std::vector<float> x(static_cast<size_t>(m * k));
  for (auto& v : x) v = dist(rng);
  return x;
}

std::string shape_label(const char* prefix, Shape s) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%s %lldx%lld", prefix, static_cast<long long>(s.n),
                static_cast<long long>(s.k));
  return buf;
}

void set_counters(benchmark::State& state, double weight_bytes, int64_t m) {
  state.counters["weight_GB/s"] =
      benchmark::Counter(weight_bytes * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["rows/s"] =
      benchmark::Counter(static_cast<double>(m), benchmark::Counter::kIsIterationInvariantRate);
}

void set_mac_counter(benchmark::State& state, double macs) {
  state.counters["GMAC/s"] =
      benchmark::Counter(macs * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
}

const char* policy_name(Policy p) {
  return p == Policy::kExact ? "exact" : "fast";
}

/// y = x W^T under a policy; kFast quantizes the activations inside the timed region (the
/// runtime does it once per matmul).
void run_matmul(const KernelContext& ctx, Policy policy, const float* x, int64_t m,
                const PackedWeight& w, float* y, int64_t y_stride, int64_t n_begin, int64_t n_end,
                QuantizedActivations& xq) {
  if (policy == Policy::kExact) {
    quantized_matmul(ctx, x, m, w.k, w, Precision::kF32, y, y_stride, n_begin, n_end);
  } else {
    quantize_activations(x, m, w.k, w.k, w.group_size, &xq);
    quantized_matmul_fast(ctx, xq, w, y, y_stride, n_begin, n_end);
  }
}

/// Args: bits, m, shape index, policy (0 exact, 1 fast). One thread, bench_context(), group 64.
void BM_QuantizedMatmul(benchmark::State& state) {
  const int bits = static_cast<int>(state.range(0));
  const int64_t m = state.range(1);
  const Shape shape = kShapes[state.range(2)];
  const Policy policy = state.range(3) == 0 ? Policy::kExact : Policy::kFast;
  const PackedMatrix w(shape, bits, 64, 1);
  const std::vector<float> x = activations(m, shape.k);
  std::vector<float> y(static_cast<size_t>(m * shape.n));
  const KernelContext ctx = bench_context();
  QuantizedActivations xq;
  for (auto _ : state) {
    run_matmul(ctx, policy, x.data(), m, w.view, y.data(), shape.n, 0, shape.n, xq);
    benchmark::DoNotOptimize(y.data());
  }
  set_counters(state, w.bytes(), m);
  set_mac_counter(state, static_cast<double>(m) * static_cast<double>(shape.n * shape.k));
  state.SetLabel(shape_label(policy_name(policy), shape));
}
BENCHMARK(BM_QuantizedMatmul)
    ->ArgsProduct({{2, 3, 4, 5, 6, 8}, {1}, {0, 1, 2, 3}, {0, 1}})
    ->ArgsProduct({{4, 8}, {64}, {0, 1, 2}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

/// Args: dtype (0 = f32, 1 = f16), m, shape index; precision f32 for f32 storage, f16 for f16.
void BM_DenseMatmul(benchmark::State& state) {
  const bool f16 = state.range(0) == 1;
  const int64_t m = state.range(1);
  const Shape shape = kShapes[state.range(2)];
  const size_t esize = f16 ? 2 : 4;
  std::vector<std::byte> data(static_cast<size_t>(shape.n * shape.k) * esize);
  std::mt19937 rng(3);
  for (size_t i = 0; i < data.size(); i += esize) {
    const uint16_t h = static_cast<uint16_t>(0x2000 + rng() % 0x1000);
    if (f16) {
      std::memcpy(&data[i], &h, 2);
    } else {
      const float v = static_cast<float>(h) * 1e-6f;
      std::memcpy(&data[i], &v, 4);
    }
  }
  const DenseWeight w{data.data(), f16 ? DType::kF16 : DType::kF32, shape.n, shape.k};
  const std::vector<float> x = activations(m, shape.k);
  std::vector<float> y(static_cast<size_t>(m * shape.n));
  const KernelContext ctx = bench_context();
  const Precision p = f16 ? Precision::kF16 : Precision::kF32;
  for (auto _ : state) {
    dense_matmul(ctx, x.data(), m, shape.k, w, p, y.data(), shape.n, 0, shape.n);
    benchmark::DoNotOptimize(y.data());
  }
  set_counters(state, static_cast<double>(data.size()), m);
  state.SetLabel(shape_label(f16 ? "f16" : "f32", shape));
}
BENCHMARK(BM_DenseMatmul)
    ->ArgsProduct({{0, 1}, {1}, {0, 1, 2}})
    ->ArgsProduct({{0, 1}, {64}, {0}})
    ->Unit(benchmark::kMillisecond);

/// The 16 distinct layers + lm_head of Llama-3.2-1B at `bits`, group 64 (~0.7 GB at 4 bits),
/// in MLX's row-major layout (interleave 0) or interleaved into blocks of that many rows.
struct Model {
  std::vector<std::unique_ptr<PackedMatrix>> mats;
  std::vector<std::vector<std::byte>> interleaved;
  double bytes = 0;
  explicit Model(int bits, int interleave = 0) {
    uint32_t seed = 1;
    for (int l = 0; l < kLayers; ++l) {
      for (const Shape& s : kLayer)
        mats.push_back(std::make_unique<PackedMatrix>(s, bits, 64, seed++));
    }
    mats.push_back(std::make_unique<PackedMatrix>(Shape{128256, 2048}, bits, 64, seed++));
    for (const auto& mat : mats) bytes += mat->bytes();
    if (interleave == 0) return;
    for (auto& mat : mats) {
      const InterleavedGeometry geo(mat->view, interleave);
      std::vector<std::byte>& buf =
          interleaved.emplace_back(static_cast<size_t>(geo.total_bytes()));
      interleave_blocks(mat->view, interleave, 0, geo.blocks, buf.data());
      mat->view = interleaved_view(mat->view, interleave, buf.data());
      std::vector<std::byte>().swap(mat->packed);  // only the interleaved copy stays
    }
  }
};

/// Every projection of a Llama-3.2-1B decode step (far beyond the caches), m = 1. Args: bits,
/// threads, policy, layout (0 in place, 4 or 8 rows interleaved). Each thread takes its share of
/// every projection's rows and the step joins once: an upper bound for a hot-worker runtime. Under
/// kFast each thread quantizes the activation row itself (O(k), a runtime would do it once per
/// matmul).
void BM_DecodeStep(benchmark::State& state) {
  const int bits = static_cast<int>(state.range(0));
  const int threads = static_cast<int>(state.range(1));
  const Policy policy = state.range(2) == 0 ? Policy::kExact : Policy::kFast;
  const Model model(bits, static_cast<int>(state.range(3)));
  const std::vector<float> x = activations(1, 8192);
  std::vector<float> y(128256);
  const KernelContext ctx = bench_context();
  auto run = [&](int part) {
    QuantizedActivations xq;
    for (const auto& mat : model.mats) {
      const int64_t n = mat->view.n;
      const int64_t begin = n * part / threads, end = n * (part + 1) / threads;
      run_matmul(ctx, policy, x.data(), 1, mat->view, y.data(), n, begin, end, xq);
    }
  };
  for (auto _ : state) {
    if (threads == 1) {
      run(0);
    } else {
      std::thread helper(run, 1);
      run(0);
      helper.join();
    }
    benchmark::DoNotOptimize(y.data());
  }
  state.counters["tok/s"] = benchmark::Counter(1.0, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["weight_GB/s"] =
      benchmark::Counter(model.bytes * 1e-9, benchmark::Counter::kIsIterationInvariantRate);
  state.SetLabel(policy_name(policy));
}
BENCHMARK(BM_DecodeStep)
    ->ArgsProduct({{4, 8}, {1, 2}, {0, 1}, {0, 4, 8}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

/// A 64-token prefill of Llama-3.2-1B's projections (16 layers, lm_head for the last token
/// only). Args: bits, threads, policy, layout (0 in place, 4 interleaved). tok/s = 64 / step
/// time.
void BM_PrefillStep(benchmark::State& state) {
  constexpr int64_t kTokens = 64;
  const int bits = static_cast<int>(state.range(0));
  const int threads = static_cast<int>(state.range(1));
  const Policy policy = state.range(2) == 0 ? Policy::kExact : Policy::kFast;
  const Model model(bits, static_cast<int>(state.range(3)));
  const std::vector<float> x = activations(kTokens, 8192);
  std::vector<float> y(static_cast<size_t>(kTokens * 128256));
  const KernelContext ctx = bench_context();
  double macs = 0;
  for (const auto& mat : model.mats) {
    const int64_t m = mat->view.n == 128256 ? 1 : kTokens;
    macs += static_cast<double>(m) * static_cast<double>(mat->view.n * mat->view.k);
  }
  auto run = [&](int part) {
    QuantizedActivations xq;
    for (const auto& mat : model.mats) {
      const int64_t n = mat->view.n;
      const int64_t m = n == 128256 ? 1 : kTokens;
      const int64_t begin = n * part / threads, end = n * (part + 1) / threads;
      run_matmul(ctx, policy, x.data(), m, mat->view, y.data(), n, begin, end, xq);
    }
  };
  for (auto _ : state) {
    if (threads == 1) {
      run(0);
    } else {
      std::thread helper(run, 1);
      run(0);
      helper.join();
    }
    benchmark::DoNotOptimize(y.data());
  }
  state.counters["tok/s"] = benchmark::Counter(static_cast<double>(kTokens),
                                               benchmark::Counter::kIsIterationInvariantRate);
  set_mac_counter(state, macs);
  state.SetLabel(policy_name(policy));
}
BENCHMARK(BM_PrefillStep)
    ->ArgsProduct({{4, 8}, {1, 2}, {0, 1}, {0, 4}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// fast policy layout
/// Policy fast over every projection of Llama-3.2-1B (Model above) for m activation rows, one
/// thread (compare CPU time) on ctx's kernels: decode m = 1, batched decode m = 8 and 16 (lm_head
/// for every row), prefill chunks m >= 64 (lm_head for the last token only). The activations are
/// quantized once per matmul inside the timed region, as the runtime does. tok/s = m / step time.
void fast_layout_step(benchmark::State& state, const KernelContext& ctx, int bits, int64_t m,
                      int layout) {
  if (layout != 0 && !valid_interleave(layout)) {
    state.SkipWithError("layout not in this build");
    return;
  }
  const Model model(bits, layout);
  const std::vector<float> x = activations(m, 8192);
  std::vector<float> y(static_cast<size_t>(m * 128256));
  QuantizedActivations xq;
  for (auto _ : state) {
    for (const auto& mat : model.mats) {
      const int64_t n = mat->view.n;
      const int64_t rows = n == 128256 && m >= 64 ? 1 : m;
      run_matmul(ctx, Policy::kFast, x.data(), rows, mat->view, y.data(), n, 0, n, xq);
    }
    benchmark::DoNotOptimize(y.data());
  }
  state.counters["tok/s"] =
      benchmark::Counter(static_cast<double>(m), benchmark::Counter::kIsIterationInvariantRate);
  state.SetLabel(std::string("fast ") + isa_name(ctx.isa()));
}

/// Args: bits, m, layout (0 in place, 4 or 8 interleaved, 16 the fast layout where the build has
/// it); bench_context()'s ISA.
void BM_FastLayoutStep(benchmark::State& state) {
  fast_layout_step(state, bench_context(), static_cast<int>(state.range(0)), state.range(1),
                   static_cast<int>(state.range(2)));
}
BENCHMARK(BM_FastLayoutStep)
    ->ArgsProduct({{4, 8}, {1, 8, 16, 64}, {0, 4, 16}})
    ->Unit(benchmark::kMillisecond);

/// The fast layout with and without AMX. Args: bits, m, Isa value (2 avx512, 3 amx).
void BM_FastLayoutIsa(benchmark::State& state) {
  const auto ctx = KernelContext::with_isa(static_cast<Isa>(state.range(2)));
  if (!ctx.ok()) {
    state.SkipWithError("ISA not available here");
    return;
  }
  fast_layout_step(state, ctx.value(), static_cast<int>(state.range(0)), state.range(1),
                   kFastInterleave);
}
BENCHMARK(BM_FastLayoutIsa)
    ->ArgsProduct({{4, 8}, {2, 4, 8, 16, 64, 256}, {2, 3}})
    ->Unit(benchmark::kMillisecond);

// exact small-m
// Policy exact at 1 <= m <= 16 (batched decode of m streams, short prefill chunks), one thread,
// so compare CPU time: each weight slice is unpacked once for all m activation rows.

/// Args: bits, m, shape index, layout (0 in place, 4 interleaved). Group 64, f16 scales, f32.
void BM_ExactSmallM(benchmark::State& state) {
  const int bits = static_cast<int>(state.range(0));
  const int64_t m = state.range(1);
  const Shape shape = kShapes[state.range(2)];
  const int interleave = static_cast<int>(state.range(3));
  PackedMatrix w(shape, bits, 64, 1);
  std::vector<std::byte> il;
  if (interleave != 0) {
    const InterleavedGeometry geo(w.view, interleave);
    il.resize(static_cast<size_t>(geo.total_bytes()));
    interleave_blocks(w.view, interleave, 0, geo.blocks, il.data());
    w.view = interleaved_view(w.view, interleave, il.data());
  }
  const std::vector<float> x = activations(m, shape.k);
  std::vector<float> y(static_cast<size_t>(m * shape.n));
  const KernelContext ctx = bench_context();
  for (auto _ : state) {
    quantized_matmul(ctx, x.data(), m, shape.k, w.view, Precision::kF32, y.data(), shape.n, 0,
                     shape.n);
    benchmark::DoNotOptimize(y.data());
  }
  set_counters(state, w.bytes(), m);
  set_mac_counter(state, static_cast<double>(m) * static_cast<double>(shape.n * shape.k));
  state.SetLabel(shape_label(interleave == 0 ? "in place" : "interleaved", shape));
}
BENCHMARK(BM_ExactSmallM)
    ->ArgsProduct({{4, 8}, {1, 2, 4, 8, 16}, {0, 1, 2}, {0, 4}})
    ->Unit(benchmark::kMillisecond);

/// One step of m decode streams over Llama-3.2-1B's projections (16 layers + lm_head, group 64),
/// policy exact at f32, one thread. Args: bits, layout (0 in place, 4 interleaved), m. tok/s
/// counts the m tokens of a step (per CPU second): aggregate decode should rise with m. One
/// ArgsProduct per (bits, layout), so the model is built once for its five m values.
void BM_BatchDecodeStep(benchmark::State& state) {
  const int bits = static_cast<int>(state.range(0));
  const int layout = static_cast<int>(state.range(1));
  const int64_t m = state.range(2);
  // One model at a time, kept across the m values (building one takes seconds).
  static std::unique_ptr<Model> model;
  static int model_key = -1;
  if (model_key != bits * 100 + layout) {
    model.reset();
    model = std::make_unique<Model>(bits, layout);
    model_key = bits * 100 + layout;
  }
  const std::vector<float> x = activations(m, 8192);
  std::vector<float> y(static_cast<size_t>(m * 128256));
  const KernelContext ctx = bench_context();
  for (auto _ : state) {
    for (const auto& mat : model->mats) {
      const int64_t n = mat->view.n;
      quantized_matmul(ctx, x.data(), m, mat->view.k, mat->view, Precision::kF32, y.data(), n, 0,
                       n);
    }
    benchmark::DoNotOptimize(y.data());
  }
  state.counters["tok/s"] =
      benchmark::Counter(static_cast<double>(m), benchmark::Counter::kIsIterationInvariantRate);
  state.SetLabel(layout == 0 ? "exact, in place" : "exact, interleaved");
}
BENCHMARK(BM_BatchDecodeStep)
    ->ArgsProduct({{4}, {4}, {1, 2, 4, 8, 16}})
    ->ArgsProduct({{4}, {0}, {1, 2, 4, 8, 16}})
    ->ArgsProduct({{8}, {4}, {1, 2, 4, 8, 16}})
    ->ArgsProduct({{8}, {0}, {1, 2, 4, 8, 16}})
    ->Unit(benchmark::kMillisecond);
// end exact small-m

/// Policy fast on Qwen3-30B-A3B's routed experts at decode (m == 1, 4 bits, group 64, in place),
/// one thread, as the CPU runtime's MoE steps call the kernel: 8 experts a step drawn from a pool
/// of 64 (151 MB, past the caches, 4 KB pages), each expert's input quantized, gate and up in
/// slices of 256 rows, down over all 2048 rows. weight_GB/s = routed bytes per CPU second.
void BM_MoeDecodeExperts(benchmark::State& state) {
  constexpr int64_t kPool = 64, kRouted = 8, kHidden = 2048, kInter = 768, kSlice = 256;
  std::vector<std::unique_ptr<PackedMatrix>> gate, up, down;
  for (int64_t e = 0; e < kPool; ++e) {
    const auto seed = static_cast<uint32_t>(3 * e);
    gate.push_back(std::make_unique<PackedMatrix>(Shape{kInter, kHidden}, 4, 64, seed));
    up.push_back(std::make_unique<PackedMatrix>(Shape{kInter, kHidden}, 4, 64, seed + 1));
    down.push_back(std::make_unique<PackedMatrix>(Shape{kHidden, kInter}, 4, 64, seed + 2));
  }
  const std::vector<float> x = activations(1, kHidden);
  const std::vector<float> h = activations(1, kInter);
  std::vector<float> g(kInter), u(kInter), y(kHidden);
  const KernelContext ctx = KernelContext::best();
  QuantizedActivations xq, hq;
  uint32_t draw = 1;
  for (auto _ : state) {
    for (int64_t r = 0; r < kRouted; ++r) {
      draw = draw * 1664525u + 1013904223u;
      const size_t e = (draw >> 8) % kPool;
      quantize_activations(x.data(), 1, kHidden, kHidden, 64, &xq);
      for (int64_t b = 0; b < kInter; b += kSlice) {
        quantized_matmul_fast(ctx, xq, gate[e]->view, g.data(), kInter, b, b + kSlice);
        quantized_matmul_fast(ctx, xq, up[e]->view, u.data(), kInter, b, b + kSlice);
      }
      quantize_activations(h.data(), 1, kInter, kInter, 64, &hq);
      quantized_matmul_fast(ctx, hq, down[e]->view, y.data(), kHidden, 0, kHidden);
    }
    benchmark::DoNotOptimize(y.data());
  }
  set_counters(state, kRouted * (gate[0]->bytes() + up[0]->bytes() + down[0]->bytes()), 1);
  state.SetLabel("fast, in place");
}
BENCHMARK(BM_MoeDecodeExperts)->Unit(benchmark::kMicrosecond);

}  // namespace
