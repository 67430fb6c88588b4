// The translation unit that builds the tests' shared precompiled header (tests/CMakeLists.txt,
// MLXLA_TEST_PCH); it defines nothing.
