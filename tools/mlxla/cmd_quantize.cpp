// `mlxla quantize`: converts a Hugging Face float checkpoint to MLX's affine or fp formats exactly
// as `mlx_lm.convert --quantize [--q-mode]` does (rules in src/quant/convert_plan.h, codecs in
// quant/affine.h and quant/fp_modes.h).
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "checkpoint/checkpoint.h"
#include "checkpoint/safetensors.h"
#include "checkpoint/text_file.h"
#include "commands.h"
#include "file_io.h"
#include "quant/affine.h"
#include "quant/convert_plan.h"
#include "quant/expert_stacking.h"
#include "quant/fp_modes.h"
#include "quant/half.h"

namespace mlxla::cli {
namespace {

namespace fs = std::filesystem;
using quant::OrderedJson;

struct QuantizeOptions {
  std::string in;
  std::string out;
  int bits = 4;
  int group_size = 64;
  bool bits_given = false;
  bool group_size_given = false;
  std::string mode = "affine";  // or mxfp4, nvfp4, mxfp8 (mlx_lm.convert --q-mode)
  std::string dtype;            // empty: the config's torch_dtype
};

// fp_quantize with the rows split over `threads` std::threads (rows are independent).
Status fp_quantize_parallel(std::span<const std::byte> w, DType dtype,
                            const quant::FpLayout& layout, std::span<std::byte> packed,
                            std::span<std::byte> scales, int threads) {
  const int64_t n = std::max<int64_t>(1, std::min<int64_t>(threads, layout.rows));
  const int64_t per = (layout.rows + n - 1) / n;
  const size_t row_bytes = static_cast<size_t>(layout.cols) * dtype_size(dtype);
  const auto groups = static_cast<size_t>(layout.cols / layout.group_size());
  std::vector<Status> results(static_cast<size_t>(n));
  std::vector<std::thread> workers;
  for (int64_t t = 0; t < n; ++t) {
    const int64_t first = t * per, last = std::min(layout.rows, first + per);
    if (first >= last) continue;
    const auto rows = static_cast<size_t>(last - first), start = static_cast<size_t>(first);
    const quant::FpLayout part{last - first, layout.cols, layout.mode};
    const size_t packed_row = static_cast<size_t>(layout.packed_row_bytes());
    workers.emplace_back([&results, t, part, w, packed, scales, dtype, row_bytes, packed_row,
                          groups, rows, start] {
      results[static_cast<size_t>(t)] =
          quant::fp_quantize(w.subspan(start * row_bytes, rows * row_bytes), dtype, part,
                             std::nullopt, packed.subspan(start * packed_row, rows * packed_row),
                             scales.subspan(start * groups, rows * groups));
    });
  }
  for (auto& worker : workers) worker.join();
  for (const Status& st : results)
    if (!st.ok()) return st;
  return Status::Ok();
}

// A tensor's elements converted to `target` (floats via f32 with RNE; other types copied).
Result<std::vector<std::byte>> cast_tensor(const checkpoint::TensorView& view, DType target) {
  const DType source = view.dtype();
  const auto n = static_cast<size_t>(view.numel());
  if (source == target || !dtype_is_float(source)) {
    return std::vector<std::byte>(view.bytes().begin(), view.bytes().end());
  }
  if (!quant::validate_scale_dtype(target).ok() ||
      !(source == DType::kF32 || source == DType::kF16 || source == DType::kBF16 ||
        source == DType::kF64)) {
    return unsupported("tensor " + view.info->name + ": cannot cast " +
                       std::string(dtype_safetensors_name(source)) + " to " +
                       std::string(dtype_safetensors_name(target)));
  }
  std::vector<std::byte> out(n * dtype_size(target));
  for (size_t i = 0; i < n; ++i) {
    const float v = source == DType::kF64 ? static_cast<float>(view.load<double>(i))
                                          : quant::load_as_f32(view.data, source, i);
    quant::store_from_f32(v, target, out.data(), i);
  }
  return out;
}

std::string shape_text(const std::vector<int64_t>& shape) {
  std::string s = "[";
  for (size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

int threads_to_use() {
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(std::min(hw, 8u));
}

Status run_quantize(const QuantizeOptions& opt) {
  const fs::path in(opt.in), out(opt.out);
  std::error_code ec;
  if (!fs::is_directory(in, ec))
    return not_found(opt.in + ": input model directory does not exist");
  MLXLA_ASSIGN_OR_RETURN(OrderedJson config, read_ordered_json(in / "config.json"));
  if (!config.is_object())
    return format_error((in / "config.json").string() + ": not a JSON object");
  OrderedJson generation;
  const bool has_generation = fs::is_regular_file(in / "generation_config.json", ec);
  if (has_generation) {
    auto g = read_ordered_json(in / "generation_config.json");
    if (g.ok()) generation = std::move(*g);  // mlx_lm ignores an unreadable generation config
  }

  quant::ConvertSettings settings;
  settings.bits = opt.bits;
  settings.group_size = opt.group_size;
  if (opt.mode != "affine") {
    auto mode = quant::parse_fp_mode(opt.mode);
    if (!mode.ok())
      return invalid_argument("--mode " + opt.mode + ": use affine, mxfp4, nvfp4 or mxfp8");
    settings.fp_mode = *mode;
    // mlx_lm's defaults_for_mode: the mode's own bits and group size unless given.
    if (!opt.bits_given) settings.bits = quant::fp_mode_bits(*mode);
    if (!opt.group_size_given) settings.group_size = quant::fp_mode_group_size(*mode);
    if (settings.bits != quant::fp_mode_bits(*mode) ||
        settings.group_size != quant::fp_mode_group_size(*mode))
      return invalid_argument("--mode " + opt.mode + " takes --bits " +
                              std::to_string(quant::fp_mode_bits(*mode)) + " --group-size " +
                              std::to_string(quant::fp_mode_group_size(*mode)) + " only");
  } else {
    if (!quant::is_supported_bits(opt.bits))
      return invalid_argument("--bits " + std::to_string(opt.bits) + ": use 2, 3, 4, 5, 6 or 8");
    if (opt.group_size <= 0 || opt.group_size % 32 != 0)
      return invalid_argument("--group-size " + std::to_string(opt.group_size) +
                              ": must be a positive multiple of 32 (MLX uses 32, 64 or 128)");
  }
  if (!opt.dtype.empty()) {
    settings.dtype = quant::parse_float_dtype(opt.dtype);
    if (!settings.dtype)
      return invalid_argument("--dtype " + opt.dtype + ": use float16, bfloat16 or float32");
  } else if (auto it = config.find("torch_dtype"); it != config.end() && it->is_string()) {
    settings.dtype = quant::parse_float_dtype(it->get<std::string>());
  }

  MLXLA_ASSIGN_OR_RETURN(checkpoint::Checkpoint source, checkpoint::Checkpoint::open(in));
  std::vector<quant::SourceTensor> originals;
  std::vector<checkpoint::TensorRef> refs;
  for (const auto& name : source.tensor_names()) {
    MLXLA_ASSIGN_OR_RETURN(checkpoint::TensorRef ref, source.get(name));
    originals.push_back({name, ref.view.dtype(), ref.info().shape});
    refs.push_back(ref);
  }
  if (originals.empty()) return not_found(opt.in + ": no tensors in the checkpoint");
  // Per-expert Hugging Face tensors become mlx-lm's stacked switch_mlp tensors.
  MLXLA_ASSIGN_OR_RETURN(quant::StackedSources stacked, quant::stack_experts(originals, config));
  const std::vector<quant::SourceTensor>& sources = stacked.tensors;
  // A source's elements cast to `target`: its parts (E experts, in order) concatenated.
  auto source_bytes = [&](size_t index, DType target) -> Result<std::vector<std::byte>> {
    const std::vector<size_t>& parts = stacked.parts[index];
    if (parts.size() == 1 && stacked.parity[index] >= 0) {
      // Every other row along row_axis (gpt_oss's interleaved gate_up_proj), after the cast.
      const checkpoint::TensorView& view = refs[parts[0]].view;
      MLXLA_ASSIGN_OR_RETURN(std::vector<std::byte> all, cast_tensor(view, target));
      const std::vector<int64_t>& shape = view.info->shape;
      const auto axis = static_cast<size_t>(stacked.row_axis[index]);
      int64_t outer = 1, rows = shape[axis];
      for (size_t d = 0; d < axis; ++d) outer *= shape[d];
      const size_t row_bytes = all.size() / static_cast<size_t>(outer * rows);
      std::vector<std::byte> out;
      out.reserve(all.size() / 2);
      for (int64_t o = 0; o < outer; ++o) {
        for (int64_t r = stacked.parity[index]; r < rows; r += 2) {
          const auto* row = all.data() + static_cast<size_t>(o * rows + r) * row_bytes;
          out.insert(out.end(), row, row + row_bytes);
        }
      }
      return out;
    }
    if (parts.size() == 1) return cast_tensor(refs[parts[0]].view, target);
    std::vector<std::byte> out;
    for (size_t part : parts) {
      MLXLA_ASSIGN_OR_RETURN(std::vector<std::byte> bytes, cast_tensor(refs[part].view, target));
      out.insert(out.end(), bytes.begin(), bytes.end());
    }
    return out;
  };
  settings.overrides = quant::model_quant_overrides(sources, config, settings);
  MLXLA_ASSIGN_OR_RETURN(quant::ConvertPlan plan,
                         quant::plan_conversion(sources, config, settings));

  fs::create_directories(out, ec);
  if (ec) return io_error(opt.out + ": cannot create directory: " + ec.message());
  const bool verbose = plan.total_bytes > (100ull << 20);
  const int threads = threads_to_use();
  size_t done = 0;
  for (int shard = 0; shard < plan.shard_count; ++shard) {
    std::vector<std::vector<std::byte>> buffers;
    std::vector<checkpoint::TensorToWrite> to_write;
    std::map<size_t, quant::QuantizedMatrix> quantized;  // by source index, this shard only
    for (const auto& t : plan.tensors) {
      if (t.shard != shard) continue;
      const quant::SourceTensor& src = sources[t.source_index];
      // [..., rows, cols]: stacked experts quantize as E * rows rows.
      const int64_t cols = src.shape.back();
      int64_t rows = 1;
      for (size_t d = 0; d + 1 < src.shape.size(); ++d) rows *= src.shape[d];
      if (verbose) {
        std::fprintf(stderr, "[%zu/%zu] %s %s %s\n", ++done, plan.tensors.size(), t.name.c_str(),
                     std::string(dtype_safetensors_name(t.dtype)).c_str(),
                     shape_text(t.shape).c_str());
      }
      if (t.kind == quant::OutputKind::kCast) {
        auto cast = source_bytes(t.source_index, t.dtype);
        if (!cast.ok()) return cast.error();
        buffers.push_back(std::move(*cast));
      } else {
        auto it = quantized.find(t.source_index);
        if (it == quantized.end() && t.fp_mode) {
          // fp modes quantize in the weights' (target) dtype, like MLX; scales are U8.
          const DType w_dtype = settings.dtype ? *settings.dtype : src.dtype;
          auto weights = source_bytes(t.source_index, w_dtype);
          if (!weights.ok()) return weights.error();
          const quant::FpLayout layout{rows, cols, *t.fp_mode};
          quant::QuantizedMatrix q;
          q.packed.resize(static_cast<size_t>(layout.packed_bytes()));
          q.scales.resize(static_cast<size_t>(layout.scale_count()));
          const Status st =
              fp_quantize_parallel(*weights, w_dtype, layout, q.packed, q.scales, threads);
          if (!st.ok()) return st.error().with_context("tensor " + src.name);
          it = quantized.emplace(t.source_index, std::move(q)).first;
        }
        if (it == quantized.end()) {
          // mlx_lm casts to the target dtype first, then quantizes in that dtype.
          const DType scale_dtype = t.kind == quant::OutputKind::kPacked
                                        ? (settings.dtype ? *settings.dtype : src.dtype)
                                        : t.dtype;
          auto cast = source_bytes(t.source_index, scale_dtype);
          if (!cast.ok()) return cast.error();
          const quant::AffineLayout layout{rows, cols, t.bits, t.group_size};
          quant::QuantizedMatrix q;
          q.layout = layout;
          q.scale_dtype = scale_dtype;
          q.packed.resize(static_cast<size_t>(layout.packed_bytes()));
          q.scales.resize(static_cast<size_t>(layout.group_count()) * dtype_size(scale_dtype));
          q.biases.resize(q.scales.size());
          const Status st = quant::quantize_parallel(*cast, scale_dtype, layout, scale_dtype,
                                                     q.packed, q.scales, q.biases, threads);
          if (!st.ok()) return st.error().with_context("tensor " + src.name);
          it = quantized.emplace(t.source_index, std::move(q)).first;
        }
        const quant::QuantizedMatrix& q = it->second;
        const auto& bytes = t.kind == quant::OutputKind::kPacked   ? q.packed
                            : t.kind == quant::OutputKind::kScales ? q.scales
                                                                   : q.biases;
        buffers.push_back(bytes);
      }
      to_write.push_back({t.name, t.dtype, t.shape, {}});
    }
    for (size_t i = 0; i < to_write.size(); ++i) to_write[i].bytes = buffers[i];
    const fs::path file = out / quant::shard_file_name(shard, plan.shard_count);
    MLXLA_RETURN_IF_ERROR(checkpoint::write_safetensors(file, to_write, {{"format", "mlx"}}));
  }

  MLXLA_RETURN_IF_ERROR(
      write_text_file(out / "model.safetensors.index.json", quant::make_index_json(plan)));
  const OrderedJson converted =
      quant::make_converted_config(config, has_generation ? &generation : nullptr, settings, &plan);
  MLXLA_RETURN_IF_ERROR(
      write_text_file(out / "config.json", quant::dump_json_like_python(converted)));
  for (const char* name : {"tokenizer.json", "tokenizer_config.json", "generation_config.json",
                           "special_tokens_map.json", "tokenizer.model"}) {
    if (!fs::is_regular_file(in / name, ec)) continue;
    fs::copy_file(in / name, out / name, fs::copy_options::overwrite_existing, ec);
    if (ec) return io_error((out / name).string() + ": cannot copy: " + ec.message());
  }
  std::fprintf(stderr, "mlxla quantize: wrote %zu tensors (%llu bytes, %d shard%s) to %s\n",
               plan.tensors.size(), static_cast<unsigned long long>(plan.total_bytes),
               plan.shard_count, plan.shard_count == 1 ? "" : "s", opt.out.c_str());
  return Status::Ok();
}

}  // namespace

void register_quantize(CLI::App& app, CliContext& ctx) {
  auto opt = std::make_shared<QuantizeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "quantize",
      "Convert a Hugging Face float checkpoint to MLX affine format (as mlx_lm.convert -q)");
  cmd->add_option("--in", opt->in, "Hugging Face model directory (config.json, *.safetensors)")
      ->required();
  cmd->add_option("--out", opt->out, "output directory")->required();
  CLI::Option* bits =
      cmd->add_option("--bits", opt->bits, "bits per weight: 2, 3, 4, 5, 6 or 8 (affine)")
          ->capture_default_str();
  CLI::Option* group =
      cmd->add_option("--group-size", opt->group_size, "weights per scale/bias: 32, 64, 128, ...")
          ->capture_default_str();
  cmd->add_option(
         "--mode", opt->mode,
         "affine, or an MLX fp mode: mxfp4 (4-bit g32), nvfp4 (4-bit g16), mxfp8 (8-bit g32)")
      ->capture_default_str();
  cmd->add_option("--dtype", opt->dtype,
                  "cast floats to float16|bfloat16|float32 first (default: config torch_dtype)");
  cmd->callback([opt, bits, group, &ctx] {
    opt->bits_given = bits->count() > 0;
    opt->group_size_given = group->count() > 0;
    ctx.run = [opt] {
      const Status st = run_quantize(*opt);
      return st.ok() ? 0 : report(st.error());
    };
  });
}

}  // namespace mlxla::cli
