// Throughput of the affine codec: quantize (MLX CPU algorithm), dequantize (both contracts) and
// unpack, per bit width. Counters report GB/s of the f32 weights processed (4 bytes/weight)
// and of the packed bytes (printed with SI prefixes: "1.2G/s" is 1.2 GB/s).
#include <benchmark/benchmark.h>

#include <cstring>
#include <vector>

#include "quant/affine.h"
#include "quant/half.h"

namespace {

using mlxla::DType;
namespace quant = mlxla::quant;

constexpr int64_t kRows = 256;
constexpr int64_t kCols = 4096;

std::vector<float> random_weights() {
  std::vector<float> w(static_cast<size_t>(kRows * kCols));
  uint64_t state = 1;
  for (auto& v : w) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    v = static_cast<float>(static_cast<int64_t>(state >> 40) - (1 << 23)) * 0x1p-28f;
  }
  return w;
}

void set_counters(benchmark::State& state, const quant::AffineLayout& layout) {
  const double weights =
      static_cast<double>(layout.rows * layout.cols) * static_cast<double>(state.iterations());
  state.counters["f32_bytes/s"] = benchmark::Counter(weights * 4, benchmark::Counter::kIsRate);
  state.counters["packed_bytes/s"] = benchmark::Counter(
      static_cast<double>(layout.packed_bytes()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters["Mweights/s"] = benchmark::Counter(weights / 1e6, benchmark::Counter::kIsRate);
}

void BM_Quantize(benchmark::State& state) {
  const quant::AffineLayout layout{kRows, kCols, static_cast<int>(state.range(0)),
                                   static_cast<int>(state.range(1))};
  const auto w = random_weights();
  auto bytes = std::as_bytes(std::span(w));
  auto q = quant::quantize(bytes, DType::kF32, layout, DType::kBF16);
  for (auto _ : state) {
    auto st =
        quant::quantize(bytes, DType::kF32, layout, DType::kBF16, q->packed, q->scales, q->biases);
    benchmark::DoNotOptimize(st);
    benchmark::DoNotOptimize(q->packed.data());
  }
  set_counters(state, layout);
}

void BM_DequantizeF32(benchmark::State& state) {
  const quant::AffineLayout layout{kRows, kCols, static_cast<int>(state.range(0)), 64};
  const auto w = random_weights();
  auto q = quant::quantize(std::as_bytes(std::span(w)), DType::kF32, layout, DType::kBF16);
  std::vector<float> out(w.size());
  const quant::QuantizedView view{layout, DType::kBF16, q->packed, q->scales, q->biases};
  for (auto _ : state) {
    auto st = quant::dequantize_f32(view, out);
    benchmark::DoNotOptimize(st);
    benchmark::DoNotOptimize(out.data());
  }
  set_counters(state, layout);
}

void BM_DequantizeInDtype(benchmark::State& state) {
  const quant::AffineLayout layout{kRows, kCols, static_cast<int>(state.range(0)), 64};
  const auto w = random_weights();
  auto q = quant::quantize(std::as_bytes(std::span(w)), DType::kF32, layout, DType::kF16);
  std::vector<std::byte> out(w.size() * 2);
  const quant::QuantizedView view{layout, DType::kF16, q->packed, q->scales, q->biases};
  for (auto _ : state) {
    auto st = quant::dequantize_in_dtype(view, out);
    benchmark::DoNotOptimize(st);
    benchmark::DoNotOptimize(out.data());
  }
  set_counters(state, layout);
}

void BM_Unpack(benchmark::State& state) {
  const quant::AffineLayout layout{kRows, kCols, static_cast<int>(state.range(0)), 64};
  const auto w = random_weights();
  auto q = quant::quantize(std::as_bytes(std::span(w)), DType::kF32, layout, DType::kF32);
  std::vector<uint8_t> codes(static_cast<size_t>(kCols));
  for (auto _ : state) {
    for (int64_t r = 0; r < kRows; ++r) {
      quant::unpack_row(q->packed.data() + r * layout.packed_row_bytes(), layout.bits, kCols,
                        codes.data());
      benchmark::DoNotOptimize(codes.data());
    }
  }
  set_counters(state, layout);
}

void BM_F32ToBf16(benchmark::State& state) {
  const auto w = random_weights();
  std::vector<std::byte> out(w.size() * 2);
  for (auto _ : state) {
    quant::f32_to_bf16_n(w.data(), out.data(), w.size());
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["f32_bytes/s"] = benchmark::Counter(
      static_cast<double>(w.size() * 4) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

void BM_F16ToF32(benchmark::State& state) {
  const auto w = random_weights();
  std::vector<std::byte> half(w.size() * 2);
  quant::f32_to_f16_n(w.data(), half.data(), w.size());
  std::vector<float> out(w.size());
  for (auto _ : state) {
    quant::f16_to_f32_n(half.data(), out.data(), w.size());
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["f32_bytes/s"] = benchmark::Counter(
      static_cast<double>(w.size() * 4) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

BENCHMARK(BM_Quantize)
    ->ArgsProduct({{2, 3, 4, 5, 6, 8}, {64}})
    ->Args({4, 32})
    ->Args({4, 128})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DequantizeF32)->DenseRange(2, 6)->Arg(8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DequantizeInDtype)->Arg(4)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Unpack)->DenseRange(2, 6)->Arg(8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_F32ToBf16)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_F16ToF32)->Unit(benchmark::kMillisecond);

}  // namespace
