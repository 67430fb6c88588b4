// `mlxla synth`: a random-weight checkpoint with exactly the tensor names, dtypes and shapes of a
// config's mlx-community checkpoint, for benchmarks and tests without downloading weights.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "checkpoint/safetensors.h"
#include "commands.h"
#include "file_io.h"
#include "quant/affine.h"
#include "quant/convert_plan.h"
#include "quant/fp_modes.h"
#include "quant/half.h"
#include "quant/synth_plan.h"

namespace mlxla::cli {
namespace {

namespace fs = std::filesystem;
using quant::OrderedJson;

struct SynthOptions {
  std::string config;
  std::string out;
  int bits = -1;            // -1: from the config's quantization block (0 when absent)
  int group_size = -1;      // -1: from the config, else 64
  std::string dtype;        // empty: the config's torch_dtype, else bfloat16
  std::string mode;         // empty: the config's; affine, mxfp4, nvfp4 or mxfp8
  std::string expert_mode;  // empty: the config's; affine, mxfp4, nvfp4 or mxfp8
  uint64_t seed = 0;
};

uint64_t splitmix64(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

uint64_t name_hash(const std::string& name) {  // FNV-1a: a stable per-tensor stream
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : name) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

// One row of bell-shaped values with the given mean and standard deviation, rounded to
// `dtype`: each splitmix64 draw gives two values, each the sum of two 16-bit lanes (a
// triangular distribution, variance 2/12 before scaling): cheap, bounded, smooth enough.
void fill_row(uint64_t seed, int64_t row, float mean, float stddev, DType dtype, float* out,
              int64_t n) {
  uint64_t state = seed ^ (static_cast<uint64_t>(row) * 0xD1B54A32D192ED03ull);
  const float scale = stddev * std::sqrt(6.0f) / 65536.0f;
  auto round = [dtype](float v) {
    // mlx_lm casts to the target dtype before quantizing; the quantizer then sees these values.
    return dtype == DType::kF16    ? quant::f16_to_f32(quant::f32_to_f16(v))
           : dtype == DType::kBF16 ? quant::bf16_to_f32(quant::f32_to_bf16(v))
                                   : v;
  };
  for (int64_t j = 0; j < n; j += 2) {
    const uint64_t z = splitmix64(state);
    const auto a =
        static_cast<float>(static_cast<int64_t>((z & 0xffff) + ((z >> 16) & 0xffff)) - 65535);
    const auto b =
        static_cast<float>(static_cast<int64_t>(((z >> 32) & 0xffff) + (z >> 48)) - 65535);
    out[j] = round(mean + a * scale);
    if (j + 1 < n) out[j + 1] = round(mean + b * scale);
  }
}

// Runs body(begin, end) over [0, rows) split across `threads` std::threads.
template <typename Body>
void parallel_rows(int64_t rows, int threads, Body body) {
  const int64_t parts = std::max<int64_t>(1, std::min<int64_t>(threads, rows));
  std::vector<std::thread> workers;
  for (int64_t p = 1; p < parts; ++p)
    workers.emplace_back(body, rows * p / parts, rows * (p + 1) / parts);
  body(int64_t{0}, rows / parts);
  for (auto& t : workers) t.join();
}

struct Distribution {
  float mean;
  float stddev;
};

Distribution distribution_for(const quant::SourceTensor& t) {
  if (t.shape.size() >= 2) return {0.0f, 1.0f / std::sqrt(static_cast<float>(t.shape.back()))};
  if (t.name.find("norm") != std::string::npos) return {1.0f, 0.02f};
  return {0.0f, 0.02f};  // projection biases
}

quant::QuantizedMatrix synth_quantized(const quant::SourceTensor& t, uint64_t seed, DType dtype,
                                       int bits, int group_size, std::optional<quant::FpMode> fp,
                                       int threads) {
  quant::QuantizedMatrix q;
  const int64_t k = t.shape.back();  // [..., rows, k]: stacked experts are E * rows rows
  int64_t rows = 1;
  for (size_t d = 0; d + 1 < t.shape.size(); ++d) rows *= t.shape[d];
  if (fp) {  // MLX's fp quantizer on the rows, in the weights' dtype (as quantize --mode does)
    const quant::FpLayout layout{rows, k, *fp};
    q.packed.resize(static_cast<size_t>(layout.packed_bytes()));
    q.scales.resize(static_cast<size_t>(layout.scale_count()));
    const Distribution d = distribution_for(t);
    const int64_t row_bytes = layout.packed_row_bytes(), groups = k / layout.group_size();
    parallel_rows(rows, threads, [&](int64_t begin, int64_t end) {
      std::vector<float> row(static_cast<size_t>(k));
      std::vector<std::byte> typed(static_cast<size_t>(k) * dtype_size(dtype));
      for (int64_t r = begin; r < end; ++r) {
        fill_row(seed, r, d.mean, d.stddev, dtype, row.data(), k);
        for (int64_t j = 0; j < k; ++j)
          quant::store_from_f32(row[static_cast<size_t>(j)], dtype, typed.data(),
                                static_cast<size_t>(j));
        const std::span<std::byte> packed(q.packed.data() + r * row_bytes,
                                          static_cast<size_t>(row_bytes));
        const std::span<std::byte> scales(q.scales.data() + r * groups,
                                          static_cast<size_t>(groups));
        // The layout was validated by the plan (k a multiple of the group size).
        (void)quant::fp_quantize(typed, dtype, {1, k, *fp}, std::nullopt, packed, scales);
      }
    });
    return q;
  }
  q.layout = {rows, k, bits, group_size};
  q.scale_dtype = dtype;
  q.packed.resize(static_cast<size_t>(q.layout.packed_bytes()));
  q.scales.resize(static_cast<size_t>(q.layout.group_count()) * dtype_size(dtype));
  q.biases.resize(q.scales.size());
  const Distribution d = distribution_for(t);
  const int64_t groups = q.layout.groups_per_row();
  parallel_rows(rows, threads, [&](int64_t begin, int64_t end) {
    std::vector<float> row(static_cast<size_t>(k)), s(static_cast<size_t>(groups)), b(s.size());
    std::vector<uint8_t> codes(static_cast<size_t>(k));
    for (int64_t r = begin; r < end; ++r) {
      fill_row(seed, r, d.mean, d.stddev, dtype, row.data(), k);
      quant::quantize_row_f32(row.data(), k, bits, group_size, s.data(), b.data(), codes.data());
      quant::pack_row(codes.data(), bits, k, q.packed.data() + r * q.layout.packed_row_bytes());
      for (int64_t g = 0; g < groups; ++g) {
        quant::store_from_f32(s[static_cast<size_t>(g)], dtype, q.scales.data(),
                              static_cast<size_t>(r * groups + g));
        quant::store_from_f32(b[static_cast<size_t>(g)], dtype, q.biases.data(),
                              static_cast<size_t>(r * groups + g));
      }
    }
  });
  return q;
}

std::vector<std::byte> synth_float(const quant::SourceTensor& t, uint64_t seed, DType dtype,
                                   int threads) {
  const int64_t k = t.shape.back();  // [..., rows, k]
  int64_t rows = 1;
  for (size_t d = 0; d + 1 < t.shape.size(); ++d) rows *= t.shape[d];
  std::vector<std::byte> out(static_cast<size_t>(rows * k) * dtype_size(dtype));
  const Distribution d = distribution_for(t);
  parallel_rows(rows, threads, [&](int64_t begin, int64_t end) {
    std::vector<float> row(static_cast<size_t>(k));
    for (int64_t r = begin; r < end; ++r) {
      fill_row(seed, r, d.mean, d.stddev, dtype, row.data(), k);
      for (int64_t j = 0; j < k; ++j)
        quant::store_from_f32(row[static_cast<size_t>(j)], dtype, out.data(),
                              static_cast<size_t>(r * k + j));
    }
  });
  return out;
}

Status run_synth(const SynthOptions& opt) {
  std::error_code ec;
  fs::path config_path(opt.config);
  if (fs::is_directory(config_path, ec)) config_path /= "config.json";
  if (!fs::is_regular_file(config_path, ec))
    return not_found(config_path.string() + ": no such config file");
  MLXLA_ASSIGN_OR_RETURN(OrderedJson config, read_ordered_json(config_path));
  MLXLA_ASSIGN_OR_RETURN(std::vector<quant::SourceTensor> sources,
                         quant::model_source_tensors(config));
  const quant::SynthDefaults defaults = quant::synth_defaults(config);

  quant::ConvertSettings settings;
  settings.bits = opt.bits >= 0 ? opt.bits : defaults.bits;
  settings.group_size = opt.group_size > 0 ? opt.group_size : defaults.group_size;
  settings.dtype = defaults.dtype;
  if (!opt.dtype.empty()) {
    settings.dtype = quant::parse_float_dtype(opt.dtype);
    if (!settings.dtype)
      return invalid_argument("--dtype " + opt.dtype + ": use float16, bfloat16 or float32");
  }
  auto mode_option =
      [](const std::string& flag, const std::string& value,
         std::optional<quant::FpMode> fallback) -> Result<std::optional<quant::FpMode>> {
    if (value.empty()) return fallback;
    if (value == "affine") return std::optional<quant::FpMode>();
    auto mode = quant::parse_fp_mode(value);
    if (!mode.ok())
      return invalid_argument(flag + " " + value + ": use affine, mxfp4, nvfp4 or mxfp8");
    return std::optional<quant::FpMode>(*mode);
  };
  // An explicit --bits means affine unless --mode says otherwise.
  MLXLA_ASSIGN_OR_RETURN(
      settings.fp_mode,
      mode_option("--mode", opt.mode, opt.bits >= 0 ? std::nullopt : defaults.mode));
  MLXLA_ASSIGN_OR_RETURN(settings.expert_fp_mode,
                         mode_option("--expert-mode", opt.expert_mode, defaults.expert_mode));
  if (settings.fp_mode) {
    settings.bits = quant::fp_mode_bits(*settings.fp_mode);
    settings.group_size = quant::fp_mode_group_size(*settings.fp_mode);
    // An fp mode fixes both: an explicit --bits or --group-size that says otherwise is refused,
    // not silently replaced (as `mlxla quantize --mode` does).
    const bool bits_differ = opt.bits >= 0 && opt.bits != settings.bits;
    const bool group_differs = opt.group_size > 0 && opt.group_size != settings.group_size;
    if (bits_differ || group_differs) {
      const std::string mode(quant::fp_mode_name(*settings.fp_mode));
      const std::string given = bits_differ ? "--bits " + std::to_string(opt.bits)
                                            : "--group-size " + std::to_string(opt.group_size);
      return invalid_argument((opt.mode.empty() ? "the config's mode " + mode + " (no --mode given)"
                                                : "--mode " + mode) +
                              " takes --bits " + std::to_string(settings.bits) + " --group-size " +
                              std::to_string(settings.group_size) + " only, not " + given +
                              ": drop " + (bits_differ ? "--bits" : "--group-size") +
                              " or pass --mode affine");
    }
  }
  if (settings.bits == 0 && (settings.fp_mode || settings.expert_fp_mode))
    return invalid_argument("--mode / --expert-mode need a quantized checkpoint (not --bits 0)");
  if (settings.bits != 0 && !quant::is_supported_bits(settings.bits))
    return invalid_argument("--bits " + std::to_string(settings.bits) +
                            ": use 0 (float), 2, 3, 4, 5, 6 or 8");
  if (!settings.fp_mode && settings.group_size % 32 != 0)
    return invalid_argument("--group-size " + std::to_string(settings.group_size) +
                            ": must be a positive multiple of 32");
  OrderedJson unquantized = config;  // the plan refuses configs that already declare quantization
  unquantized.erase("quantization");
  unquantized.erase("quantization_config");
  settings.overrides = quant::model_quant_overrides(sources, unquantized, settings);
  MLXLA_ASSIGN_OR_RETURN(quant::ConvertPlan plan,
                         quant::plan_conversion(sources, unquantized, settings));

  const fs::path out(opt.out);
  fs::create_directories(out, ec);
  if (ec) return io_error(opt.out + ": cannot create directory: " + ec.message());
  const unsigned hw = std::thread::hardware_concurrency();
  const int threads = hw == 0 ? 1 : static_cast<int>(std::min(hw, 8u));
  const DType dtype = *settings.dtype;
  double generate_seconds = 0, write_seconds = 0;
  for (int shard = 0; shard < plan.shard_count; ++shard) {
    const auto t0 = std::chrono::steady_clock::now();
    std::map<size_t, quant::QuantizedMatrix> quantized;
    std::vector<std::vector<std::byte>> floats;
    std::vector<checkpoint::TensorToWrite> to_write;
    for (const auto& t : plan.tensors) {
      if (t.shard != shard) continue;
      const quant::SourceTensor& src = sources[t.source_index];
      const uint64_t seed = name_hash(src.name) ^ (opt.seed * 0x9E3779B97F4A7C15ull);
      std::span<const std::byte> bytes;
      if (t.kind == quant::OutputKind::kCast) {
        floats.push_back(synth_float(src, seed, dtype, threads));
        bytes = floats.back();
      } else {
        auto it = quantized.find(t.source_index);
        if (it == quantized.end())
          it = quantized
                   .emplace(t.source_index, synth_quantized(src, seed, dtype, t.bits, t.group_size,
                                                            t.fp_mode, threads))
                   .first;
        bytes = t.kind == quant::OutputKind::kPacked ? std::span<const std::byte>(it->second.packed)
                : t.kind == quant::OutputKind::kScales
                    ? std::span<const std::byte>(it->second.scales)
                    : std::span<const std::byte>(it->second.biases);
      }
      to_write.push_back({t.name, t.dtype, t.shape, bytes});
    }
    const auto t1 = std::chrono::steady_clock::now();
    const fs::path file = out / quant::shard_file_name(shard, plan.shard_count);
    MLXLA_RETURN_IF_ERROR(checkpoint::write_safetensors(file, to_write, {{"format", "mlx"}}));
    generate_seconds += std::chrono::duration<double>(t1 - t0).count();
    write_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  }
  MLXLA_RETURN_IF_ERROR(
      write_text_file(out / "model.safetensors.index.json", quant::make_index_json(plan)));
  const OrderedJson written = quant::make_converted_config(unquantized, nullptr, settings, &plan);
  MLXLA_RETURN_IF_ERROR(
      write_text_file(out / "config.json", quant::dump_json_like_python(written)));
  const fs::path config_dir = config_path.parent_path();
  for (const char* name : {"tokenizer.json", "tokenizer_config.json", "generation_config.json",
                           "special_tokens_map.json", "tokenizer.model"}) {
    if (!fs::is_regular_file(config_dir / name, ec) || fs::equivalent(config_dir, out, ec))
      continue;
    fs::copy_file(config_dir / name, out / name, fs::copy_options::overwrite_existing, ec);
    if (ec) return io_error((out / name).string() + ": cannot copy: " + ec.message());
  }
  const double mb = static_cast<double>(plan.total_bytes) / 1e6;
  std::fprintf(stderr,
               "mlxla synth: %zu tensors, %llu bytes (bits=%d group_size=%d %s) in %s; "
               "generate+quantize %.2f s (%.0f MB/s), write %.2f s\n",
               plan.tensors.size(), static_cast<unsigned long long>(plan.total_bytes),
               settings.bits, settings.group_size,
               std::string(quant::float_dtype_name(dtype)).c_str(), opt.out.c_str(),
               generate_seconds, generate_seconds > 0 ? mb / generate_seconds : 0.0, write_seconds);
  return Status::Ok();
}

}  // namespace

void register_synth(CLI::App& app, CliContext& ctx) {
  auto opt = std::make_shared<SynthOptions>();
  CLI::App* cmd = app.add_subcommand(
      "synth", "Write a random-weight checkpoint shaped like a config's mlx-community checkpoint");
  cmd->add_option("--config", opt->config, "config.json, or a directory holding one")->required();
  cmd->add_option("--out", opt->out, "output directory")->required();
  cmd->add_option("--bits", opt->bits,
                  "0 (float), 2, 3, 4, 5, 6 or 8 (default: the config's quantization)");
  cmd->add_option("--group-size", opt->group_size,
                  "weights per scale/bias (default: the config's, else 64)");
  cmd->add_option("--dtype", opt->dtype,
                  "float16|bfloat16|float32 (default: config torch_dtype, else bfloat16)");
  cmd->add_option("--mode", opt->mode,
                  "affine, mxfp4, nvfp4 or mxfp8 for every module (default: the config's)");
  cmd->add_option("--expert-mode", opt->expert_mode,
                  "affine, mxfp4, nvfp4 or mxfp8 for stacked experts only, as mlx-community "
                  "gpt-oss files keep MXFP4 experts (default: the config's)");
  cmd->add_option("--seed", opt->seed, "random seed")->capture_default_str();
  cmd->callback([opt, &ctx] {
    ctx.run = [opt] {
      const Status st = run_synth(*opt);
      return st.ok() ? 0 : report(st.error());
    };
  });
}

}  // namespace mlxla::cli
