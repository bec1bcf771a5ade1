// Internal to the layout files: small helpers they share.
#pragma once

#include <cmath>

namespace polity::detail {

// Layout inputs come from the UI (sizes, zoom factors): treat NaN and infinities as bad input.
inline bool Finite(double v) { return std::isfinite(v); }

} // namespace polity::detail
