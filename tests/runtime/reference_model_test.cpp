// The reference runtime on the real stories260K model (../shared): greedy decoding from BOS
// reproduces llama2.c's known-good 200 ids exactly.
// ctest-labels: golden
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "runtime/model_runner.h"
#include "support/test_support.h"

namespace mlxla::runtime {
namespace {

std::vector<int32_t> read_ids(const std::filesystem::path& path) {
  std::vector<int32_t> ids;
  std::stringstream in(mlxla::testing::read_file(path));
  std::string item;
  while (std::getline(in, item, ',')) {
    if (item.find_first_not_of(" \r\n\t") != std::string::npos) ids.push_back(std::stoi(item));
  }
  return ids;
}

TEST(ReferenceModel, GreedyFromBosMatchesLlama2c) {
  MLXLA_REQUIRE_SHARED("models/stories260K/expected_greedy_200.ids");
  const auto dir = mlxla::testing::shared_dir() / "models/stories260K";
  const std::vector<int32_t> expected = read_ids(dir / "expected_greedy_200.ids");
  ASSERT_EQ(expected.size(), 200u);
  RunnerOptions options;
  options.residency = model::Residency::kDense;
  options.precision = model::Precision::kF32;
  options.capacity = 256;
  auto backend = make_backend("reference");
  ASSERT_TRUE(backend.ok());
  auto runner = ModelRunner::open(dir, std::move(*backend), options);
  ASSERT_TRUE(runner.ok()) << runner.error().message();
  int32_t token = 1;
  for (size_t step = 0; step < expected.size(); ++step) {
    auto out = (*runner)->decode(token);
    ASSERT_TRUE(out.ok()) << out.error().message();
    ASSERT_EQ(out->next_token, expected[step]) << "step " << step;
    token = out->next_token;
  }
}

}  // namespace
}  // namespace mlxla::runtime
