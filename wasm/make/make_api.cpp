// Polity Explorer make core — the whole JS -> WASM boundary of polity-make-core.wasm. Every
// function here is called from make_module.js, checks what it is given (the session pointer,
// sizes, the operation) and forwards to make_session.cpp. Strings cross with their lengths:
// file names and files may hold any byte, NUL included, and the C++ sees exactly those bytes.
// This is the only file of the module with EMSCRIPTEN_KEEPALIVE.
#include "make_session.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/heap.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using polity::make::Session;

constexpr std::size_t kMaxNameBytes = 4096;
constexpr std::size_t kMaxFileBytes = 64u << 20; // as the explorer's dataset limit (LoadLimits)

// The session, or nullptr when JS handed us something else or a closed one.
Session* Checked(void* s) {
    const auto at = reinterpret_cast<std::uintptr_t>(s);
    Session* session = static_cast<Session*>(s);
    const bool placed =
        s != nullptr && at % alignof(Session) == 0 && at + sizeof(Session) <= emscripten_get_heap_size();
    return placed && session->magic == polity::make::kSessionMagic ? session : nullptr;
}

// `size` bytes at `data`, or "" for a null pointer with no size.
std::string Bytes(const char* data, std::size_t size) { return data ? std::string(data, size) : std::string(); }

} // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void* polity_make_open() { return new Session; }

EMSCRIPTEN_KEEPALIVE void polity_make_close(void* s) {
    if (Session* session = Checked(s)) {
        session->magic = 0; // a stale pointer from JS now fails Checked
        delete session;
    }
}

// Adds one file; 0 when refused (no session, a name or file over its limit, or a null
// pointer with a size).
EMSCRIPTEN_KEEPALIVE int polity_make_add(
    void* s, const char* name, std::size_t name_size, const char* bytes, std::size_t size) {
    Session* session = Checked(s);
    const bool sizes = name_size <= kMaxNameBytes && size <= kMaxFileBytes;
    const bool pointers = (name || name_size == 0) && (bytes || size == 0);
    if (!session || !sizes || !pointers) return 0;
    session->inputs.push_back({Bytes(name, name_size), Bytes(bytes, size)});
    return 1;
}

// op: polity::make::Op. Returns the number of parts written, 0 when refused.
EMSCRIPTEN_KEEPALIVE int polity_make_run(void* s, int op) {
    Session* session = Checked(s);
    if (!session || op < 0 || op >= polity::make::kOpCount) return 0;
    polity::make::Run(*session, static_cast<polity::make::Op>(op));
    session->inputs.clear();
    return static_cast<int>(session->parts.size());
}

// Part `i` of the last run: its bytes (owned by the session, valid until it closes) and size.
EMSCRIPTEN_KEEPALIVE const char* polity_make_part_data(void* s, int i) {
    Session* session = Checked(s);
    if (!session || i < 0 || static_cast<std::size_t>(i) >= session->parts.size()) return nullptr;
    return session->parts[static_cast<std::size_t>(i)].data();
}

EMSCRIPTEN_KEEPALIVE std::size_t polity_make_part_size(void* s, int i) {
    Session* session = Checked(s);
    if (!session || i < 0 || static_cast<std::size_t>(i) >= session->parts.size()) return 0;
    return session->parts[static_cast<std::size_t>(i)].size();
}

} // extern "C"
