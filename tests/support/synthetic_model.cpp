// Random-weight checkpoints for tests, written by the CLI's `synth`, and a tiny tokenizer.
#include "support/synthetic_model.h"

#include <cstdio>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "support/test_support.h"

namespace mlxla::testing {

using nlohmann::json;

json sentencepiece_bpe_json(const std::vector<std::string>& pieces,
                            const std::vector<std::pair<std::string, std::string>>& merge_pairs) {
  json vocab = {{"<unk>", 0}, {"<s>", 1}, {"</s>", 2}};
  for (int b = 0; b < 256; ++b) {
    char name[8];
    std::snprintf(name, sizeof(name), "<0x%02X>", b);
    vocab[name] = 3 + b;
  }
  for (size_t i = 0; i < pieces.size(); ++i) vocab[pieces[i]] = 259 + static_cast<int>(i);
  json merges = json::array();
  for (const auto& [left, right] : merge_pairs) merges.push_back(json::array({left, right}));
  auto special = [](int id, const char* content) {
    return json{{"id", id},        {"content", content},  {"single_word", false}, {"lstrip", false},
                {"rstrip", false}, {"normalized", false}, {"special", true}};
  };
  return {{"version", "1.0"},
          {"added_tokens", {special(0, "<unk>"), special(1, "<s>"), special(2, "</s>")}},
          {"normalizer",
           {{"type", "Sequence"},
            {"normalizers",
             {{{"type", "Prepend"}, {"prepend", "\u2581"}},
              {{"type", "Replace"}, {"pattern", {{"String", " "}}}, {"content", "\u2581"}}}}}},
          {"pre_tokenizer", nullptr},
          {"post_processor",
           {{"type", "TemplateProcessing"},
            {"single",
             {{{"SpecialToken", {{"id", "<s>"}, {"type_id", 0}}}},
              {{"Sequence", {{"id", "A"}, {"type_id", 0}}}}}},
            {"special_tokens", {{"<s>", {{"id", "<s>"}, {"ids", {1}}, {"tokens", {"<s>"}}}}}}}},
          {"decoder",
           {{"type", "Sequence"},
            {"decoders",
             {{{"type", "Replace"}, {"pattern", {{"String", "\u2581"}}}, {"content", " "}},
              {{"type", "ByteFallback"}},
              {{"type", "Fuse"}},
              {{"type", "Strip"}, {"content", " "}, {"start", 1}, {"stop", 0}}}}}},
          {"model",
           {{"type", "BPE"},
            {"unk_token", "<unk>"},
            {"fuse_unk", true},
            {"byte_fallback", true},
            {"vocab", vocab},
            {"merges", merges}}}};
}

json tiny_tokenizer_json() {
  return sentencepiece_bpe_json({"\u2581", "a", "b", "c", "\u2581a", "ab", "\u2581ab", "\u2581abc"},
                                {{"\u2581", "a"}, {"a", "b"}, {"\u2581a", "b"}, {"\u2581ab", "c"}});
}

bool write_synthetic_model(const std::filesystem::path& dir, const SyntheticModel& model) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    ADD_FAILURE() << dir << ": " << ec.message();
    return false;
  }
  write_file(dir / "config.json", model.config_json);
  std::vector<std::string> args = {
      "synth",      "--config", (dir / "config.json").string(), "--out",
      dir.string(), "--seed",   std::to_string(model.seed)};
  if (model.bits >= 0) args.insert(args.end(), {"--bits", std::to_string(model.bits)});
  if (model.group_size > 0)
    args.insert(args.end(), {"--group-size", std::to_string(model.group_size)});
  if (!model.dtype.empty()) args.insert(args.end(), {"--dtype", model.dtype});
  const CommandResult r = run_cli(args);
  if (r.exit_code != 0) {
    ADD_FAILURE() << "mlxla synth into " << dir << " failed (" << r.exit_code << "): " << r.err;
    return false;
  }
  if (model.tokenizer) {
    write_file(dir / "tokenizer.json", tiny_tokenizer_json().dump());
    write_file(dir / "tokenizer_config.json", R"({"bos_token": "<s>", "eos_token": "</s>"})");
  }
  return true;
}

}  // namespace mlxla::testing
