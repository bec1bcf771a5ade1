# Turns a binary file into a C++ header holding its bytes, so the widget needs no extra
# download and no filesystem. Run in script mode:
#   cmake -DINPUT=<file> -DOUTPUT=<header> -DSYMBOL=<name> -P embed_file.cmake
# The header defines `inline constexpr unsigned char SYMBOL[]` and `SYMBOL_size`.
foreach(var INPUT OUTPUT SYMBOL)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "embed_file.cmake: -D${var}=... is required")
  endif()
endforeach()

file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR byte_count "${hex_length} / 2")
# Two hex digits per byte -> "0x..,"; then a line break every 16 bytes to keep lines short.
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "((0x[0-9a-f][0-9a-f],){16})" "\\1\n" bytes "${bytes}")
get_filename_component(name "${INPUT}" NAME)

file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${name} by embed_file.cmake; do not edit.\n"
  "#pragma once\n"
  "#include <cstddef>\n\n"
  "inline constexpr unsigned char ${SYMBOL}[] = {\n${bytes}\n};\n"
  "inline constexpr std::size_t ${SYMBOL}_size = ${byte_count};\n")
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
