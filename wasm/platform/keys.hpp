// Polity Explorer widget — the keys the UI uses, numbered once: web_library.js sends a key as
// its index in Key (keyIndex, the same order), and io.KeyMap maps each ImGui key to that index.
// Plain ImGui, no browser: the headless tests press keys through the same map.
#pragma once

#include <imgui.h>

#include <cstddef>

namespace polity::platform {

enum class Key : int {
    Tab, Left, Right, Up, Down, PageUp, PageDown, Home, End, Insert, Delete, Backspace,
    Space, Enter, Escape, KeypadEnter, A, C, V, X, Y, Z, Count
};

// The ImGui key of each Key, in Key's order.
inline constexpr ImGuiKey_ kImGuiKeys[] = {ImGuiKey_Tab, ImGuiKey_LeftArrow, ImGuiKey_RightArrow, ImGuiKey_UpArrow,
    ImGuiKey_DownArrow, ImGuiKey_PageUp, ImGuiKey_PageDown, ImGuiKey_Home, ImGuiKey_End, ImGuiKey_Insert,
    ImGuiKey_Delete, ImGuiKey_Backspace, ImGuiKey_Space, ImGuiKey_Enter, ImGuiKey_Escape,
    ImGuiKey_KeyPadEnter, ImGuiKey_A, ImGuiKey_C, ImGuiKey_V, ImGuiKey_X, ImGuiKey_Y, ImGuiKey_Z};
static_assert(std::size(kImGuiKeys) == std::size_t(Key::Count), "one ImGui key per Key");

inline void MapKeys(ImGuiIO& io) {
    for (int i = 0; i < int(Key::Count); ++i) io.KeyMap[kImGuiKeys[i]] = i;
}

} // namespace polity::platform
