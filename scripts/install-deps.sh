#!/usr/bin/env bash
# Installs mlxla's build and test dependencies from Debian 12 packages (see docs/DEPENDENCIES.md).
# Idempotent: skips apt entirely when everything is already installed.
#   scripts/install-deps.sh           what main.sh and test.sh need (GCC builds, tests, CI)
#   scripts/install-deps.sh --clang   also clang 14 and its sanitizer/libFuzzer runtimes, for the
#                                     `clang` and `fuzz` presets (scripts/fuzz.sh)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang-format                         # scripts/check-format.sh (clang-format 14 on Debian 12)
  nlohmann-json3-dev libcli11-dev libpcre2-dev libcpp-httplib-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  mlir-16-tools                        # mlir-opt-16 checks the exported generic StableHLO
  python3-numpy                        # tests/reference: the independent numpy model families
  libvulkan-dev glslc                  # the Vulkan backend (MLXLA_VULKAN): loader/headers, GLSL compiler
  mesa-vulkan-drivers                  # lavapipe: the CPU Vulkan device the Vulkan tests run on
  vulkan-validationlayers              # VK_LAYER_KHRONOS_validation, enabled by the Vulkan tests
)

if [[ ${1:-} == --clang ]]; then
  packages+=(clang libclang-rt-14-dev)  # clang build, libFuzzer and sanitizer runtimes
elif [[ -n ${1:-} ]]; then
  echo "install-deps: unknown option $1 (--clang or nothing)" >&2
  exit 2
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
