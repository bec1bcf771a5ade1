// Polity Explorer widget — Dear ImGui's string formatting and scanning, and the few messages
// for the console, done by the model's own number code (polity/numbers.hpp) instead of the C
// library's printf and sscanf, which the widget then does not link (nor strtod, nor the long
// double arithmetic they bring along: 13 KiB of brotli).
#include "polity/numbers.hpp"

#include <emscripten/console.h>

#include <cstdarg>
#include <cstddef>
#include <cstdio>

// ImGui is built with IMGUI_DISABLE_DEFAULT_FORMAT_FUNCTIONS (wasm/CMakeLists.txt), which asks
// the application for these two (declared in imgui_internal.h). Their contract is ImGui's: at
// most buf_size - 1 bytes and a NUL, and the length written; with no buffer, the length needed.
int ImFormatStringV(char* buf, std::size_t buf_size, const char* fmt, va_list args) {
    const int w = polity::FormatStringV(buf, buf_size, fmt, args);
    if (buf == nullptr) return w;
    return w >= static_cast<int>(buf_size) ? static_cast<int>(buf_size) - 1 : w;
}

int ImFormatString(char* buf, std::size_t buf_size, const char* fmt, ...) {
    va_list args;
    va_start(args, fmt);
    const int w = ImFormatStringV(buf, buf_size, fmt, args);
    va_end(args);
    return w;
}

// ImGui reads numbers with sscanf in code the widget links but does not run for its text (the
// .ini settings handlers, which it registers though the widget has no .ini file; the OpenGL
// backend's version strings). Every sscanf call is sent here at link time (--wrap), so the
// C library's scanf and strtod stay out of the module.
extern "C" int __wrap_sscanf(const char* text, const char* format, ...) {
    va_list args;
    va_start(args, format);
    const int stored = polity::ScanStringV(text, format, args);
    va_end(args);
    return stored;
}

// What is written to stderr — the OpenGL backend's shader compile errors, libc++'s message before
// an abort — goes to the browser console as a warning, a line at a time, as the C library's
// stderr did; fprintf is sent here at link time (--wrap; fiprintf is fprintf without floats).
// Nothing in the widget writes to any other stream.
extern "C" int __wrap_fiprintf(FILE*, const char* format, ...) {
    char line[1024];
    va_list args;
    va_start(args, format);
    const int length = polity::FormatStringV(line, sizeof line, format, args);
    va_end(args);
    const std::size_t end = length < static_cast<int>(sizeof line) ? static_cast<std::size_t>(length) : sizeof line - 1;
    if (end > 0 && line[end - 1] == '\n') line[end - 1] = '\0';
    emscripten_console_warn(line);
    return length;
}
