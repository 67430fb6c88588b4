// `mlxla bench` on small synthetic checkpoints the test writes (through `mlxla synth`): the JSON
// keys and their mutual consistency (memory sums, weight bytes per token derived from the
// config, the roofline arithmetic), the text form and argument errors. Nothing is timed.
// ctest-labels: e2e
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// hidden 64, 2 layers, 4 heads of 16, 2 kv heads, vocab 256; 4-bit codes, group 32, bf16
// scales and biases.
std::string config_text(bool tied) {
  return std::string(R"({"model_type": "llama", "hidden_size": 64, "intermediate_size": 128,
  "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 256,
  "torch_dtype": "bfloat16", "quantization": {"group_size": 32, "bits": 4},
  "tie_word_embeddings": )") +
         (tied ? "true" : "false") + "}";
}

class BenchCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::ScratchDir("bench_cli");
    for (bool tied : {true, false}) {
      const fs::path cfg = *dir_ / (tied ? "cfg_tied" : "cfg_untied");
      fs::create_directories(cfg);
      testing::write_file(cfg / "config.json", config_text(tied));
      const auto run =
          testing::run_cli({"synth", "--config", cfg.string(), "--out", model(tied).string()});
      ASSERT_EQ(run.exit_code, 0) << run.err;
    }
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static fs::path model(bool tied) { return *dir_ / (tied ? "tied" : "untied"); }

  static json bench_json(bool tied, const std::vector<std::string>& extra = {}) {
    return bench_json_at(model(tied), extra);
  }
  static json bench_json_at(const fs::path& dir, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {
        "bench",   "-m", dir.string(),           "--json", "--threads",       "2",
        "--chunk", "4",  "--prefill-lengths",    "4,9",    "--decode-tokens", "3",
        "--runs",  "2",  "--first-token-prompt", "2",      "--bandwidth-mb",  "8"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto run = testing::run_cli(args);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return json::parse(run.out, nullptr, /*allow_exceptions=*/false);
  }

  static testing::ScratchDir* dir_;
};

testing::ScratchDir* BenchCli::dir_ = nullptr;

TEST_F(BenchCli, JsonHasEveryFigureAndTheyAgree) {
  const json j = bench_json(true);
  ASSERT_TRUE(j.is_object()) << j.dump();
  for (const char* key : {"load_s", "open_to_first_token_s", "decode_tok_s", "resident_bytes",
                          "weight_bytes_per_token", "read_bandwidth_gbs", "roofline_fraction",
                          "peak_rss_bytes", "weight_bytes", "kv_cache_bytes", "arena_bytes"}) {
    ASSERT_TRUE(j.contains(key) && j[key].is_number()) << key;
    EXPECT_GE(j[key].get<double>(), 0.0) << key;
  }
  ASSERT_TRUE(j["prefill_tok_s"].is_object());
  EXPECT_EQ(j["prefill_tok_s"].size(), 2u);
  EXPECT_GT(j["prefill_tok_s"]["4"].get<double>(), 0.0);
  EXPECT_GT(j["prefill_tok_s"]["9"].get<double>(), 0.0);
  EXPECT_EQ(j["decode_runs_tok_s"].size(), 2u);
  EXPECT_GT(j["decode_tok_s"].get<double>(), 0.0);
  EXPECT_EQ(j["residency"], "packed");
  EXPECT_EQ(j["threads"], 2);

  // Memory: the parts sum; the caches are 2 x [layers, 1, capacity, kv heads, head dim] f16 (the
  // default KV dtype) with the default capacity = longest prompt (9) + one chunk (4).
  EXPECT_EQ(j["capacity"], 13);
  EXPECT_EQ(j["kv_dtype"], "f16");
  EXPECT_EQ(j["kv_cache_bytes"].get<int64_t>(), 2 * 2 * 13 * 2 * 16 * 2);
  EXPECT_EQ(j["resident_bytes"].get<int64_t>(), j["weight_bytes"].get<int64_t>() +
                                                    j["kv_cache_bytes"].get<int64_t>() +
                                                    j["arena_bytes"].get<int64_t>());
  EXPECT_GT(j["arena_bytes"].get<int64_t>(), 0);
  EXPECT_GT(j["peak_rss_bytes"].get<int64_t>(), 0);
  EXPECT_DOUBLE_EQ(j["peak_rss_ratio"].get<double>(),
                   j["peak_rss_bytes"].get<double>() /
                       (j["checkpoint_bytes"].get<double>() + j["kv_cache_bytes"].get<double>()));
  // Packed residency binds the checkpoint's bytes as they are, except the five bf16 norm
  // vectors (2 per layer + the final one, 64 each), which are widened to f32.
  EXPECT_EQ(j["weight_bytes"].get<int64_t>() - j["checkpoint_bytes"].get<int64_t>(), 5 * 64 * 2);
  // Tied embedding: the lm_head reads the whole table, so every weight byte is read per token.
  EXPECT_EQ(j["weight_bytes_per_token"].get<int64_t>(), j["weight_bytes"].get<int64_t>());

  // The roofline arithmetic.
  const double bw = j["read_bandwidth_gbs"].get<double>();
  ASSERT_GT(bw, 0.0);
  const double roofline = bw * 1e9 / j["weight_bytes_per_token"].get<double>();
  EXPECT_NEAR(j["roofline_tok_s"].get<double>(), roofline, 1e-9 * roofline);
  const double fraction = j["decode_tok_s"].get<double>() / roofline;
  EXPECT_NEAR(j["roofline_fraction"].get<double>(), fraction, 1e-9 * fraction);
}

