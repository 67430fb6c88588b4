// The demo model's held-out items (tools/demo-model/quality_subset.jsonl: one JSON object per
// line), read by the tests that score models/demo-q4 (quality_test, policy_quality_test).
#pragma once

#include <cstdint>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mlxla::testing {

struct QualityItem {
  std::string task;
  std::string prompt;
  std::vector<int32_t> prompt_ids;
  std::vector<int32_t> answer_ids;  // the answer's tokens, then EOS
  bool f32_correct = false;         // the f32 checkpoint's committed result
};

/// Every item of the file; a line that is not JSON fails the test and is skipped.
inline std::vector<QualityItem> read_quality_subset(const std::filesystem::path& path) {
  std::vector<QualityItem> items;
  std::istringstream lines(read_file(path));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
      ADD_FAILURE() << path << ": a line is not JSON: " << line;
      continue;
    }
    QualityItem item;
    item.task = j.value("task", "");
    item.prompt = j.value("prompt", "");
    item.prompt_ids = j.value("prompt_ids", std::vector<int32_t>{});
    item.answer_ids = j.value("answer_ids", std::vector<int32_t>{});
    item.f32_correct = j.value("f32_correct", false);
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace mlxla::testing
