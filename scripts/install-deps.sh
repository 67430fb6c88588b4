#!/usr/bin/env bash
# Installs mlxla's build and test dependencies from Debian 12 packages (see docs/DEPENDENCIES.md).
# Idempotent: skips apt entirely when everything is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  clang libclang-rt-14-dev            # clang build, libFuzzer and sanitizer runtimes
  clang-format                         # scripts/check-format.sh (clang-format 14 on Debian 12)
  nlohmann-json3-dev libcli11-dev libpcre2-dev libcpp-httplib-dev libicu-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  mlir-16-tools                        # mlir-opt-16 checks the exported generic StableHLO
  python3-numpy                        # tests/reference: the independent numpy model families
  libvulkan-dev glslc                  # the Vulkan backend (MLXLA_VULKAN): loader/headers, GLSL compiler
  mesa-vulkan-drivers                  # lavapipe: the CPU Vulkan device the Vulkan tests run on
  vulkan-validationlayers              # VK_LAYER_KHRONOS_validation, enabled by the Vulkan tests
)

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
