# Warnings high and clean on GCC 12 and clang.
add_compile_options(-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
                    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(MLXLA_WERROR)
  add_compile_options(-Werror)
endif()
# The bit-identity contract (ARCHITECTURE.md invariant 4) forbids contracting a*b+c into an FMA
# behind the programmer's back; kernels that want FMA use it explicitly.
add_compile_options(-ffp-contract=off)