// Peak RSS within issue 13's target, 1.15x checkpoint + KV cache, on a 123 MB checkpoint (4-bit,
// group 32, bf16 scales and biases: those are 20% of its bytes), beyond what the process holds
// without weights to speak of (the 57 KB model's peak: binary, libraries, threads, ~15 MB). The
// peak is read before bench's own checkpoint pass, whose finite checks fault the mapped scales and
// biases in again: read after it, the same figure was 1.29x (measured; 1.07x before it).
TEST_F(BenchCli, PeakRssIsWithinTheTargetOfCheckpointPlusKvCache) {
  if (testing::kSanitized) GTEST_SKIP() << "ASan's shadow and quarantine memory count in RSS";
  const json tiny = bench_json(true);
  ASSERT_TRUE(tiny.is_object());
  const fs::path cfg = *dir_ / "cfg_rss";
  fs::create_directories(cfg);
  testing::write_file(cfg / "config.json",
                      R"({"model_type": "llama", "hidden_size": 1024, "intermediate_size": 2816,
  "num_hidden_layers": 16, "num_attention_heads": 16, "num_key_value_heads": 8,
  "vocab_size": 8192, "torch_dtype": "bfloat16", "quantization": {"group_size": 32, "bits": 4},
  "tie_word_embeddings": true})");
  const fs::path big = *dir_ / "rss";
  const auto run = testing::run_cli({"synth", "--config", cfg.string(), "--out", big.string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json j = bench_json_at(big);
  fs::remove_all(big);
  ASSERT_TRUE(j.is_object());
  const double base = j["checkpoint_bytes"].get<double>() + j["kv_cache_bytes"].get<double>();
  ASSERT_GT(j["checkpoint_bytes"].get<double>(), 100e6);
  const double process = tiny["peak_rss_bytes"].get<double>();
  ASSERT_GT(process, 0.0);
  const double ratio = (j["peak_rss_bytes"].get<double>() - process) / base;
  std::printf("peak RSS %.1f MB, %.1f MB without weights: %.3fx checkpoint + KV cache\n",
              j["peak_rss_bytes"].get<double>() / 1e6, process / 1e6, ratio);
  EXPECT_LE(ratio, 1.15);
}

TEST_F(BenchCli, UntiedEmbeddingCountsOneRowPerToken) {
  const json j = bench_json(false, {"--residency", "packed"});
  ASSERT_TRUE(j.is_object());
  // 255 of the 256 embedding rows are not read: a row is 64 4-bit codes (32 bytes) plus two
  // groups of bf16 scale and bias (8 bytes).
  EXPECT_EQ(j["weight_bytes"].get<int64_t>() - j["weight_bytes_per_token"].get<int64_t>(),
            255 * (32 + 8));

  // Dense residency: f32 rows (64 x 4 bytes) and every weight stored f32.
  const json d = bench_json(false, {"--residency", "dense"});
  ASSERT_TRUE(d.is_object());
  EXPECT_EQ(d["residency"], "dense");
  EXPECT_EQ(d["weight_bytes"].get<int64_t>() - d["weight_bytes_per_token"].get<int64_t>(),
            255 * 64 * 4);
  EXPECT_GT(d["weight_bytes"].get<int64_t>(), j["weight_bytes"].get<int64_t>());
}

TEST_F(BenchCli, TextFormNamesEachFigure) {
  const auto run =
      testing::run_cli({"bench", "-m", model(true).string(), "--chunk", "4", "--prefill-lengths",
                        "4", "--decode-tokens", "2", "--runs", "1", "--bandwidth-mb", "8"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const char* word : {"load", "first token", "prefill 4", "decode", "resident", "peak RSS",
                           "bytes/token", "bandwidth", "roofline"}) {
    EXPECT_NE(run.out.find(word), std::string::npos) << word << "\n" << run.out;
  }
}

// --isa and --weight-layout reach the backend and the report names what was applied: scalar has
// no interleaved kernels (in place), every SIMD ISA (avx2, avx512, amx) interleaves unless told
// not to. The figures that do not depend on speed are equal across layouts.
TEST_F(BenchCli, IsaAndWeightLayoutAreAppliedAndReported) {
  const json scalar = bench_json(true, {"--isa", "scalar"});
  EXPECT_EQ(scalar.value("isa", ""), "scalar");
  EXPECT_EQ(scalar.value("weight_layout", ""), "inplace");
  EXPECT_EQ(scalar.value("interleaved_bytes", int64_t{-1}), 0);
  const json in_place = bench_json(true, {"--weight-layout", "inplace"});
  EXPECT_EQ(in_place.value("weight_layout", ""), "inplace");
  const json best = bench_json(true);
  EXPECT_EQ(best.value("prefill_chunk", int64_t{0}), 4);
  if (best.value("isa", "") != "scalar") {
    // The default policy (fast) gets its 16-row layout; exact the 4-row one.
    EXPECT_EQ(best.value("weight_layout", ""), "interleaved");
    EXPECT_EQ(best.value("interleave_rows", 0), 16);
    EXPECT_GT(best.value("interleaved_bytes", int64_t{0}), 0);
    const json exact = bench_json(true, {"--policy", "exact"});
    EXPECT_EQ(exact.value("weight_layout", ""), "interleaved");
    EXPECT_EQ(exact.value("interleave_rows", 0), 4);
    const json exact8 = bench_json(true, {"--policy", "exact", "--interleave-rows", "8"});
    EXPECT_EQ(exact8.value("interleave_rows", 0), 8);
    // AVX2 (Zen 2/3, most client CPUs; an AVX-512 CPU has it too): the same layouts.
    const json avx2 = bench_json(true, {"--isa", "avx2"});
    EXPECT_EQ(avx2.value("weight_layout", ""), "interleaved");
    EXPECT_EQ(avx2.value("interleave_rows", 0), 16);
  } else {
    EXPECT_EQ(best.value("weight_layout", ""), "inplace");
  }
  EXPECT_EQ(best.value("weight_bytes", int64_t{0}), in_place.value("weight_bytes", int64_t{1}));
}

// serve-bench: one result per level, every request generates exactly --gen-tokens, and the
// report names the kernel table that ran (auto resolved, as bench does), not the flag.
TEST_F(BenchCli, ServeBenchReportsEveryLevelAndTheIsaThatRan) {
  const auto run = testing::run_cli({"serve-bench", "-m", model(true).string(), "--threads", "2",
                                     "--ctx-size", "32", "--chunk", "4", "--prompt-tokens", "4",
                                     "--gen-tokens", "3", "--concurrency", "1,3"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json j = json::parse(run.out, nullptr, /*allow_exceptions=*/false);
  ASSERT_TRUE(j.is_object()) << run.out;
  const json best = bench_json(true);
  EXPECT_EQ(j.value("isa", ""), best.value("isa", "?"));
  ASSERT_EQ(j["results"].size(), 2u);
  EXPECT_EQ(j["results"][0]["generated_tokens"], 3);
  EXPECT_EQ(j["results"][1]["generated_tokens"], 9);
  EXPECT_EQ(j["results"][1]["concurrency"], 3);
  const auto scalar = testing::run_cli(
      {"serve-bench", "-m", model(true).string(), "--ctx-size", "32", "--chunk", "4",
       "--prompt-tokens", "4", "--gen-tokens", "2", "--concurrency", "2", "--isa", "scalar"});
  ASSERT_EQ(scalar.exit_code, 0) << scalar.err;
  EXPECT_EQ(json::parse(scalar.out, nullptr, false).value("isa", ""), "scalar");
  EXPECT_EQ(
      testing::run_cli({"serve-bench", "-m", model(true).string(), "--concurrency", "0"}).exit_code,
      2);
}

// Under fast only 4/8-bit weights get the 16-row layout: a 3-bit model runs in place, and the
// report says so (exact interleaves every width).
TEST_F(BenchCli, ReportsInPlaceWhenNoWeightWasCopied) {
  const fs::path dir = *dir_ / "three_bit";
  const auto run = testing::run_cli(
      {"synth", "--config", (*dir_ / "cfg_tied").string(), "--out", dir.string(), "--bits", "3"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json fast = bench_json_at(dir, {"--policy", "fast"});
  EXPECT_EQ(fast.value("weight_layout", ""), "inplace");
  EXPECT_EQ(fast.value("interleave_rows", -1), 0);
  EXPECT_EQ(fast.value("interleaved_bytes", int64_t{-1}), 0);
  const json exact = bench_json_at(dir, {"--policy", "exact"});
  if (exact.value("isa", "") != "scalar") {
    EXPECT_EQ(exact.value("weight_layout", ""), "interleaved");
    EXPECT_EQ(exact.value("interleave_rows", 0), 4);
    EXPECT_GT(exact.value("interleaved_bytes", int64_t{0}), 0);
  }
}

// Without tuning flags bench measures what users get: chunk 64 and the fast policy (compared
// against exact over the decode steps).
TEST_F(BenchCli, DefaultsAreChunk64AndTheFastPolicy) {
  const auto run =
      testing::run_cli({"bench", "-m", model(true).string(), "--json", "--prefill-lengths", "4",
                        "--decode-tokens", "1", "--runs", "1", "--bandwidth-mb", "0"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json j = json::parse(run.out, nullptr, /*allow_exceptions=*/false);
  EXPECT_EQ(j.value("prefill_chunk", int64_t{0}), 64);
  EXPECT_EQ(j.value("policy", ""), "fast");
  EXPECT_TRUE(j.contains("fast_vs_exact")) << run.out;
}

// Decode timed at two context positions (filled synthetically, alternating run by run) on a
// gemma3_text whose local layers keep rotating caches of their 8-position window: the figures
// per position, and the KV bytes of both cache layouts.
TEST_F(BenchCli, DecodePositionsAndWindowCaches) {
  const fs::path cfg = *dir_ / "cfg_window";
  fs::create_directories(cfg);
  testing::write_file(cfg / "config.json", R"({"model_type": "gemma3_text", "hidden_size": 64,
  "intermediate_size": 128, "num_hidden_layers": 3, "num_attention_heads": 4, "num_key_value_heads": 2,
  "head_dim": 16, "vocab_size": 256, "sliding_window": 8, "sliding_window_pattern": 3,
  "torch_dtype": "bfloat16", "quantization": {"group_size": 32, "bits": 4}})");
  const fs::path model_dir = *dir_ / "window";
  ASSERT_EQ(
      testing::run_cli({"synth", "--config", cfg.string(), "--out", model_dir.string()}).exit_code,
      0);
  json by_layout[2];
  for (int full = 0; full < 2; ++full) {
    const auto run = testing::run_cli({"bench",
                                       "-m",
                                       model_dir.string(),
                                       "--json",
                                       "--chunk",
                                       "4",
                                       "--prefill-lengths",
                                       "4",
                                       "--decode-tokens",
                                       "2",
                                       "--runs",
                                       "2",
                                       "--bandwidth-mb",
                                       "0",
                                       "--decode-position",
                                       "6,40",
                                       "--decode-fill",
                                       "synthetic",
                                       "--window-cache",
                                       full ? "full" : "rotating"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const json j = json::parse(run.out, nullptr, false);
    ASSERT_TRUE(j.is_object()) << run.out;
    EXPECT_EQ(j["decode_fill"], "synthetic");
    EXPECT_EQ(j["window_cache"], full ? "full" : "rotating");
    EXPECT_EQ(j["capacity"], 40 + 1 + 2 + 4);  // last position + 1 + decode tokens + one chunk
    for (const char* position : {"6", "40"}) {
      ASSERT_TRUE(j["decode_by_position"].contains(position)) << j.dump();
      EXPECT_EQ(j["decode_by_position"][position]["runs_tok_s"].size(), 2u);
      EXPECT_GT(j["decode_by_position"][position]["decode_tok_s"].get<double>(), 0.0);
    }
    EXPECT_EQ(j["decode_tok_s"], j["decode_by_position"]["6"]["decode_tok_s"]);
    by_layout[full] = j;
  }
  // f16 rows of 2 kv heads x 16: the global layer keeps 47 positions, the two local ones 8
  // (rotating) or 47 (full).
  const int64_t row = 2 * 16 * 2;
  EXPECT_EQ(by_layout[0]["kv_cache_bytes"].get<int64_t>(), 2 * row * (47 + 2 * 8));
  EXPECT_EQ(by_layout[1]["kv_cache_bytes"].get<int64_t>(), 2 * row * 3 * 47);
  const std::string m = model_dir.string();
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--decode-fill", "guess"}).exit_code, 2);
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--window-cache", "square"}).exit_code, 2);
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--decode-position", "-3"}).exit_code, 2);
}

// --backend: any registered backend (the CPU-only fields then read "none" / 0 and the host's
// bandwidth is not measured); vulkan when this machine has a device; a bad --device lists them.
TEST_F(BenchCli, OtherBackendsFromTheRegistry) {
  for (const std::string backend : {"reference", "vulkan"}) {
    SCOPED_TRACE(backend);
    std::vector<std::string> args = {
        "bench",   "-m", model(true).string(),   "--json", "--backend",       backend,
        "--chunk", "4",  "--prefill-lengths",    "4",      "--decode-tokens", "2",
        "--runs",  "1",  "--first-token-prompt", "2",      "--bandwidth-mb",  "8"};
    const auto run = testing::run_cli(args);
    if (backend == "vulkan" && run.exit_code != 0 &&
        (run.err.find("unknown backend") != std::string::npos ||
         run.err.find("unsupported") != std::string::npos)) {
      continue;  // not built, or no Vulkan device here
    }
    ASSERT_EQ(run.exit_code, 0) << run.err;
    const json j = json::parse(run.out, nullptr, /*allow_exceptions=*/false);
    ASSERT_TRUE(j.is_object()) << run.out;
    EXPECT_EQ(j["backend"], backend);
    // The default policy is fast where the backend has it; the reference backend runs exact.
    EXPECT_EQ(j["policy"], backend == "reference" ? "exact" : "fast");
    EXPECT_EQ(j["isa"], "none");
    EXPECT_GT(j["decode_tok_s"].get<double>(), 0.0);
    EXPECT_EQ(j["read_bandwidth_gbs"].get<double>(), 0.0);
    EXPECT_EQ(j["arena_bytes"].get<int64_t>(), 0);
    if (backend == "vulkan") {
      // --policy fast on the device: the report compares the two policies there.
      std::vector<std::string> fast_args = args;
      fast_args.insert(fast_args.end(), {"--policy", "fast"});
      const auto fast = testing::run_cli(fast_args);
      ASSERT_EQ(fast.exit_code, 0) << fast.err;
      const json f = json::parse(fast.out, nullptr, /*allow_exceptions=*/false);
      ASSERT_TRUE(f.is_object()) << fast.out;
      EXPECT_EQ(f["policy"], "fast");
      ASSERT_TRUE(f.contains("fast_vs_exact")) << fast.out;
      EXPECT_EQ(f["fast_vs_exact"]["steps"].get<int64_t>(), 2);
      EXPECT_GT(f["fast_vs_exact"]["fast_decode_tok_s"].get<double>(), 0.0);
      args.insert(args.end(), {"--device", "99"});
      const auto bad = testing::run_cli(args);
      EXPECT_EQ(bad.exit_code, 2);
      EXPECT_NE(bad.err.find("device 99 does not exist"), std::string::npos) << bad.err;
      EXPECT_NE(bad.err.find("0: "), std::string::npos) << bad.err;  // the list
    }
  }
  const std::string m = model(true).string();
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--backend", "abacus"}).exit_code, 2);
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--device", "-1"}).exit_code, 2);
}

// Every flag is in --help with its meaning, the sizing flags included (they were hidden).
TEST_F(BenchCli, HelpShowsEveryFlag) {
  const auto run = testing::run_cli({"bench", "--help"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  for (const char* flag : {"--model",
                           "--backend",
                           "--residency",
                           "--precision",
                           "--kv-dtype",
                           "--threads",
                           "--policy",
                           "--capacity",
                           "--chunk",
                           "--isa",
                           "--weight-layout",
                           "--decode-position",
                           "--decode-fill",
                           "--window-cache",
                           "--json",
                           "--prefill-lengths",
                           "--decode-tokens",
                           "--runs",
                           "--first-token-prompt",
                           "--bandwidth-mb"}) {
    EXPECT_NE(run.out.find(flag), std::string::npos) << flag << "\n" << run.out;
  }
  EXPECT_NE(run.out.find("--prefill-lengths INT=[64,512]"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("--bandwidth-mb INT=1024"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("--policy TEXT=fast"), std::string::npos) << run.out;
}

TEST_F(BenchCli, BadArgumentsAreErrors) {
  const std::string m = model(true).string();
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--residency", "sparse"}).exit_code, 2);
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--policy", "reckless"}).exit_code, 2);
  // Only an explicit --policy fast is refused by a backend without it.
  EXPECT_EQ(
      testing::run_cli({"bench", "-m", m, "--backend", "reference", "--policy", "fast"}).exit_code,
      2);
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--runs", "0"}).exit_code, 2);
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--isa", "neon9"}).exit_code, 2);
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--weight-layout", "scrambled"}).exit_code, 2);
  EXPECT_EQ(testing::run_cli({"bench", "-m", m, "--interleave-rows", "5"}).exit_code, 2);
  // R = 4/8 is the exact policy's layout: asking for it under fast is refused, not ignored.
  const auto fast_rows = testing::run_cli({"bench", "-m", m, "--interleave-rows", "8"});
  EXPECT_EQ(fast_rows.exit_code, 2);
  EXPECT_NE(fast_rows.err.find("--interleave-rows"), std::string::npos) << fast_rows.err;
  const auto missing =
      testing::run_cli({"bench", "-m", (*dir_ / "absent").string(), "--bandwidth-mb", "0"});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("absent"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace mlxla
